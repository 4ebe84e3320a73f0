import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LanguageCode } from '../../src/i18n/languages.ts';
import { routeContext } from '../../src/site/route-context.ts';

// A translator that names its language, so a test sees which language a route was given.
const translatorFor = (lang: LanguageCode) => (key: string) => `${lang}:${key}`;
const site = new URL('https://nyisverige.example');

describe('route context', () => {
  it('builds a page made once per language in that language', () => {
    const context = routeContext({ props: { lang: 'ti' }, site }, translatorFor);
    assert.equal(context.lang, 'ti');
    assert.equal(context.t('home.title'), 'ti:home.title');
    assert.equal(context.siteUrl, site);
  });

  it('builds a content page in the language of its page, whatever its text is in', () => {
    const context = routeContext({ props: { page: { lang: 'prs' } }, site }, translatorFor);
    assert.equal(context.lang, 'prs');
    assert.equal(context.t('page.updated'), 'prs:page.updated');
  });

  it('stops with what to fix when getStaticPaths gave no site language', () => {
    assert.throws(() => routeContext({ props: {}, site }, translatorFor), /without a site language \(got undefined\)\n  → Its getStaticPaths must give/);
    assert.throws(() => routeContext({ props: { lang: 'fa-AF' }, site }, translatorFor), /got "fa-AF"/);
  });

  it('stops with what to fix when astro.config.ts has no site address', () => {
    assert.throws(() => routeContext({ props: { lang: 'sv' }, site: undefined }, translatorFor), /sets no `site`\n  → Set `site`/);
  });
});
