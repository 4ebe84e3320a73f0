/**
 * Builds the search index at the end of `astro build`, with Pagefind's Node API: one index per
 * `<html lang>`. Only pages that mark their `<main>` with `data-pagefind-body` are indexed —
 * real texts in their own language, never fallback pages, so Swedish text cannot leak into
 * another language's results.
 *
 * Each page is handed to Pagefind with hidden search terms added (src/search/index-terms.ts):
 * its frontmatter keywords, the search-vocabulary words that lead to it, and folded spellings.
 * The files on disk stay as they are, so readers download none of it. Afterwards it writes each
 * language's "Did you mean" word list (src/search/suggest.ts) and adds to each search page the
 * hints that fetch Pagefind's files while the page loads (src/search/search-preloads.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import * as pagefind from 'pagefind';
import { getLanguage, isLanguageCode, languageCodes, type LanguageCode } from '../i18n/languages.ts';
import { generatedPageUrl } from '../site/routes.ts';
import { resolveContentRoot } from '../content-files/read-fs.ts';
import { loadVocabularies, vocabularyFolder } from '../search/vocabulary-fs.ts';
import { foldedWords, indexedPage, indexedText, keywordsOfBuiltPage, pageTermsOfText, withTerms } from '../search/index-terms.ts';
import type { FoldedVariantMemo } from '../search/normalise.ts';
import { SpellingCounter, spellingWordsUrl } from '../search/suggest.ts';
import { mergedEntry } from '../search/pagefind-entry.ts';
import { searchPreloadLinks, withSearchPreloads, type PagefindEntryFiles } from '../search/search-preloads.ts';

function htmlFiles(folder: string, root = folder): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full, root);
    return entry.name.endsWith('.html') ? [path.relative(root, full)] : [];
  });
}

/** Built files by their first folder (the language), in order. */
function byFolder(sourcePaths: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const sourcePath of sourcePaths) {
    const folder = sourcePath.includes(path.sep) ? sourcePath.split(path.sep)[0]! : '';
    const group = groups.get(folder);
    if (group) group.push(sourcePath);
    else groups.set(folder, [sourcePath]);
  }
  return groups;
}

/**
 * `keywords`: every content file's frontmatter keywords (`keywordsByFile`), asked for when the
 * index is built; the content check has parsed the files by then.
 */
export function pagefindIndex({ keywords }: { keywords: () => ReadonlyMap<string, readonly string[]> }): AstroIntegration {
  return afterBuild('pagefind-index', async (outDir, logger) => {
    const contentRoot = resolveContentRoot();
    const keywordsOfFile = keywords();
    const vocabularies = new Map(loadVocabularies(path.resolve(vocabularyFolder), contentRoot).map((loaded) => [loaded.lang, loaded.byPage]));
    let pageCount = 0;
    // Per language, the words its "Did you mean …?" list is made of, counted page by page.
    const spelling = new Map<LanguageCode, SpellingCounter>();
    // Pagefind's entry file of each language's index, merged into one below.
    const entries: Record<string, unknown>[] = [];
    // One language folder at a time, each in a Pagefind process of its own that ends when
    // its files are written: Pagefind holds a whole index in memory, and all eleven at once
    // were the largest part of the build's peak memory. Pagefind keeps one index per
    // `<html lang>` anyway, so the files it writes are the same.
    for (const [folder, sourcePaths] of byFolder(htmlFiles(outDir))) {
      try {
        let index: pagefind.PagefindIndex | undefined;
        // This folder's language folds its words once for all its pages.
        const variantMemo: FoldedVariantMemo = new Map();
        for (const sourcePath of sourcePaths) {
          const html = readFileSync(path.join(outDir, sourcePath), 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          if (!index) {
            const created = await pagefind.createIndex({});
            if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
            index = created.index;
          }
          const lang = folder;
          const id = sourcePath.split(path.sep).slice(1).join('/').replace(/\/?index\.html$/, '') || 'index';
          const vocabularyWords = isLanguageCode(lang) ? (vocabularies.get(lang)?.get(id) ?? []) : [];
          const words = isLanguageCode(lang) ? [...keywordsOfBuiltPage(keywordsOfFile, lang, id), ...vocabularyWords] : [];
          let terms: string[] = [];
          if (isLanguageCode(lang)) {
            const counter = spelling.get(lang) ?? new SpellingCounter(lang);
            spelling.set(lang, counter);
            const text = indexedText(html);
            for (const phrase of [text, ...words]) counter.add(phrase);
            terms = pageTermsOfText(text, lang, words, variantMemo);
          }
          const added = await index.addHTMLFile({ sourcePath, content: withTerms(indexedPage(html), terms, isLanguageCode(lang) ? foldedWords(vocabularyWords, lang) : []) });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
          pageCount += 1;
        }
        if (!index) continue;
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        entries.push(JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as Record<string, unknown>);
      } finally {
        await pagefind.close();
      }
    }
    writeFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), JSON.stringify(mergedEntry(entries)));
    for (const [lang, counter] of spelling) {
      writeFileSync(path.join(outDir, spellingWordsUrl(getLanguage(lang).htmlLang)), JSON.stringify(counter.wordList()));
    }
    // Pagefind gets only pages marked for it (no fallbacks): report what each index holds.
    const entryText = readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8');
    const entry = JSON.parse(entryText) as PagefindEntryFiles & { languages: Record<string, { page_count: number }> };
    // Each search page starts fetching what its first search needs while it loads.
    for (const lang of languageCodes) {
      const searchPage = path.join(outDir, generatedPageUrl(lang, 'search'), 'index.html');
      const html = readFileSync(searchPage, 'utf8');
      writeFileSync(searchPage, withSearchPreloads(html, searchPreloadLinks(entry, entryText, getLanguage(lang).htmlLang)));
    }
    const perLanguage = Object.entries(entry.languages).map(([lang, languageIndex]) => `${lang} ${languageIndex.page_count}`);
    logger.info(`indexed ${pageCount} pages for search (${perLanguage.join(', ')})`);
  });
}
