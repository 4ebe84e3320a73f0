/**
 * Reads the content tree from disk: which files count, and each file parsed and validated.
 * The check, the editors' commands and the build's content loader
 * (src/integrations/content-loader.ts) all read it here, so a file the check rejects never reaches the site and a file it accepts always does.
 * Every problem becomes a ContentError with file and line.
 *
 * File rules (CONTRIBUTING.md lists them for editors):
 * - pages are `.md` files with lower-case ASCII names: letters, digits and hyphens
 *   (`lma-kortet.md`); the name is the address, the same in every language;
 * - no `.mdx`, `.markdown` or `.MD`, no drafts (`_utkast.md`), no symbolic links, no other files,
 *   except one known data file per language folder (`search-vocabulary.yml`);
 * - every folder of Swedish pages has its own page `index.md`;
 * - no page where the site builds a page of its own (the home page, the search page …);
 * - files are UTF-8 and at most `maxFileBytes` long.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isLanguageCode, sourceLanguage } from '../i18n/languages.ts';
import { ContentError } from '../content-files/errors.ts';
import { parseContentFile, splitContentPath, type ContentFile } from '../content-files/file.ts';
import { assertContentRoot, readUtf8 } from '../content-files/read-fs.ts';
import { generatedPageAt, slugOfPage } from '../site/routes.ts';
import { checkBody } from './body.ts';

/** Data files a language folder may hold beside its pages (read by other parts of the site). */
export const knownDataFiles = ['search-vocabulary.yml'];

export const maxFileBytes = 256 * 1024;

const pageName = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;
const folderName = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ListedFiles {
  /** Page files that follow the file rules, relative to the root with `/` (`sv/a/b.md`). */
  pages: string[];
  /** Files and folders that break them. */
  errors: ContentError[];
  /** `folder/id` of pages whose file exists but breaks a rule: links and translations to them are not errors of their own. */
  rejected: Set<string>;
}

function nameProblem(name: string, isFolder: boolean): [problem: string, hint: string] | undefined {
  if (isFolder ? folderName.test(name) : pageName.test(name)) return undefined;
  const base = name.replace(/\.[^.]*$/, '');
  const suggestion = `${base.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'sida'}${isFolder ? '' : '.md'}`;
  if (!isFolder && /\.mdx$/i.test(name)) return ['MDX files are not accepted', `Write the page as Markdown in ${suggestion}: the site needs no components or code in content, and MDX would run code at build time.`];
  if (!isFolder && /\.(markdown|mdown|md)$/i.test(name) && !name.endsWith('.md')) return ['a page file must end in .md (lower case)', `Rename it to ${suggestion}.`];
  if (!isFolder && !/\.md$/.test(name)) return ['this file is not a page (only .md files belong in content/)', 'Move it out of content/; pictures go in public/.'];
  if (name.startsWith('_')) return ['drafts are not kept in content/ (a name starting with _ would still be published)', 'Keep the draft outside content/, or give it its final name when it is ready.'];
  return [`the ${isFolder ? 'folder' : 'file'} name is part of the page address and must be lower-case ASCII letters, digits and hyphens`, `Rename it to ${suggestion}.`];
}

export function scanContentFolder(root: string): ListedFiles {
  const pages: string[] = [];
  const errors: ContentError[] = [];
  const rejected = new Set<string>();
  const display = (relative: string) => path.posix.join((path.relative(process.cwd(), root) || '.').split(path.sep).join('/'), relative);
  const reject = (relative: string, problem: string, hint: string) => {
    errors.push(new ContentError(display(relative), problem, hint));
    const { folder, id } = splitContentPath(relative);
    rejected.add(`${folder}/${id.replace(/\.[^./]*$/, '')}`);
  };
  const walk = (directory: string, relativeDirectory: string) => {
    const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relative = relativeDirectory ? `${relativeDirectory}/${entry.name}` : entry.name;
      const full = path.join(directory, entry.name);
      if (entry.isSymbolicLink()) {
        reject(relative, 'symbolic links are not followed', 'Move the real file or folder here instead of linking to it.');
        continue;
      }
      if (entry.isDirectory()) {
        const problem = relativeDirectory ? nameProblem(entry.name, true) : undefined;
        if (problem) {
          reject(relative, ...problem);
          continue;
        }
        const inSwedish = relativeDirectory === sourceLanguage || relativeDirectory.startsWith(`${sourceLanguage}/`);
        if (inSwedish && !existsSync(path.join(full, 'index.md'))) {
          errors.push(new ContentError(display(`${relative}/index.md`), 'the section has no page of its own', `Create ${display(`${relative}/index.md`)}: it introduces the section and lists its pages.`));
        }
        walk(full, relative);
        continue;
      }
      if (!relativeDirectory) {
        reject(relative, 'files do not belong directly in the content folder', 'Put pages in a language folder, e.g. content/sv/.');
        continue;
      }
      if (knownDataFiles.includes(entry.name) && isLanguageCode(relativeDirectory)) continue;
      const problem = nameProblem(entry.name, false);
      if (problem) {
        reject(relative, ...problem);
        continue;
      }
      const { folder, id } = splitContentPath(relative);
      if (generatedPageAt(slugOfPage(id))) {
        reject(relative, `the site builds a page of its own at /${folder}/${slugOfPage(id)}${slugOfPage(id) ? '/' : ''}`, 'Choose another file name: this address is taken by a page the site makes itself.');
        continue;
      }
      const size = lstatSync(full).size;
      if (size > maxFileBytes) {
        reject(relative, `the file is ${Math.round(size / 1024)} KB (the limit is ${maxFileBytes / 1024} KB)`, 'Split it into several pages of one subject each.');
        continue;
      }
      pages.push(relative);
    }
  };
  walk(root, '');
  return { pages: pages.sort(), errors, rejected };
}

/** The page files that follow the file rules (`sv/a/b.md`), for tools that only need the list. */
export function listContentFiles(root: string): string[] {
  return scanContentFolder(root).pages;
}

/**
 * One file parsed and validated with every rule: frontmatter and schema (content-files/file.ts)
 * and the body (body.ts); all of its problems at once, and no file when there is any.
 */
export function validateContentFile(text: string, relativePath: string, displayPath: string): { file: ContentFile | undefined; errors: ContentError[] } {
  const parsed = parseContentFile(text, relativePath, displayPath);
  const errors = [...parsed.errors, ...(parsed.body === undefined ? [] : checkBody(parsed.body, displayPath, parsed.bodyLine))];
  return errors.length > 0 ? { file: undefined, errors } : { file: parsed.file, errors };
}

export interface ContentTree {
  files: ContentFile[];
  errors: ContentError[];
  /** `folder/id` of pages that exist but are invalid: not reported again as missing by links and translations. */
  rejected: Set<string>;
}

export function readContentTree(root: string, displayRoot = path.relative(process.cwd(), root) || '.'): ContentTree {
  assertContentRoot(root);
  const listed = scanContentFolder(root);
  const files: ContentFile[] = [];
  const errors = [...listed.errors];
  const rejected = new Set(listed.rejected);
  for (const relativePath of listed.pages) {
    const displayPath = path.posix.join(displayRoot.split(path.sep).join('/'), relativePath);
    const text = readUtf8(path.join(root, relativePath), displayPath);
    const parsed = typeof text === 'string' ? validateContentFile(text, relativePath, displayPath) : { file: undefined, errors: [text] };
    if (parsed.file) {
      files.push(parsed.file);
    } else {
      errors.push(...parsed.errors);
      const { folder, id } = splitContentPath(relativePath);
      rejected.add(`${folder}/${id}`);
    }
  }
  return { files, errors, rejected };
}
