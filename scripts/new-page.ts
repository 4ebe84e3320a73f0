/**
 * npm run new-page -- <section>/<page>
 * Creates content/sv/<section>/<page>.md with its frontmatter filled in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sourceLanguage } from '../src/i18n/languages.ts';
import { findContentFile, readContentTree, resolveContentRoot } from '../src/content-files/read-fs.ts';
import { newPageText, normalisePageId, pageIdPattern, placeNewPage } from '../src/site/new-page.ts';

const [input] = process.argv.slice(2);
if (!input) {
  console.error('Usage: npm run new-page -- <section>/<page>\n  e.g. npm run new-page -- jag-ar-asylsokande/tandvard');
  process.exit(1);
}
const id = normalisePageId(input);
if (!pageIdPattern.test(id)) {
  console.error(`"${input}" is not a valid page path.\n  → Use lower-case ASCII letters, digits and hyphens, Swedish words without å, ä, ö (a, a, o): e.g. jag-ar-asylsokande/tandvard.`);
  process.exit(1);
}
const root = resolveContentRoot();
const file = path.join(root, sourceLanguage, `${id}.md`);
const display = path.relative(process.cwd(), file);
if (findContentFile(root, sourceLanguage, id)) {
  console.error(`${display} already exists.\n  → Edit it, or choose another path.`);
  process.exit(1);
}

// A file with a mistake elsewhere does not stop a new page: the check reports it on its own.
const sources = readContentTree(root).files.filter((entry) => entry.folder === sourceLanguage);
const { section, order } = placeNewPage(id, sources.map((entry) => ({ id: entry.id, order: entry.data.order })));

mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, newPageText(new Date(), order));
console.log(`Created ${display}\n  → Replace every TODO (npm run check:i18n fails until you do), then preview with npm run dev.`);
if (!section && id.includes('/')) console.log(`  Note: the folder has no section page yet; create ${path.dirname(id)}/index.md too.`);
