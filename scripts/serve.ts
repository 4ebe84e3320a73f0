/**
 * node scripts/serve.ts [--dir dist] [--port 4329]
 * A small static server for `npm start`, the browser tests and the benchmark. Unlike `astro
 * preview` it can run beside another server of the same project, and it behaves as the shipped
 * host configurations do (src/hosting/policy.ts): the same headers, a redirect to the
 * trailing-slash URL, and each language's own 404 page with status 404.
 *
 * It must stay safe to leave running: a redirect only ever names a path on this server (never
 * `//other.host/…`), every file stream is closed when a download is aborted, and a folder
 * without 404.html still answers a plain 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { contentTypeOf, fileForUrlPath } from '../tools/static-files.ts';
import { acceptedPrecompressed, compressibleExtensions, headersFor, notFoundPageFor } from '../src/hosting/policy.ts';

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

/**
 * Streams a file, or its .br / .gz copy from the build when the browser accepts it; pipeline
 * closes the file when the reader goes away mid-download.
 */
function sendFile(request: IncomingMessage, response: ServerResponse, status: number, file: string): void {
  response.setHeader('content-type', contentTypeOf(file));
  if (compressibleExtensions.includes(path.extname(file))) {
    response.setHeader('vary', 'Accept-Encoding');
    const copy = acceptedPrecompressed(request.headers['accept-encoding']).find(({ suffix }) => isFile(`${file}${suffix}`));
    if (copy) {
      response.setHeader('content-encoding', copy.encoding);
      file = `${file}${copy.suffix}`;
    }
  }
  response.writeHead(status);
  pipeline(createReadStream(file), response, () => {
    // An aborted download is not an error of the server; pipeline has closed both ends.
  });
}

createServer((request, response) => {
  const urlPath = (request.url ?? '/').split('?')[0]!;
  for (const [name, value] of Object.entries(headersFor(urlPath))) response.setHeader(name, value);
  const file = fileForUrlPath(root, request.url ?? '/');
  if (file && isFile(file)) {
    sendFile(request, response, 200, file);
    return;
  }
  // A directory asked for without its trailing slash: static hosts redirect. The location is
  // rebuilt from the file's place in the folder, so it is always a path on this server.
  if (file && isFile(path.join(file, 'index.html'))) {
    const sitePath = `/${path.relative(root, file).split(path.sep).map(encodeURIComponent).join('/')}/`;
    const query = (request.url ?? '').slice(urlPath.length);
    response.writeHead(301, { location: `${sitePath.replace(/^\/+/, '/')}${query}` });
    response.end();
    return;
  }
  const languageNotFound = path.join(root, notFoundPageFor(urlPath));
  const notFound = isFile(languageNotFound) ? languageNotFound : path.join(root, '404.html');
  if (isFile(notFound)) {
    sendFile(request, response, 404, notFound);
    return;
  }
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not found\n');
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
