/**
 * One content file, parsed and validated: what the site model is built from. The check and the
 * editors' commands and the build's content loader all read files through
 * src/checks/content-tree-fs.ts, which calls `parseContentFile` and the body rules, so a file
 * is valid for all or for none.
 * Pure: it parses text, it does not read the disk.
 */
import { ContentError } from './errors.ts';
import { parseFrontmatter, splitFrontmatter } from './frontmatter.ts';
import { nestedFields, pageFields, pageSchema, type PageData } from './schema.ts';

export interface ContentFile {
  /** Folder under the content root: a language code, or something else (an error). */
  folder: string;
  id: string;
  /** Path shown to editors in messages, e.g. `content/ar/asyl/lma.md`. */
  filePath: string;
  data: PageData;
  body: string;
  /** Line of the file where the body starts, when known (for messages). */
  bodyLine?: number | undefined;
}

const contentExtension = /\.(md|mdx)$/;

/** Splits a file path relative to the content root (`ar/asyl/lma.md`) into language and page id. */
export function splitContentPath(relativePath: string): { folder: string; id: string } {
  const normalised = relativePath.replace(/\\/g, '/').replace(contentExtension, '');
  const slash = normalised.indexOf('/');
  if (slash === -1) return { folder: '', id: normalised };
  return { folder: normalised.slice(0, slash), id: normalised.slice(slash + 1) };
}

/** The closest allowed name to a misspelled one (`tittle` → `title`), if one is close. */
export function closestName(name: string, allowed: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  const lower = name.toLowerCase();
  const ranked = allowed.map((candidate) => ({ candidate, cost: distance(lower, candidate) })).sort((a, b) => a.cost - b.cost);
  const best = ranked[0];
  return best && best.cost <= Math.max(2, Math.floor(name.length / 3)) ? best.candidate : undefined;
}

/** The file when valid, else its problems; and the body (when the frontmatter could be split off), for the body rules in src/checks/body.ts. */
export type ParsedContentFile = ({ file: ContentFile; errors: [] } | { file: undefined; errors: ContentError[] }) & { body?: string | undefined; bodyLine?: number | undefined };

/** Parses and validates one file, reporting every problem it has at once. */
export function parseContentFile(text: string, relativePath: string, displayPath: string): ParsedContentFile {
  let split;
  try {
    split = splitFrontmatter(text, displayPath);
  } catch (error) {
    if (error instanceof ContentError) return { file: undefined, errors: [error] };
    throw error;
  }
  const parsed = parseFrontmatter(split, displayPath);
  const body = { body: split.body, bodyLine: split.bodyStartLine };
  if (Array.isArray(parsed)) return { file: undefined, errors: parsed, ...body };

  const errors: ContentError[] = [];
  const raw: unknown = parsed.document.toJS({ maxAliasCount: 0 });
  const valueAt = (keys: readonly (string | number)[]) => keys.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), raw);
  const result = pageSchema.safeParse(raw);
  if (!result.success) {
    // A misspelled key (`tittle`) is reported as such, not again as a missing `title`.
    const suggested = new Set<string>();
    for (const issue of result.error.issues) {
      const keys = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        const parent = keys.filter((key): key is string => typeof key === 'string').at(-1);
        const allowed = parent ? nestedFields[parent] ?? [] : pageFields;
        for (const unknown of issue.keys) {
          const suggestion = closestName(unknown, allowed);
          if (suggestion) suggested.add([...keys, suggestion].join('.'));
          errors.push(new ContentError(
            displayPath,
            `unknown key \`${[...keys, unknown].join('.')}\`${suggestion ? ` — did you mean \`${suggestion}\`?` : ''}`,
            suggestion ? `Rename it to \`${suggestion}\`.` : `Remove it: the allowed keys here are ${allowed.join(', ')}.`,
            parsed.lineOf([...keys, unknown], true),
          ));
        }
        continue;
      }
    }
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') continue;
      const keys = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      const field = keys.join('.') || '(frontmatter)';
      const missing = valueAt(keys) === undefined;
      if (missing && suggested.has(field)) continue;
      errors.push(new ContentError(
        displayPath,
        missing ? `the frontmatter has no \`${field}\`` : `invalid frontmatter field \`${field}\`: ${issue.message}`,
        missing ? `Add \`${field}:\` (see CONTRIBUTING.md for the frontmatter fields).` : `Fix \`${field}\` (see CONTRIBUTING.md for what each field holds).`,
        missing ? split.yamlStartLine : parsed.lineOf(keys),
      ));
    }
  }
  if (errors.length > 0 || !result.success) return { file: undefined, errors, ...body };
  const { folder, id } = splitContentPath(relativePath);
  return { file: { folder, id, filePath: displayPath, data: result.data, body: split.body, bodyLine: split.bodyStartLine }, errors: [], ...body };
}

/** Parses and validates one file; throws its first problem (for commands that handle one file). */
export function readContentFile(text: string, relativePath: string, displayPath: string): ContentFile {
  const parsed = parseContentFile(text, relativePath, displayPath);
  if (!parsed.file) throw parsed.errors[0]!;
  return parsed.file;
}
