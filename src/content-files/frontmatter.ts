/**
 * Reading and editing the YAML frontmatter of content files outside Astro (the editors'
 * commands). Errors carry the file and the line, so an editor can go straight to the mistake.
 */
import { isMap, parseDocument, type Document } from 'yaml';
import { ContentError } from './errors.ts';

export interface SplitFile {
  /** YAML text between the `---` fences. */
  yaml: string;
  body: string;
  /** 1-based line number of the first YAML line in the file. */
  yamlStartLine: number;
  /** 1-based line number of the first body line. */
  bodyStartLine: number;
}

const fence = /^---[ \t]*$/;

export function splitFrontmatter(text: string, file: string): SplitFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!fence.test(lines[0] ?? '')) {
    throw new ContentError(file, 'the file does not start with frontmatter', 'Start the file with a line `---`, the frontmatter (title, description, updated …), and another `---`.', 1);
  }
  const end = lines.findIndex((line, index) => index > 0 && fence.test(line));
  if (end === -1) {
    throw new ContentError(file, 'the frontmatter is never closed', 'Add a line `---` after the last frontmatter field.', 1);
  }
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), yamlStartLine: 2, bodyStartLine: end + 2 };
}

export function parseFrontmatterDocument(split: SplitFile, file: string): Document.Parsed {
  const document = parseDocument(split.yaml, { prettyErrors: true });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos ? error.linePos[0].line + split.yamlStartLine - 1 : undefined;
    const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new ContentError(file, `the frontmatter is not valid YAML (${reason})`, 'Check indentation and quotes on that line; put text containing ": " in quotes.', line);
  }
  if (!isMap(document.contents)) {
    throw new ContentError(file, 'the frontmatter is not a list of `key: value` fields', 'Write one field per line, e.g. `title: Ansöka om asyl`.', split.yamlStartLine);
  }
  return document;
}

/** Line in the file where a top-level (or nested) frontmatter key stands, if it does. */
export function lineOfKey(split: SplitFile, pathKeys: readonly (string | number)[]): number | undefined {
  const lines = split.yaml.split('\n');
  let searchFrom = 0;
  let found: number | undefined;
  for (const key of pathKeys) {
    if (typeof key === 'number') {
      // The key-th item of a list: the key-th `- ` line at the indentation of the first item.
      const first = lines.findIndex((line, lineIndex) => lineIndex >= searchFrom && /^\s*-\s/.test(line));
      if (first === -1) return found;
      const indent = lines[first]!.indexOf('-');
      const items = lines.map((line, lineIndex) => ({ line, lineIndex })).filter(({ line, lineIndex }) => lineIndex >= first && line.indexOf('-') === indent && /^\s*-\s/.test(line));
      const item = items[key];
      if (!item) return found;
      found = item.lineIndex + split.yamlStartLine;
      // The item's first key stands on the `- ` line itself.
      searchFrom = item.lineIndex;
      lines[item.lineIndex] = lines[item.lineIndex]!.replace('-', ' ');
      continue;
    }
    const pattern = new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
    const index = lines.findIndex((line, lineIndex) => lineIndex >= searchFrom && pattern.test(line));
    if (index === -1) return found;
    found = index + split.yamlStartLine;
    searchFrom = index + 1;
  }
  return found;
}

export function joinFrontmatter(yaml: string, body: string): string {
  return `---\n${yaml.replace(/\n+$/, '')}\n---\n${body}`;
}

/**
 * Records in a translation which version of the Swedish source it matches, after an editor has
 * brought it up to date: returns the translation's new text with `translation.source` set to
 * `sourceHash`, today's hash of the source text.
 */
export function stampTranslation(translationText: string, sourceHash: string, file: string): string {
  const split = splitFrontmatter(translationText, file);
  const document = parseFrontmatterDocument(split, file);
  const translation = document.get('translation');
  if (!isMap(translation)) {
    throw new ContentError(file, 'the file has no `translation:` block', 'Add `translation:` with `method: machine`, `human` or `machine-reviewed` first.', split.yamlStartLine);
  }
  // Keep `source` first in the block, where editors look for it.
  translation.delete('source');
  translation.items.unshift(document.createPair('source', sourceHash) as (typeof translation.items)[number]);
  return joinFrontmatter(document.toString({ lineWidth: 0 }), split.body);
}
