/**
 * npm run new-page -- <section>/<page>
 * Creates content/sv/<section>/<page>.md with its frontmatter filled in.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sourceLanguage } from '../src/i18n/languages.ts';
import { findContentFile, listContentFiles, readContentFile } from '../src/lib/content-files.ts';
import { resolveContentRoot } from '../src/lib/content-root.ts';
import { newPageText, nextOrder, normalisePageId, pageIdPattern } from '../src/lib/new-page.ts';
import { parentOf } from '../src/lib/page-tree.ts';
import { splitContentPath } from '../src/lib/routes.ts';

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

const sources = listContentFiles(root).map(splitContentPath).filter((entry) => entry.folder === sourceLanguage);
const existing = new Set(sources.map((entry) => entry.id));
const section = parentOf(id, new Set([...existing, id]));
const siblingOrders = sources
  .filter((entry) => entry.id !== section && parentOf(entry.id, existing) === section)
  .map((entry) => {
    const sibling = findContentFile(root, sourceLanguage, entry.id)!;
    return readContentFile(readFileSync(sibling, 'utf8'), path.relative(root, sibling), entry.id).data.order;
  });

mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, newPageText(new Date(), nextOrder(siblingOrders)));
console.log(`Created ${display}\n  → Replace every TODO (npm run check:i18n fails until you do), then preview with npm run dev.`);
if (!section && id.includes('/')) console.log(`  Note: the folder has no section page yet; create ${path.dirname(id)}/index.md too.`);
