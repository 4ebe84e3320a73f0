/**
 * The link check, rule by rule: each rule has a link it must refuse and one it must let pass,
 * so disabling any rule fails a test here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkLinks, extractLinks } from '../../src/checks/links.ts';
import type { ContentFile } from '../../src/content-files/file.ts';
import { headingAnchors } from '../../src/markdown/headings.ts';

function file(folder: string, id: string, body: string): ContentFile {
  return { folder, id, filePath: `content/${folder}/${id}.md`, body, bodyLine: 10, data: { title: id, description: 'd', updated: new Date('2026-11-21'), keywords: [] } };
}

const target = file('sv', 'asyl/lma', '## Vad kortet är\n\nText.\n\n## Ord {#ord}\n');
const section = file('sv', 'asyl/index', 'Avsnitt.');
const arabicTarget = file('ar', 'asyl/lma', '## ما هي البطاقة\n\n## كلمات {#ord}\n');

/** The problems the check reports for one line of Markdown in `content/<folder>/a.md`. */
function problemsOf(markdown: string, folder = 'sv'): string[] {
  const page = file(folder, 'a', markdown);
  const files = [target, section, arabicTarget, page, ...(folder === 'sv' ? [] : [file('sv', 'a', 'Källa.')])];
  return checkLinks(files).filter((error) => error.file === page.filePath).map((error) => error.message.split('\n')[0]!.replace(/^content\/\w+\/a\.md:\d+: /, ''));
}

describe('the link check', () => {
  it('passes links to existing pages, sections, generated pages and headings', () => {
    assert.deepEqual(problemsOf('[a](/asyl/lma/) [b](/asyl/) [c](/) [d](/sok/) [e](/om-webbplatsen/oversattningsstatus/) [f](/asyl/lma/#vad-kortet-är) [g](/asyl/lma/#ord) [h](#top)'), []);
    assert.deepEqual(problemsOf('[a](mailto:info@example.org) [b](tel:112) [c](https://www.migrationsverket.se/)'), []);
  });

  it('refuses a link to a page that does not exist', () => {
    assert.deepEqual(problemsOf('[a](/asyl/finns-inte/)'), ['link to a page that does not exist: /asyl/finns-inte/']);
  });

  it('refuses an internal link without a trailing slash', () => {
    assert.deepEqual(problemsOf('[a](/asyl/lma)'), ['internal link without a trailing slash: /asyl/lma']);
    assert.deepEqual(problemsOf('[a](/asyl/lma#ord)'), ['internal link without a trailing slash: /asyl/lma#ord']);
  });

  it('reads a first segment that is no language of the site as part of the page path', () => {
    assert.deepEqual(problemsOf('[a](/sv/asyl/lma/)'), []);
    assert.deepEqual(problemsOf('[a](/de/asyl/lma/)'), ['link to a page that does not exist: /de/asyl/lma/']);
  });

  it('refuses relative links', () => {
    assert.deepEqual(problemsOf('[a](lma/) [b](../asyl/)'), ['relative or unknown link: lma/', 'relative or unknown link: ../asyl/']);
  });

  it('refuses http and external links without a proper host name', () => {
    assert.deepEqual(problemsOf('[a](http://www.migrationsverket.se/) [b](https://migrationsverket/) [c](//www.migrationsverket.se/)'), [
      'external link without https: http://www.migrationsverket.se/',
      'external link has no proper host name: https://migrationsverket/',
      'external link without https: //www.migrationsverket.se/',
    ]);
  });

  it('refuses an anchor that the target page does not have', () => {
    assert.deepEqual(problemsOf('[a](/asyl/lma/#finns-inte)'), ['the anchor #finns-inte does not exist on content/sv/asyl/lma.md: /asyl/lma/#finns-inte']);
  });

  it('checks an anchor against the text the reader of that language sees', () => {
    // The Arabic page has the fixed id #ord but not the Swedish generated id.
    assert.deepEqual(problemsOf('[a](/asyl/lma/#ord)', 'ar'), []);
    assert.deepEqual(problemsOf('[a](/asyl/lma/#vad-kortet-är)', 'ar'), ['the anchor #vad-kortet-är does not exist on content/ar/asyl/lma.md: /asyl/lma/#vad-kortet-är']);
    // Where the target is not translated, the reader sees the Swedish text and its ids.
    assert.deepEqual(problemsOf('[a](/asyl/lma/#vad-kortet-är)', 'ti'), []);
  });

  it('checks links with an explicit language against that language', () => {
    assert.deepEqual(problemsOf('[a](/ar/asyl/lma/#vad-kortet-är)'), ['the anchor #vad-kortet-är does not exist on content/ar/asyl/lma.md: /ar/asyl/lma/#vad-kortet-är']);
  });

  it('names the line of the link in the file', () => {
    const [error] = checkLinks([target, file('sv', 'a', 'Rad ett.\n\n[a](/finns-inte/)')]).filter((candidate) => candidate.file === 'content/sv/a.md');
    assert.equal(error!.line, 12);
    assert.match(error!.message, /→ Check the path/);
  });
});

describe('finding links', () => {
  it('finds Markdown links, HTML hrefs and autolinks, not links shown as code', () => {
    const body = '[a](/x/ "title") <a href="/y/">y</a> <https://example.org/>\n`[b](/code/)`\n```\n[c](/fence/)\n```';
    assert.deepEqual(extractLinks(body).map((link) => link.href), ['/x/', '/y/', 'https://example.org/']);
  });
});

describe('heading ids', () => {
  it('are the fixed id where one is written, else the slug of the text, numbered when repeated', () => {
    assert.deepEqual([...headingAnchors('## Steg\n\n## Steg\n\n### LMA-kortet *nu*\n\n## Ord {#ord}\n\n    ## indented code\n```\n## Kod\n```')], ['steg', 'steg-1', 'lma-kortet-nu', 'ord']);
  });
});
