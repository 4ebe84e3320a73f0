/**
 * Synthetic content for the benchmark: many pages in every language, with realistic length and
 * each language's own script. Words come from the real pages of each language, so Arabic
 * pages are Arabic text, Tigrinya pages Ge'ez, and the search index sees real word shapes.
 */
import { contentFileText } from '../src/content-files/frontmatter.ts';
import { hashSource } from '../src/content-files/hash.ts';

export interface SyntheticOptions {
  pagesPerLanguage: number;
  pagesPerSection: number;
  /** Share of pages left untranslated in each translation language (fallback pages). */
  missingShare: number;
  wordsPerPage: number;
}

export interface SyntheticFile {
  path: string;
  text: string;
}

/** A small deterministic random generator, so every run builds the same site. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function vocabularyOf(text: string): string[] {
  const body = text.replace(/^---[^]*?---/m, '').replace(/<[^>]+>|\]\([^)]*\)|[#*[\]{}()|`>]/g, ' ');
  const words = body.split(/[\s.,:;!?«»"“”„]+/u).filter((word) => word.length > 1 && /\p{L}/u.test(word) && !/[/#]/.test(word));
  return [...new Set(words)].filter(withoutDigits);
}

/**
 * The content check holds a translation to its source's numbers (src/checks/numbers.ts): random
 * text with numbers would give translations numbers of their own, so synthetic text has none
 * besides the page number in titles, which source and translation share.
 */
function withoutDigits(word: string): boolean {
  return !/\p{Nd}/u.test(word);
}

function sentence(words: readonly string[], random: () => number, length: number): string {
  const chosen = Array.from({ length }, () => words[Math.floor(random() * words.length)]!);
  return `${chosen.join(' ')}.`;
}

function body(words: readonly string[], random: () => number, wordCount: number, linkTarget: string): string {
  const parts: string[] = [];
  let written = 0;
  while (written < wordCount) {
    if (written > 0 && written % 120 < 12) parts.push(`## ${sentence(words, random, 3).slice(0, -1)}`);
    const length = 8 + Math.floor(random() * 10);
    parts.push(sentence(words, random, length) + (random() < 0.1 ? ` [${words[0]}](${linkTarget})` : ''));
    written += length;
  }
  return parts.join('\n\n');
}

export function syntheticSite(vocabularies: Record<string, string[]>, sourceLanguage: string, options: SyntheticOptions): SyntheticFile[] {
  const files: SyntheticFile[] = [];
  const random = seededRandom(42);
  const ids: string[] = [];
  for (let index = 0; index < options.pagesPerLanguage; index += 1) {
    const section = `avsnitt-${String(Math.floor(index / options.pagesPerSection) + 1).padStart(3, '0')}`;
    ids.push(index % options.pagesPerSection === 0 ? `${section}/index` : `${section}/sida-${String(index).padStart(5, '0')}`);
  }
  const sourceWords = vocabularies[sourceLanguage]!.filter(withoutDigits);
  const sources = new Map<string, { title: string; description: string; body: string }>();
  ids.forEach((id, index) => {
    const linkTarget = `/${ids[(index + 7) % ids.length]!.replace(/\/index$/, '')}/`;
    const page = {
      title: `${sentence(sourceWords, random, 3).slice(0, -1)} ${index}`,
      description: sentence(sourceWords, random, 12),
      body: body(sourceWords, random, options.wordsPerPage, linkTarget),
    };
    sources.set(id, page);
    files.push({
      path: `${sourceLanguage}/${id}.md`,
      text: contentFileText(
        { title: page.title, description: page.description, updated: '2026-11-21', order: index * 10, keywords: [sourceWords[index % sourceWords.length]], sources: [{ title: 'Migrationsverket', url: 'https://www.migrationsverket.se/' }] },
        `${page.body}\n`,
      ),
    });
  });
  for (const [lang, vocabulary] of Object.entries(vocabularies)) {
    if (lang === sourceLanguage) continue;
    const words = vocabulary.filter(withoutDigits);
    ids.forEach((id, index) => {
      if (!id.endsWith('/index') && random() < options.missingShare) return;
      const linkTarget = `/${ids[(index + 7) % ids.length]!.replace(/\/index$/, '')}/`;
      files.push({
        path: `${lang}/${id}.md`,
        text: contentFileText(
          {
            title: `${sentence(words, random, 3).slice(0, -1)} ${index}`,
            description: sentence(words, random, 12),
            updated: '2026-11-21',
            keywords: [words[index % words.length]],
            translation: { source: hashSource(sources.get(id)!), method: 'machine' },
          },
          `${body(words, random, options.wordsPerPage, linkTarget)}\n`,
        ),
      });
    });
  }
  return files;
}
