import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolveContentRoot } from './content-files/read-fs.ts';
import { pageSchema } from './content-files/schema.ts';

/**
 * Every Markdown/MDX file under the content root, in all language folders. The entry id is the
 * file path without extension (`ar/jag-ar-asylsokande/lma-kortet`); src/site/astro-site.ts splits it
 * into language and page id and checks that the folder is a known language.
 */
const pages = defineCollection({
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: resolveContentRoot(),
    generateId: ({ entry }) => entry.replace(/\.(md|mdx)$/, ''),
  }),
  schema: pageSchema,
});

export const collections = { pages };
