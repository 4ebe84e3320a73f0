/**
 * node scripts/serve.ts [--dir dist] [--port 4329]
 * A small static server for `npm start`, the browser tests and the benchmark. Unlike `astro
 * preview` it can run beside another server of the same project, and it behaves as the shipped
 * host configurations do (src/hosting/policy.ts): the same headers, a redirect to the
 * trailing-slash URL, and each language's own 404 page with status 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
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

/** Sends a file, or its .br / .gz copy from the build when the browser accepts it. */
function sendFile(request: IncomingMessage, response: ServerResponse, file: string, status: number): void {
  response.setHeader('content-type', contentTypeOf(file));
  if (compressibleExtensions.includes(path.extname(file))) {
    response.setHeader('vary', 'Accept-Encoding');
    const copy = acceptedPrecompressed(request.headers['accept-encoding']).find(({ suffix }) => existsSync(`${file}${suffix}`));
    if (copy) {
      response.setHeader('content-encoding', copy.encoding);
      file = `${file}${copy.suffix}`;
    }
  }
  response.writeHead(status);
  createReadStream(file).pipe(response);
}

createServer((request, response) => {
  const urlPath = (request.url ?? '/').split('?')[0]!;
  for (const [name, value] of Object.entries(headersFor(urlPath))) response.setHeader(name, value);
  const file = fileForUrlPath(root, request.url ?? '/');
  if (file && existsSync(file) && statSync(file).isFile()) {
    sendFile(request, response, file, 200);
    return;
  }
  // A directory asked for without its trailing slash: static hosts redirect.
  if (file && existsSync(path.join(file, 'index.html'))) {
    const query = (request.url ?? '').slice(urlPath.length);
    response.writeHead(301, { location: `${urlPath}/${query}` });
    response.end();
    return;
  }
  const notFoundPage = path.join(root, notFoundPageFor(urlPath));
  sendFile(request, response, existsSync(notFoundPage) ? notFoundPage : path.join(root, '404.html'), 404);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
