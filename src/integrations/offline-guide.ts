/**
 * The offline guide's build step, at the end of `astro build` (after the search index, whose
 * files it lists): writes every language's guide size into its pages, the per-language
 * manifests of files with content hashes (`/offline-files/<lang>.json`), and bundles the
 * service worker to `/sw.js` at the root, where its scope covers the whole site.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import { build } from 'esbuild';
import { writeGuideManifests } from '../offline/built-files-fs.ts';
import type { GzipCopiesWritten } from '../hosting/build-output.ts';
import { formatBytes } from '../offline/format.ts';
import { serviceWorkerUrl } from '../offline/offline-paths.ts';

const serviceWorkerSource = fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url));

/**
 * `gzipCopies`: the `.gz` copies this step writes of the files it gzips to measure them, for
 * the precompression step after it (which then makes only their `.br` copies).
 */
export function offlineGuide({ gzipCopies }: { gzipCopies?: GzipCopiesWritten } = {}): AstroIntegration {
  return afterBuild('offline-guide', async (outDir, logger) => {
    gzipCopies?.clear();
    const { manifests } = writeGuideManifests(outDir, undefined, gzipCopies);
    await build({
      entryPoints: [serviceWorkerSource],
      outfile: path.join(outDir, serviceWorkerUrl),
      bundle: true,
      format: 'iife',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      logLevel: 'error',
    });
    logger.info(`offline guides: ${manifests.map((manifest) => `${manifest.lang} ${formatBytes(manifest.transferBytes, 'en')}`).join(', ')}`);
  });
}
