/**
 * The hosting steps at the end of `astro build`, in two parts because the offline guide's step
 * sits between them (see astro.config.mjs):
 * - `hostingLayout` puts each language's 404 page where hosts look for it and writes `_headers`
 *   / `_redirects`. It runs before the offline step, so the guides list the files as they are
 *   served (`/<lang>/404.html`), not as Astro first wrote them.
 * - `hostingPrecompression` runs last and precompresses every text file (.br, .gz), so the
 *   search index, the pages the offline step wrote its sizes into and `/sw.js` are compressed
 *   as they are finally served.
 */
import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import { moveLanguageNotFoundPages, precompress, writeHostFiles, type GzipCopiesWritten } from '../hosting/build-output.ts';

export function hostingLayout(): AstroIntegration {
  return afterBuild('hosting-layout', (outDir, logger) => {
    const moved = moveLanguageNotFoundPages(outDir);
    writeHostFiles(outDir);
    logger.info(`${moved} language 404 pages, _headers, _redirects`);
  });
}

/** `gzipCopies`: `.gz` copies an earlier step wrote (the offline guide's), not made again. */
export function hostingPrecompression({ gzipCopies }: { gzipCopies?: GzipCopiesWritten } = {}): AstroIntegration {
  return afterBuild('hosting-precompression', async (outDir, logger) => {
    const started = performance.now();
    const totals = await precompress(outDir, undefined, gzipCopies);
    const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
    logger.info(
      `precompressed ${totals.files} files (${kib(totals.bytes)} → br ${kib(totals.brotliBytes)}, ` +
        `gzip ${kib(totals.gzipBytes)}) in ${Math.round(performance.now() - started)} ms`,
    );
  });
}
