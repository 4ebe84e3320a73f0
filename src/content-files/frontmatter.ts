/**
 * Reading, editing and writing the YAML frontmatter of content files. The check, the build (through the
 * content loader in src/integrations/content-loader.ts) and the editors' commands all read frontmatter here, so they can
 * never disagree about what a file says.
 *
 * YAML is read with the failsafe schema: every value is a string, a list or a map. `title: 112`
 * is the string "112" and `title: 2026-11-21` the string "2026-11-21", never a number or a date;
 * the schema (schema.ts) decides what a field may hold. Custom tags (`!sv`), anchors and aliases
 * (`&a`, `*a`: the "billion laughs" bomb) and duplicate keys are errors.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, stringify, visit, type Document, type Node } from 'yaml';
import { ContentError } from './errors.ts';

export interface SplitFile {
  /** YAML text between the `---` fences. */
  yaml: string;
  body: string;
  /** 1-based line number of the first YAML line in the file. */
  yamlStartLine: number;
  /** 1-based line number of the first body line. */
  bodyStartLine: number;
  /** The line ending the file uses, kept when a command rewrites it. */
  newline: '\n' | '\r\n';
}

const fence = /^---[ \t]*$/;

export function splitFrontmatter(text: string, file: string): SplitFile {
  const newline = /\r\n/.test(text) ? '\r\n' : '\n';
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!fence.test(lines[0] ?? '')) {
    throw new ContentError(file, 'the file does not start with frontmatter', 'Start the file with a line `---`, the frontmatter (title, description, updated …), and another `---`.', 1);
  }
  const end = lines.findIndex((line, index) => index > 0 && fence.test(line));
  if (end === -1) {
    throw new ContentError(file, 'the frontmatter is never closed', 'Add a line `---` after the last frontmatter field.', 1);
  }
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), yamlStartLine: 2, bodyStartLine: end + 2, newline };
}

export interface ParsedFrontmatter {
  document: Document.Parsed;
  /** Line in the file of the value (or of the key, when `key` is true) at a path of keys. */
  lineOf(path: readonly (string | number)[], key?: boolean): number | undefined;
}

/**
 * Parses the frontmatter and reports every YAML problem at once: syntax, duplicate keys,
 * custom tags, anchors and aliases. Throws a list of ContentErrors (as an array) when any.
 */
export function parseFrontmatter(split: SplitFile, file: string): ParsedFrontmatter | ContentError[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(split.yaml, { schema: 'failsafe', uniqueKeys: true, prettyErrors: true, lineCounter, strict: true });
  const fileLine = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + split.yamlStartLine - 1);
  const errors: ContentError[] = [];
  for (const problem of [...document.errors, ...document.warnings]) {
    const reason = (problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    const line = fileLine(problem.pos[0]);
    // Tags are reported once, by the visit below.
    if (/tag/i.test(problem.code) || /tag/i.test(reason)) continue;
    if (problem.code === 'DUPLICATE_KEY') {
      errors.push(new ContentError(file, 'a frontmatter field is written twice', 'Keep one of the two lines and delete the other.', line));
    } else {
      errors.push(new ContentError(file, `the frontmatter is not valid YAML (${reason})`, 'Check indentation and quotes on that line; put text containing ": " in quotes.', line));
    }
  }
  visit(document, {
    Node(_key, node) {
      if (isAlias(node) || ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor)) {
        if (!errors.some((error) => error.message.includes('anchor or alias'))) errors.push(new ContentError(file, 'the frontmatter uses a YAML anchor or alias (`&name` or `*name`)', 'Write each value out in full; anchors and aliases are not allowed.', fileLine(node.range?.[0])));
        return visit.SKIP;
      }
      if ((isScalar(node) || isMap(node) || isSeq(node)) && node.tag && !/^tag:yaml\.org,2002:(str|map|seq)$/.test(node.tag)) {
        errors.push(new ContentError(file, `the frontmatter uses a YAML tag the site does not know (${node.tag})`, 'Remove the `!…` tag: write the value as plain text.', fileLine(node.range?.[0])));
      }
      return undefined;
    },
  });
  if (errors.length === 0 && !isMap(document.contents)) {
    errors.push(new ContentError(file, 'the frontmatter is not a list of `key: value` fields', 'Write one field per line, e.g. `title: Ansöka om asyl`.', split.yamlStartLine));
  }
  if (errors.length > 0) return dedupe(errors);

  const lineOf = (path: readonly (string | number)[], key = false): number | undefined => {
    let node: Node | null | undefined = document.contents;
    let line = fileLine(node?.range?.[0]);
    for (const [index, step] of path.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step));
        if (!pair) return line;
        const keyNode = pair.key as Node;
        line = fileLine(keyNode.range?.[0]) ?? line;
        if (key && index === path.length - 1) return line;
        node = pair.value as Node | null;
        if (node?.range) line = fileLine(node.range[0]) ?? line;
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step] as Node | undefined;
        if (node?.range) line = fileLine(node.range[0]) ?? line;
      } else {
        return line;
      }
    }
    return line;
  };
  return { document, lineOf };
}

function dedupe(errors: ContentError[]): ContentError[] {
  const seen = new Set<string>();
  return errors.filter((error) => !seen.has(error.message) && seen.add(error.message));
}

/** Parses the frontmatter for editing, or throws the first problem (the commands stop there). */
export function parseFrontmatterDocument(split: SplitFile, file: string): Document.Parsed {
  const parsed = parseFrontmatter(split, file);
  if (Array.isArray(parsed)) throw parsed[0]!;
  return parsed.document;
}

export function joinFrontmatter(yaml: string, body: string, newline: '\n' | '\r\n' = '\n'): string {
  const text = `---\n${yaml.replace(/\n+$/, '')}\n---\n${body}`;
  return newline === '\n' ? text : text.replace(/\r?\n/g, '\r\n');
}

/**
 * The text of a new content file: `data` as frontmatter, then `body`. The yaml package writes the
 * YAML, so a title with ": " or a hash of digits is quoted and reads back as written.
 */
export function contentFileText(data: Record<string, unknown>, body: string): string {
  return joinFrontmatter(stringify(data, { lineWidth: 0 }), body);
}

/**
 * Records in a translation which version of the Swedish source it matches, after an editor has
 * brought it up to date: returns the translation's new text with `translation.source` set to
 * `sourceHash`, today's hash of the source text. The file keeps its line endings.
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
  return joinFrontmatter(document.toString({ lineWidth: 0 }), split.body, split.newline);
}
