import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentProblems, offerPageTexts, pageBody, renderPageText, type RenderMarkdown } from '../../src/integrations/page-text.ts';

/** A renderer that wraps the body it is given. */
function fakeRenderer(): { renderMarkdown: RenderMarkdown } {
  const renderMarkdown = (async (content: string) => {
    return { html: `<p>${content.replace('---\n---\n', '')}</p>`, metadata: { headings: [{ depth: 2, slug: 'a', text: 'A' }] } };
  }) as unknown as RenderMarkdown;
  return { renderMarkdown };
}

const bodies = (text: string) => new Map([['sv/asyl/lma', { body: text, fileURL: new URL('file:///content/sv/asyl/lma.md') }]]);

describe('page texts handed from the content loader to the routes', () => {
  it('render a body with the loader’s renderer, its frontmatter guard stripped, with headings', async () => {
    const { renderMarkdown } = fakeRenderer();
    offerPageTexts({ renderMarkdown, bodies: bodies('Text'), problems: [] });
    assert.deepEqual(await renderPageText('sv/asyl/lma'), { html: '<p>Text</p>', headings: [{ depth: 2, slug: 'a', text: 'A' }] });
    assert.equal(pageBody('sv/asyl/lma'), 'Text');
    assert.deepEqual(contentProblems(), []);
  });

  it('say which entry has no text, and pass on the loader’s problems', async () => {
    const { renderMarkdown } = fakeRenderer();
    offerPageTexts({ renderMarkdown, bodies: bodies('Text'), problems: ['content/sv/x.md:2: …'] });
    await assert.rejects(renderPageText('ar/asyl/lma'), /No text for the content entry ar\/asyl\/lma/);
    assert.deepEqual(contentProblems(), ['content/sv/x.md:2: …']);
  });
});
