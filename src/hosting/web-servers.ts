/**
 * The real web servers the hosting test runs the shipped configurations in, where it finds them,
 * and what it says when a machine has none. scripts/ensure-web-server.ts installs them from
 * Debian the way scripts/ensure-browser.ts installs Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface WebServer {
  name: string;
  /** Debian packages that provide it (nginx with the module that serves `.br` files). */
  debianPackages: readonly string[];
  /** The command to run, or null when this machine has none. */
  find(): string | null;
  missingMessage: string;
}

function runs(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

const skipped = (file: string) => `so the test of the shipped ${file} (tests/e2e/hosting.spec.ts) is skipped.`;

export const caddy: WebServer = {
  name: 'caddy',
  debianPackages: ['caddy'],
  find: () => {
    const candidate = process.env.CADDY_PATH ?? 'caddy';
    return runs(candidate, ['version']) ? candidate : null;
  },
  missingMessage:
    `Caddy was not found, ${skipped('hosting/Caddyfile')}\n` +
    '  → Install Caddy 2.6 or newer (Debian/Ubuntu: `apt-get install caddy`; macOS: `brew install caddy`;\n' +
    '    Windows: `winget install CaddyServer.Caddy`), or set CADDY_PATH to a caddy binary.',
};

export const nginx: WebServer = {
  name: 'nginx',
  debianPackages: ['nginx-light', 'libnginx-mod-http-brotli-static'],
  find: () => {
    const candidate = process.env.NGINX_PATH ?? ['/usr/sbin/nginx', 'nginx'].find((path) => path === 'nginx' || existsSync(path))!;
    return runs(candidate, ['-v']) ? candidate : null;
  },
  missingMessage:
    `nginx was not found, ${skipped('hosting/nginx.conf')}\n` +
    '  → Install nginx (Debian/Ubuntu: `apt-get install nginx-light libnginx-mod-http-brotli-static`;\n' +
    '    macOS: `brew install nginx`), or set NGINX_PATH to an nginx binary.',
};

export const webServers: readonly WebServer[] = [caddy, nginx];

/** Debian's module that lets nginx send the build's `.br` files, when installed. */
export const nginxBrotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
