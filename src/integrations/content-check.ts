/**
 * Runs the content checks of `npm run check:i18n` before Astro builds, so a content mistake
 * stops the build with the same message — file, line, what to do — and no stack trace.
 * In `astro dev` the problems are printed and the server keeps running.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { resolveContentRoot } from '../content-files/read-fs.ts';
import { runContentCheck } from '../checks/run-fs.ts';
import { stringsFolder } from '../i18n/translator.ts';
import type { SiteModel } from '../site/model.ts';
import { offerCheckedContent } from './checked-content.ts';

/** `onModel` receives the checked site model, for build steps that list pages (the sitemap). */
export function contentCheck({ onModel }: { onModel?: (model: SiteModel) => void } = {}): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const options = { contentRoot: resolveContentRoot(), stringsDir: path.resolve(stringsFolder) };
        const result = runContentCheck({ ...options, strict: false, historicHashes: undefined });
        // The content loader publishes these files without reading and checking them again.
        offerCheckedContent(options, result);
        onModel?.(result.model);
        if (result.errors.length === 0) return;
        const report = `${result.errors.length} content ${result.errors.length === 1 ? 'problem' : 'problems'} (run npm run check:i18n for the full report):\n\n${result.errors.map((error) => error.message).join('\n\n')}`;
        logger.error(report);
        if (command === 'build') process.exit(1);
      },
    },
  };
}
