/**
 * node scripts/serve.ts [--dir dist] [--port 4329]
 * A small static server for the browser tests and the benchmark. Unlike `astro preview` it can
 * run beside another server of the same project, and it answers missing pages with 404.html
 * and status 404, as a static host would.
 *
 * It must stay safe to leave running: a redirect only ever names a path on this server (never
 * `//other.host/…`), every file stream is closed when a download is aborted, and a folder
 * without 404.html still answers a plain 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { contentTypeOf, fileForUrlPath } from '../tools/static-files.ts';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1]!;
}

const root = path.resolve(option('dir', 'dist'));
const port = Number(option('port', '4329'));
if (!existsSync(root)) {
  console.error(`${root} does not exist: run npm run build first.`);
  process.exit(1);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Streams a file; pipeline closes the file when the reader goes away mid-download. */
function sendFile(response: ServerResponse, status: number, file: string): void {
  response.writeHead(status, { 'content-type': contentTypeOf(file) });
  pipeline(createReadStream(file), response, () => {
    // An aborted download is not an error of the server; pipeline has closed both ends.
  });
}

createServer((request, response) => {
  const file = fileForUrlPath(root, request.url ?? '/');
  if (file && isFile(file)) {
    sendFile(response, 200, file);
    return;
  }
  // A directory asked for without its trailing slash: static hosts redirect. The location is
  // rebuilt from the file's place in the folder, so it is always a path on this server.
  if (file && isFile(path.join(file, 'index.html'))) {
    const sitePath = `/${path.relative(root, file).split(path.sep).map(encodeURIComponent).join('/')}/`;
    response.writeHead(301, { location: sitePath.replace(/^\/+/, '/') });
    response.end();
    return;
  }
  const notFound = path.join(root, '404.html');
  if (isFile(notFound)) {
    sendFile(response, 404, notFound);
    return;
  }
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not found\n');
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
