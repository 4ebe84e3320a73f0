/**
 * One content file, parsed and validated: what the site model is built from. The build gets
 * its files from Astro's content layer (src/site/astro-site.ts), the editors' commands from
 * read-fs.ts; both end up as ContentFile. Pure: it parses text, it does not read the disk.
 */
import { ContentError } from './errors.ts';
import { lineOfKey, parseFrontmatterDocument, splitFrontmatter } from './frontmatter.ts';
import { pageSchema, type PageData } from './schema.ts';

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

/** Parses and validates one file; `displayPath` is what messages show (e.g. `content/sv/a.md`). */
export function readContentFile(text: string, relativePath: string, displayPath: string): ContentFile {
  const split = splitFrontmatter(text, displayPath);
  const document = parseFrontmatterDocument(split, displayPath);
  const result = pageSchema.safeParse(document.toJS());
  if (!result.success) {
    const [issue] = result.error.issues;
    const keys = issue?.path.filter((key): key is string | number => typeof key !== 'symbol') ?? [];
    const field = keys.join('.') || '(frontmatter)';
    const unknownKeys = issue?.code === 'unrecognized_keys' ? issue.keys : [];
    const line = unknownKeys.length > 0 ? lineOfKey(split, [...keys, unknownKeys[0]!]) : lineOfKey(split, keys);
    const hint = unknownKeys.length > 0
      ? `Remove or rename ${unknownKeys.map((key) => `\`${key}\``).join(', ')}: allowed fields are title, description, updated, order, keywords, sources, translation, changes.`
      : `Fix \`${field}\`: ${issue?.message ?? 'see CONTRIBUTING.md for the frontmatter fields'}.`;
    const problem = unknownKeys.length > 0
      ? `unknown frontmatter field ${unknownKeys.map((key) => `\`${key}\``).join(', ')}`
      : `invalid frontmatter field \`${field}\`: ${issue?.message ?? 'invalid'}`;
    throw new ContentError(displayPath, problem, hint, line);
  }
  const { folder, id } = splitContentPath(relativePath);
  return { folder, id, filePath: displayPath, data: result.data, body: split.body, bodyLine: split.bodyStartLine };
}
