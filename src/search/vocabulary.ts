/**
 * The search vocabulary of a language (src/search/vocabulary/<lang>.yml): the everyday words,
 * spelling variants, transliterated Swedish terms and agency names readers type, each pointing
 * to a glossary term (an anchor id in mer-om-sverige/viktiga-ord) or to page ids. The index
 * builder adds an entry's words to the pages it points to as hidden search terms (a Pagefind
 * meta field, never page text or excerpt). The translation check validates the files here.
 * Pure: the caller reads the files and says which pages and terms exist.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

export interface VocabularyEntry {
  words: string[];
  pages: string[];
  term: string | undefined;
  line: number;
}

export interface Vocabulary {
  /** Words too common to search on their own ("how", "my"): the relaxed search skips them. */
  ignore: string[];
  entries: VocabularyEntry[];
}

export interface VocabularyProblem {
  line: number | undefined;
  problem: string;
  hint: string;
}

export interface VocabularyWorld {
  /** Whether the page id has its own text in the vocabulary's language (and so is in its index). */
  pageExists(id: string): boolean;
  /** Whether the glossary has a term with this anchor id. */
  termExists(id: string): boolean;
}

const entryKeys = new Set(['words', 'pages', 'term']);

function lineOf(node: Node | null | undefined, counter: LineCounter): number | undefined {
  return node?.range ? counter.linePos(node.range[0]).line : undefined;
}

function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.every((item) => typeof item === 'string' || typeof item === 'number') ? value.map((item) => String(item).trim()) : undefined;
}

/** Reads a vocabulary file and lists what is wrong with it, with line numbers. */
export function parseVocabulary(text: string, world: VocabularyWorld): { vocabulary: Vocabulary; problems: VocabularyProblem[] } {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter });
  const problems: VocabularyProblem[] = [];
  const vocabulary: Vocabulary = { ignore: [], entries: [] };
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      problems.push({ line: error.linePos?.[0]?.line, problem: `the file is not valid YAML (${error.message.split('\n')[0]})`, hint: 'Check the indentation and quotes on that line.' });
    }
    return { vocabulary, problems };
  }
  const root = document.contents;
  if (!isMap(root)) {
    problems.push({ line: 1, problem: 'the file must hold `ignore:` and `entries:`', hint: 'Start from another language’s vocabulary file.' });
    return { vocabulary, problems };
  }
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    if (key !== 'ignore' && key !== 'entries') {
      problems.push({ line: lineOf(pair.key as Node, counter), problem: `unknown field \`${key}\``, hint: 'Only `ignore` and `entries` are allowed at the top.' });
    }
  }
  const ignore = stringList(root.toJSON().ignore ?? []);
  if (!ignore) problems.push({ line: lineOf(root.get('ignore', true) as Node, counter), problem: '`ignore` must be a list of words', hint: 'Write it as [word, word, …].' });
  else vocabulary.ignore = ignore;

  const entries = root.get('entries', true) as Node | undefined;
  if (!isSeq(entries)) {
    problems.push({ line: lineOf(entries, counter) ?? 1, problem: '`entries` must be a list', hint: 'Write each entry as “- words: […]” with `pages:` or `term:`.' });
    return { vocabulary, problems };
  }
  for (const item of entries.items) {
    const line = lineOf(item as Node, counter);
    if (!isMap(item)) {
      problems.push({ line, problem: 'an entry must have `words:` and `pages:` or `term:`', hint: 'See the comment at the top of the file.' });
      continue;
    }
    const data = item.toJSON() as Record<string, unknown>;
    for (const key of Object.keys(data)) {
      if (!entryKeys.has(key)) problems.push({ line, problem: `unknown field \`${key}\` in an entry`, hint: 'An entry has `words`, and `pages` or `term`.' });
    }
    const words = stringList(data.words);
    if (!words || words.length === 0 || words.some((word) => word === '')) {
      problems.push({ line, problem: '`words` must be a list of words or phrases, none empty', hint: 'Write it as words: [word, another word].' });
      continue;
    }
    const pages = data.pages === undefined ? [] : stringList(data.pages);
    const term = data.term === undefined ? undefined : String(data.term);
    if (!pages) {
      problems.push({ line, problem: '`pages` must be a list of page ids', hint: 'Write it as pages: [jag-ar-asylsokande/vard].' });
      continue;
    }
    if (pages.length === 0 && term === undefined) {
      problems.push({ line, problem: `“${words[0]}” points nowhere`, hint: 'Add `pages: [page-id]` or `term: glossary-id`.' });
      continue;
    }
    for (const page of pages) {
      if (!world.pageExists(page)) {
        problems.push({ line, problem: `page \`${page}\` does not exist in this language`, hint: 'Use the path under content/<lang>/ without .md (e.g. jag-ar-asylsokande/vard), of a page translated into this language.' });
      }
    }
    if (term !== undefined && !world.termExists(term)) {
      problems.push({ line, problem: `glossary term \`${term}\` does not exist`, hint: 'Use an anchor id from content/sv/mer-om-sverige/viktiga-ord.md, e.g. {#lma-kort} → term: lma-kort.' });
    }
    vocabulary.entries.push({ words, pages, term, line: line ?? 0 });
  }
  return { vocabulary, problems };
}

/** The glossary's term ids: the `{#id}` anchors on its headings. */
export function glossaryTermIds(glossaryMarkdown: string): string[] {
  return [...glossaryMarkdown.matchAll(/^#{2,4} .*\{#([a-z0-9-]+)\}\s*$/gmu)].map((match) => match[1]!);
}

/**
 * The pages a glossary term leads to: the glossary itself and the pages its explanation links
 * to ("Läs mer på [LMA-kortet](/jag-ar-asylsokande/lma-kortet/)").
 */
export function pagesOfTerm(glossaryMarkdown: string, termId: string, glossaryPageId: string): string[] {
  const lines = glossaryMarkdown.split('\n');
  const start = lines.findIndex((line) => new RegExp(`\\{#${termId}\\}\\s*$`).test(line));
  if (start === -1) return [];
  const section: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{2,4} /.test(line)) break;
    section.push(line);
  }
  const linked = [...section.join('\n').matchAll(/\]\(\/([^)#?\s]+?)\/?(?:#[^)]*)?\)/gu)].map((match) => match[1]!);
  return [glossaryPageId, ...linked];
}

/** Page id → the vocabulary words that lead to it. */
export function wordsByPage(vocabulary: Vocabulary, pagesOfTermId: (termId: string) => string[]): Map<string, string[]> {
  const byPage = new Map<string, string[]>();
  for (const entry of vocabulary.entries) {
    const pages = new Set([...entry.pages, ...(entry.term ? pagesOfTermId(entry.term) : [])]);
    for (const page of pages) byPage.set(page, [...(byPage.get(page) ?? []), ...entry.words]);
  }
  return byPage;
}
