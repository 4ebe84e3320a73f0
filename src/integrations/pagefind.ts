/**
 * Builds the search index at the end of `astro build`, with Pagefind's Node API: one index per
 * `<html lang>`. Only pages that mark their `<main>` with `data-pagefind-body` are indexed —
 * real texts in their own language, never fallback pages, so Swedish text cannot leak into
 * another language's results.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          // Pagefind reads every page but indexes only those marked for it (no fallbacks): report both.
          const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          const perLanguage = Object.entries(entry.languages).map(([lang, index]) => `${lang} ${index.page_count}`);
          const indexed = Object.values(entry.languages).reduce((sum, index) => sum + index.page_count, 0);
          logger.info(`read ${added.page_count} pages, indexed ${indexed} for search (${perLanguage.join(', ')})`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
