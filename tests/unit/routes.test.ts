import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitContentPath } from '../../src/content-files/file.ts';
import { languageLessPath, pageIdCandidates, pageUrl, relativeHref, slugOfPage, splitUrlPath, urlInLanguage } from '../../src/site/routes.ts';
import { ancestorIds } from '../../src/site/tree.ts';

describe('routes', () => {
  it('gives a page the same path in every language', () => {
    assert.equal(pageUrl('sv', 'jag-ar-asylsokande/lma-kortet'), '/sv/jag-ar-asylsokande/lma-kortet/');
    assert.equal(pageUrl('ti', 'jag-ar-asylsokande/lma-kortet'), '/ti/jag-ar-asylsokande/lma-kortet/');
  });

  it('serves a section page at the folder path and the home at the language root', () => {
    assert.equal(pageUrl('ar', 'om-sverige/index'), '/ar/om-sverige/');
    assert.equal(pageUrl('ar', 'index'), '/ar/');
    assert.equal(slugOfPage('a/b/index'), 'a/b');
  });

  it('gives a search result from another language’s index the same page in the reader’s language', () => {
    assert.equal(urlInLanguage('/sv/jag-ar-asylsokande/lma-kortet/', 'ti'), '/ti/jag-ar-asylsokande/lma-kortet/');
    assert.equal(urlInLanguage('/en/om-sverige/#halsa', 'prs'), '/prs/om-sverige/#halsa');
    assert.equal(urlInLanguage(pageUrl('sv', 'index'), 'ar'), pageUrl('ar', 'index'));
    assert.equal(urlInLanguage('https://example.org/sv/', 'ar'), 'https://example.org/sv/');
    assert.deepEqual(splitUrlPath(urlInLanguage('/sv/a/b/', 'ckb')), { lang: 'ckb', slug: 'a/b' });
  });

  it('splits a content path into language folder and page id', () => {
    assert.deepEqual(splitContentPath('prs/ukraina/tillfalligt-skydd.md'), { folder: 'prs', id: 'ukraina/tillfalligt-skydd' });
    assert.deepEqual(splitContentPath('sv\\a\\index.mdx'), { folder: 'sv', id: 'a/index' });
  });

  it('lists the section pages above a page', () => {
    assert.deepEqual(ancestorIds('a/b/c'), ['a/index', 'a/b/index']);
    assert.deepEqual(ancestorIds('a/index'), []);
    assert.deepEqual(ancestorIds('akut-hjalp'), []);
  });

  it('recognises language-less links and leaves others alone', () => {
    assert.deepEqual(languageLessPath('/om-sverige/att-paverka/#val'), { path: '/om-sverige/att-paverka/', hash: '#val' });
    assert.equal(languageLessPath('/sv/om-sverige/'), null, 'an explicit language is kept on purpose');
    assert.equal(languageLessPath('https://www.migrationsverket.se/'), null);
    assert.equal(languageLessPath('//cdn.example/x'), null);
    assert.equal(languageLessPath('#top'), null);
  });

  it('makes links relative so a fallback page links within its own language', () => {
    assert.equal(relativeHref('jag-ar-asylsokande/dagersattning', { path: '/jag-ar-asylsokande/lma-kortet/', hash: '' }), '../lma-kortet/');
    assert.equal(relativeHref('jag-ar-asylsokande/index', { path: '/jag-ar-asylsokande/lma-kortet/', hash: '' }), 'lma-kortet/');
    assert.equal(relativeHref('akut-hjalp', { path: '/mer-om-sverige/viktiga-ord/', hash: '#tolk' }), '../mer-om-sverige/viktiga-ord/#tolk');
    assert.equal(relativeHref('a/b', { path: '/a/b/', hash: '#x' }), '#x');
    assert.equal(relativeHref('a/b', { path: '/', hash: '' }), '../../');
  });

  it('resolves a path to the page ids it may name', () => {
    assert.deepEqual(pageIdCandidates('/om-sverige/'), ['om-sverige', 'om-sverige/index']);
    assert.deepEqual(pageIdCandidates('/'), ['index']);
  });
});
