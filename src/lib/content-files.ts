/**
 * Reads the content tree from disk for the editors' commands (check, stamp), with the same
 * schema the build uses. Every problem becomes a ContentError with file and line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from './content-errors.ts';
import { lineOfKey, parseFrontmatterDocument, splitFrontmatter } from './frontmatter.ts';
import { pageSchema } from './page-schema.ts';
import { pageIdCandidates, splitContentPath } from './routes.ts';
import type { ContentFile } from './site-model.ts';

const contentFilePattern = /\.(md|mdx)$/;

/** The file of page `id` in a language folder (`.md` or `.mdx`), if there is one. */
export function findContentFile(root: string, folder: string, id: string): string | undefined {
  return ['.md', '.mdx'].map((extension) => path.join(root, folder, `${id}${extension}`)).find((candidate) => existsSync(candidate));
}

/** Whether the page at `/<lang>/<slug>/` has its own file in that language, i.e. is no fallback. */
export function hasPageFile(root: string, lang: string, slug: string): boolean {
  return pageIdCandidates(slug).some((id) => findContentFile(root, lang, id) !== undefined);
}

export function listContentFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (contentFilePattern.test(entry.name)) found.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
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
      ? `Remove or rename ${unknownKeys.map((key) => `\`${key}\``).join(', ')}: allowed fields are title, description, updated, order, keywords, sources, translation.`
      : `Fix \`${field}\`: ${issue?.message ?? 'see CONTRIBUTING.md for the frontmatter fields'}.`;
    const problem = unknownKeys.length > 0
      ? `unknown frontmatter field ${unknownKeys.map((key) => `\`${key}\``).join(', ')}`
      : `invalid frontmatter field \`${field}\`: ${issue?.message ?? 'invalid'}`;
    throw new ContentError(displayPath, problem, hint, line);
  }
  const { folder, id } = splitContentPath(relativePath);
  return { folder, id, filePath: displayPath, data: result.data, body: split.body, bodyLine: split.bodyStartLine };
}

export function readContentTree(root: string, displayRoot = path.relative(process.cwd(), root) || '.'): { files: ContentFile[]; errors: ContentError[] } {
  const files: ContentFile[] = [];
  const errors: ContentError[] = [];
  for (const relativePath of listContentFiles(root)) {
    const displayPath = path.posix.join(displayRoot.split(path.sep).join('/'), relativePath);
    try {
      files.push(readContentFile(readFileSync(path.join(root, relativePath), 'utf8'), relativePath, displayPath));
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  return { files, errors };
}
