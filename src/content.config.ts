import path from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentFilesLoader } from './integrations/content-loader.ts';
import { resolveContentRoot } from './content-files/read-fs.ts';
import type { PageData } from './content-files/schema.ts';
import { stringsFolder } from './i18n/translator.ts';

/**
 * Every page under the content root, in all language folders, read and validated by our own
 * loader with the code of `npm run check:i18n` (see src/integrations/content-loader.ts). The entry id
 * is the file path without extension (`ar/jag-ar-asylsokande/lma-kortet`); src/site/astro-site.ts
 * splits it into language and page id.
 */
const pages = defineCollection({
  loader: contentFilesLoader({ contentRoot: resolveContentRoot(), stringsDir: path.resolve(stringsFolder) }),
  // The loader has already validated the data with src/content-files/schema.ts.
  schema: z.custom<PageData>(() => true),
});

export const collections = { pages };
