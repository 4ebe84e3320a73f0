/**
 * How the test and benchmark server (scripts/serve.ts) maps a URL to a file of the built site, the way static
 * hosts do: `/x/` → `x/index.html`, nothing outside the folder, 404.html for what is missing.
 */
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export function contentTypeOf(file: string): string {
  return contentTypes[path.extname(file)] ?? 'application/octet-stream';
}

/**
 * The file for a URL path inside `root`, or null when the path tries to leave it. `..` between
 * slashes is normalised away; the final check catches what normalising cannot see, such as an
 * encoded backslash (`..%5C..`), which Windows reads as a separator. `paths` is `path.win32` in
 * the test that proves it.
 */
export function fileForUrlPath(root: string, urlPath: string, paths: path.PlatformPath = path): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const file = paths.resolve(root, `.${paths.posix.normalize(`/${relative}`)}`);
  return file === root || file.startsWith(`${root}${paths.sep}`) ? file : null;
}
