/**
 * The search probe (tests/search-probe/): everyday queries in every language, typed the way
 * newcomers type them. Issue #11 asked that at least 9 in 10 have the page that answers them in
 * the top 3; every query does now, so every query must keep doing so: a change to the content,
 * the vocabulary or the ranking that loses one fails here and names it.
 */
import { expect, test } from '@playwright/test';
import { languageCodes } from '../../src/i18n/languages.ts';
import { loadProbe, missingTargets, scoreQueries } from '../../tools/search-probe.ts';

for (const lang of languageCodes) {
  test(`search probe in ${lang}: every everyday query finds its page in the top 3`, async ({ page, baseURL }) => {
    const { probe, heldOut } = loadProbe(lang);
    expect(probe.length, 'queries in the probe').toBeGreaterThanOrEqual(10);
    expect(missingTargets(lang, [...probe, ...heldOut]), 'probe targets that are not pages in this language').toEqual([]);
    const score = await scoreQueries(page, baseURL!, lang, probe);
    expect(score.misses, 'queries whose page is not in the top 3').toEqual([]);
  });
}
