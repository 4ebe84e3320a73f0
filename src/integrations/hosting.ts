/**
 * At the end of `astro build`, after the search index: puts each language's 404 page where hosts
 * look for it, writes `_headers` / `_redirects`, and precompresses text files (.br, .gz).
 * Runs last, so the search index is compressed too.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { moveLanguageNotFoundPages, precompress, writeHostFiles } from '../hosting/build-output.ts';

export function hostingOutput(): AstroIntegration {
  return {
    name: 'hosting-output',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const moved = moveLanguageNotFoundPages(outDir);
        writeHostFiles(outDir);
        const started = performance.now();
        const totals = await precompress(outDir);
        const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
        logger.info(
          `${moved} language 404 pages, _headers, _redirects; precompressed ${totals.files} files ` +
            `(${kib(totals.bytes)} → br ${kib(totals.brotliBytes)}, gzip ${kib(totals.gzipBytes)}) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
