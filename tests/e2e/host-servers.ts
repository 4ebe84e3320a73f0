/**
 * Starts `npm start`'s own server (scripts/serve.ts), Caddy or nginx on a loopback port with the shipped configuration over dist/, for the
 * hosting test. The shipped files are used as they are; only what a test machine must change
 * is changed: Caddy gets a global block (no admin port, no HTTPS), nginx runs in the foreground
 * with its files in a temporary folder and listens on the test port with dist/ as its root.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nginxBrotliModule, type WebServer } from '../../src/hosting/web-servers.ts';

/** What `npm start` serves with: the same policy, in Node, for a laptop. */
export const projectServer: WebServer = {
  name: 'npm start (scripts/serve.ts)',
  debianPackages: [],
  find: () => process.execPath,
  missingMessage: '',
};

export interface RunningServer {
  origin: string;
  /** Content encodings this server sends for a browser that accepts br and gzip. */
  preferredEncoding: 'br' | 'gzip';
  stop(): void;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`The shipped configuration no longer contains “${from}”: update tests/e2e/host-servers.ts.`);
  return text.replace(from, to);
}

function answers(origin: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(`${origin}/`, (response) => {
      response.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}

export async function startServer(server: WebServer, binary: string, dist: string, port: number): Promise<RunningServer> {
  const workDir = mkdtempSync(path.join(tmpdir(), `${server.name.replace(/[^a-z]+/g, '-')}-test-`));
  const origin = `http://127.0.0.1:${port}`;
  let child: ChildProcess;
  let preferredEncoding: 'br' | 'gzip' = 'br';
  if (server === projectServer) {
    child = spawn(binary, ['scripts/serve.ts', '--dir', dist, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  } else if (server.name === 'caddy') {
    const config = path.join(workDir, 'Caddyfile');
    writeFileSync(config, `{\n\tadmin off\n\tauto_https off\n}\n${readFileSync('hosting/Caddyfile', 'utf8')}`);
    child = spawn(binary, ['run', '--config', config, '--adapter', 'caddyfile'], {
      env: { ...process.env, SITE_ADDRESS: origin, SITE_ROOT: dist, XDG_DATA_HOME: workDir, XDG_CONFIG_HOME: workDir, HOME: workDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } else {
    let block = readFileSync('hosting/nginx.conf', 'utf8');
    block = replaceOnce(block, '    listen 80;\n    listen [::]:80;\n', `    listen 127.0.0.1:${port};\n`);
    block = replaceOnce(block, 'root /var/www/nyisverige;', `root ${dist};`);
    const brotli = existsSync(nginxBrotliModule);
    if (brotli) block = replaceOnce(block, '# brotli_static on;', 'brotli_static on;');
    else preferredEncoding = 'gzip';
    const temp = (name: string) => `${name}_temp_path ${path.join(workDir, name)};`;
    const config = path.join(workDir, 'nginx.conf');
    writeFileSync(
      config,
      `${brotli ? `load_module ${nginxBrotliModule};\n` : ''}daemon off;
pid ${path.join(workDir, 'nginx.pid')};
error_log stderr;
events {}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
${block}
}
`,
    );
    child = spawn(binary, ['-c', config, '-p', workDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  }
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const stop = () => {
    child.kill();
    rmSync(workDir, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) {
      stop();
      throw new Error(`${server.name} stopped at start:\n${log}`);
    }
    if (await answers(origin)) return { origin, preferredEncoding, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`${server.name} did not answer on ${origin} within 10 s:\n${log}`);
}
