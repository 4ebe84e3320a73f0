import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { syntheticSite, vocabularyOf } from '../../tools/synthetic-content.ts';
import { hugoSite, type HugoLanguage } from '../../tools/hugo-site.ts';

describe('the Hugo site the benchmark compares with', () => {
  const vocabularies = {
    sv: vocabularyOf('---\ntitle: x\n---\nDu kan söka asyl hos Migrationsverket när du kommer till Sverige.'),
    ar: vocabularyOf('---\ntitle: x\n---\nيمكنك طلب اللجوء لدى مصلحة الهجرة عندما تصل إلى السويد.'),
  };
  const languages: HugoLanguage[] = [
    { code: 'sv', htmlLang: 'sv', dir: 'ltr', endonym: 'Svenska' },
    { code: 'ar', htmlLang: 'ar', dir: 'rtl', endonym: 'العربية' },
  ];
  const synthetic = syntheticSite(vocabularies, 'sv', { pagesPerLanguage: 40, pagesPerSection: 10, missingShare: 0.3, wordsPerPage: 60 });
  const site = hugoSite(synthetic, languages, 'sv');
  const content = (lang: string) => site.filter((file) => file.path.startsWith(`content/${lang}/`) && !/^content\/\w+\/_index\.md$/.test(file.path));

  it('has every page in every language: a translation, or the Swedish text as a fallback', () => {
    assert.equal(content('sv').length, 40);
    assert.equal(content('ar').length, 40);
    const fallbacks = content('ar').filter((file) => file.text.startsWith('---\nfallback: true\n'));
    const missing = 40 - synthetic.filter((file) => file.path.startsWith('ar/')).length;
    assert.ok(missing > 0, 'the synthetic site leaves some translations out');
    assert.equal(fallbacks.length, missing);
    for (const fallback of fallbacks) assert.ok(synthetic.some((file) => file.path.startsWith('sv/') && fallback.text.endsWith(file.text.slice(4))));
  });

  it('keeps each Markdown body as it is and names section pages as Hugo expects', () => {
    const source = synthetic.find((file) => file.path === 'sv/avsnitt-001/sida-00001.md')!;
    assert.equal(site.find((file) => file.path === 'content/sv/avsnitt-001/sida-00001.md')?.text, source.text);
    assert.ok(site.some((file) => file.path === 'content/sv/avsnitt-001/_index.md'));
    assert.ok(!site.some((file) => file.path.endsWith('/index.md')));
  });

  it('configures each language with its own folder and direction, and indexes only real texts', () => {
    const config = JSON.parse(site.find((file) => file.path === 'config.json')!.text);
    assert.deepEqual(config.languages.ar, { contentDir: 'content/ar', languageName: 'العربية', languageDirection: 'rtl', weight: 2, params: { htmlLang: 'ar' } });
    assert.equal(config.defaultContentLanguage, 'sv');
    for (const layout of ['layouts/_default/single.html', 'layouts/_default/list.html']) {
      assert.match(site.find((file) => file.path === layout)!.text, /\{\{ if not \.Params\.fallback \}\} data-pagefind-body\{\{ end \}\}/);
    }
  });
});
