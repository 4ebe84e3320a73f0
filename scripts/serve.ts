/**
 * node scripts/serve.ts [--dir dist] [--port 4329]
 * A small static server for the browser tests and the benchmark. Unlike `astro preview` it can
 * run beside another server of the same project, and it answers missing pages with 404.html
 * and status 404, as a static host would.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import path from 'node:path';
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

createServer((request, response) => {
  const file = fileForUrlPath(root, request.url ?? '/');
  if (file && existsSync(file) && statSync(file).isFile()) {
    // Text is gzipped when the browser accepts it, as every static host does; the benchmark's
    // slow-phone figures would otherwise count the search script at three times its real size.
    const compress = /\.(html|js|css|json|svg|xml|txt)$/.test(file) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, { 'content-type': contentTypeOf(file), ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
    (compress ? createReadStream(file).pipe(createGzip()) : createReadStream(file)).pipe(response);
    return;
  }
  // A directory asked for without its trailing slash: static hosts redirect.
  if (file && existsSync(path.join(file, 'index.html'))) {
    response.writeHead(301, { location: `${request.url}/` });
    response.end();
    return;
  }
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  createReadStream(path.join(root, '404.html')).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
