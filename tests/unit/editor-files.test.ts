import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ContentError } from '../../src/content-files/errors.ts';
import { readContentFile } from '../../src/content-files/file.ts';
import { contentFileText, stampTranslation } from '../../src/content-files/frontmatter.ts';

const translation = `---
title: LMA card
description: What the card is.
updated: 2026-11-21
translation:
  method: machine
---
Body text.
`;

describe('reading content files', () => {
  it('parses valid frontmatter and the body', () => {
    const file = readContentFile(translation, 'en/asyl/lma.md', 'content/en/asyl/lma.md');
    assert.equal(file.folder, 'en');
    assert.equal(file.id, 'asyl/lma');
    assert.equal(file.data.title, 'LMA card');
    assert.equal(file.body.trim(), 'Body text.');
  });

  it('names the file, line and field of invalid frontmatter', () => {
    const broken = translation.replace('updated: 2026-11-21', 'updated: someday');
    assert.throws(() => readContentFile(broken, 'en/a.md', 'content/en/a.md'), (error: unknown) => {
      assert.ok(error instanceof ContentError);
      assert.equal(error.line, 4);
      assert.match(error.message, /^content\/en\/a\.md:4: invalid frontmatter field `updated`/);
      return true;
    });
  });

  it('names an unknown field and its line', () => {
    const broken = translation.replace('updated:', 'titel: x\nupdated:');
    assert.throws(() => readContentFile(broken, 'en/a.md', 'content/en/a.md'), /content\/en\/a\.md:4: .*`titel`/);
  });

  it('reports broken YAML with its line', () => {
    const broken = translation.replace('description: What the card is.', 'description: "unclosed');
    assert.throws(() => readContentFile(broken, 'en/a.md', 'content/en/a.md'), (error: unknown) => error instanceof ContentError && /not valid YAML/.test(error.message));
  });

  it('reports a file without frontmatter', () => {
    assert.throws(() => readContentFile('Just text', 'en/a.md', 'content/en/a.md'), /content\/en\/a\.md:1: the file does not start with frontmatter/);
  });
});

describe('stamping a translation', () => {
  it('records the source hash first in the translation block and keeps the rest', () => {
    const stamped = stampTranslation(translation, 'abcdef012345', 'content/en/a.md');
    assert.match(stamped, /translation:\n {2}source: abcdef012345\n {2}method: machine\n---\nBody text.\n$/);
    const again = stampTranslation(stamped, '111111111111', 'content/en/a.md');
    assert.equal((again.match(/source:/g) ?? []).length, 1);
    assert.match(again, /source: "?111111111111"?/);
  });

  it('refuses a file without a translation block', () => {
    assert.throws(() => stampTranslation('---\ntitle: x\n---\n', 'abc', 'content/en/x.md'), /no `translation:` block/);
  });
});

describe('writing content files', () => {
  it('quotes what YAML would misread, so the file reads back as written', () => {
    const data = { title: 'Asyl: så går det till', description: '112', updated: '2026-11-21', keywords: ['yes', '#1'], translation: { source: '012345678901', method: 'machine' } };
    const text = contentFileText(data, 'Body.\n');
    const file = readContentFile(text, 'en/a.md', 'content/en/a.md');
    assert.equal(file.data.title, 'Asyl: så går det till');
    assert.deepEqual(file.data.keywords, ['yes', '#1']);
    assert.equal(file.data.translation?.source, '012345678901');
    assert.equal(file.body, 'Body.\n');
  });
});

describe('new pages', async () => {
  const { newPageText, nextOrder, normalisePageId, pageIdPattern } = await import('../../src/site/new-page.ts');
  it('accepts the ways editors write a page path', () => {
    assert.equal(normalisePageId('/jag-ar-asylsokande/tandvard/'), 'jag-ar-asylsokande/tandvard');
    assert.equal(normalisePageId('content/sv/om-sverige/val.md'), 'om-sverige/val');
    assert.equal(pageIdPattern.test('om-sverige/val'), true);
    assert.equal(pageIdPattern.test('om-sverige/tandvård'), false);
  });
  it('puts a new page after its siblings', () => {
    assert.equal(nextOrder([10, 20, 35, undefined]), 40);
    assert.equal(nextOrder([]), 10);
  });
  it('writes frontmatter that the schema accepts', () => {
    const file = readContentFile(newPageText(new Date('2026-11-21'), 30), 'sv/a.md', 'content/sv/a.md');
    assert.equal(file.data.order, 30);
    assert.match(file.data.title, /TODO/);
  });
});
