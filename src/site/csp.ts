/**
 * The Content-Security-Policy every page declares: everything from this site only, no inline
 * script. Pages that may run search also allow WebAssembly compilation, which Pagefind needs.
 */
export function contentSecurityPolicy({ webAssembly }: { webAssembly: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self'${webAssembly ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The offline guide's service worker (and Pagefind's search worker) and the web app manifests.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
