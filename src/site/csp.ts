/**
 * The Content-Security-Policy of every page, the one source for both the `<meta>` tag in each
 * page and the header the host configurations send (src/hosting/policy.ts): everything from this
 * site only, no inline script. Pages that may run search also allow WebAssembly compilation,
 * which Pagefind needs. Workers and the web app manifest come from the site itself (offline use).
 * `frame-ancestors` only works as a header (browsers ignore it, with a console error, in a meta
 * tag), so only the header carries it.
 */
export function contentSecurityPolicy({ webAssembly, delivery = 'meta' }: { webAssembly: boolean; delivery?: 'meta' | 'header' }): string {
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
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}
