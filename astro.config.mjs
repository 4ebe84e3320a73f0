// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { languages, sourceLanguage } from './src/i18n/languages.ts';
import { resolveContentRoot } from './src/content-files/read-fs.ts';
import { contentLinksPlugin, fixedHeadingIdsPlugin, numberGroupsPlugin, officialTermsPlugin } from './src/markdown/plugins.ts';
import { sitemapPaths } from './src/site/sitemap.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { keywordsByFile } from './src/search/index-terms.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { hostingLayout, hostingPrecompression } from './src/integrations/hosting.ts';
import { offlineGuide } from './src/integrations/offline-guide.ts';

const contentRoot = resolveContentRoot();

// The sitemap lists what the site model calls real pages; the content check builds that model first.
/** @type {Set<string>} */
let listedInSitemap = new Set();
// The search index adds each page's frontmatter keywords, taken from the same checked files.
/** @type {Map<string, readonly string[]>} */
let keywordsOfFile = new Map();

// The public address of the site, for canonical links and the sitemap. Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'https://nyisverige.example';

// The offline step gzips its files to measure them and keeps those as the files' .gz copies;
// precompression, after it, then makes only their .br copies.
/** @type {Map<string, number>} */
const gzipCopies = new Map();

// Tests and the benchmark build other content into other folders, each with its own cache so
// their content stores never mix with the real site's.
const outDir = process.env.OUT_DIR;

export default defineConfig({
  site,
  ...(outDir ? { outDir, cacheDir: `${outDir}-cache` } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Nothing to prefetch or hydrate: pages are plain HTML and CSS.
  prefetch: false,
  devToolbar: { enabled: false },
  // Scripts stay in files: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    processor: satteri({
      hastPlugins: [contentLinksPlugin(contentRoot), fixedHeadingIdsPlugin, numberGroupsPlugin, officialTermsPlugin],
    }),
  },
  integrations: [
    contentCheck({
      onModel: (model) => {
        listedInSitemap = sitemapPaths(model.pages);
        keywordsOfFile = keywordsByFile(model.pages.flatMap((page) => (page.translation ? [page.source, page.translation] : [page.source])));
      },
    }),
    mdx(),
    sitemap({
      filter: (page) => listedInSitemap.has(new URL(page).pathname),
      i18n: {
        defaultLocale: sourceLanguage,
        locales: Object.fromEntries(languages.map((language) => [language.code, language.hreflang])),
      },
    }),
    pagefindIndex({ keywords: () => keywordsOfFile }),
    // Moves each language's 404 page to /<lang>/404.html before the offline step lists the files.
    hostingLayout(),
    // After the search index and the 404 move: the offline guides list the files as served.
    offlineGuide({ gzipCopies }),
    // Last: precompresses what the steps before wrote (HTML the offline step rewrote, /sw.js).
    hostingPrecompression({ gzipCopies }),
  ],
});
