/**
 * npm run new-page -- <section>/<page>
 * Creates content/sv/<section>/<page>.md with its frontmatter filled in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sourceLanguage } from '../src/i18n/languages.ts';
import { ContentError } from '../src/content-files/errors.ts';
import { assertContentRoot, findContentFile, resolveContentRoot } from '../src/content-files/read-fs.ts';
import { readContentTree } from '../src/checks/content-tree-fs.ts';
import { newPageText, pageIdArgument, placeNewPage } from '../src/site/new-page.ts';

const usage = 'Usage: npm run new-page -- <section>/<page>\n  e.g. npm run new-page -- jag-ar-asylsokande/tandvard';
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
if (args.length !== 1) fail(args.length === 0 ? usage : `new-page takes one page path, not ${args.length} (${args.join(' ')}).\n  → ${usage}`);
const parsed = pageIdArgument(args[0]!);
if ('problem' in parsed) fail(`${parsed.problem}.\n  → ${parsed.hint}`);
const { id } = parsed;
const root = resolveContentRoot();
try {
  assertContentRoot(root);
} catch (error) {
  if (error instanceof ContentError) fail(error.message);
  throw error;
}
const file = path.join(root, sourceLanguage, `${id}.md`);
const display = path.relative(process.cwd(), file);
if (findContentFile(root, sourceLanguage, id)) fail(`${display} already exists.\n  → Edit it, or choose another path.`);

// A file with a mistake elsewhere does not stop a new page: the check reports it on its own.
const sources = readContentTree(root).files.filter((entry) => entry.folder === sourceLanguage);
const { section, order } = placeNewPage(id, sources.map((entry) => ({ id: entry.id, order: entry.data.order })));

mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, newPageText(new Date(), order));
console.log(`Created ${display}\n  → Replace every TODO (npm run check:i18n fails until you do), then preview with npm run dev.`);
if (!section && id.includes('/')) console.log(`  Note: the folder has no section page yet; create ${path.dirname(id)}/index.md too.`);
