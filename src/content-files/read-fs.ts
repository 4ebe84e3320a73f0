/**
 * Reads the content tree from disk for the editors' commands (check, stamp, new page), with the
 * same schema the build uses. Every problem becomes a ContentError with file and line.
 * Node only: the build reads content through Astro's content layer instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from './errors.ts';
import { readContentFile, type ContentFile } from './file.ts';

const contentFilePattern = /\.(md|mdx)$/;

/**
 * Where the content folders live. Tests and the benchmark point the build at fixture or
 * synthetic content with the CONTENT_ROOT environment variable.
 */
export function resolveContentRoot(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return path.resolve(cwd, env.CONTENT_ROOT ?? 'content');
}

/** The file of page `id` in a language folder (`.md` or `.mdx`), if there is one. */
export function findContentFile(root: string, folder: string, id: string): string | undefined {
  return ['.md', '.mdx'].map((extension) => path.join(root, folder, `${id}${extension}`)).find((candidate) => existsSync(candidate));
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
