/**
 * Where the content is and how a file is read from disk: the content root, a page's file, a
 * file's text as UTF-8. Which files count and whether they are valid is decided by
 * src/checks/content-tree-fs.ts. Node only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from './errors.ts';

/**
 * Where the content folders live. Tests and the benchmark point the build at fixture or
 * synthetic content with the CONTENT_ROOT environment variable.
 */
export function resolveContentRoot(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return path.resolve(cwd, env.CONTENT_ROOT ?? 'content');
}

/** Throws a clear error when the content root is not a folder (a mistyped CONTENT_ROOT). */
export function assertContentRoot(root: string): void {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new ContentError(path.relative(process.cwd(), root) || root, 'the content folder does not exist', 'Run the command from the project folder, or set CONTENT_ROOT to a folder holding the language folders (sv, en, …).');
  }
}

/** The file of page `id` in a language folder, if there is one. */
export function findContentFile(root: string, folder: string, id: string): string | undefined {
  return ['.md'].map((extension) => path.join(root, folder, `${id}${extension}`)).find((candidate) => existsSync(candidate));
}

/** Reads a file as UTF-8, or reports the line of its first byte that is not UTF-8. */
export function readUtf8(absolutePath: string, displayPath: string): string | ContentError {
  const bytes = readFileSync(absolutePath);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const good = new TextDecoder('utf-8').decode(bytes);
    const bad = good.indexOf('\uFFFD');
    const line = good.slice(0, bad === -1 ? 0 : bad).split('\n').length;
    return new ContentError(displayPath, 'the file is not saved as UTF-8 (letters like å, ä, ö or Arabic script are damaged)', 'Save the file with the encoding UTF-8 in your editor.', line);
  }
}
