/**
 * The search probe (tests/search-probe/): everyday queries in every language, typed the way
 * newcomers type them. At least 9 in 10 must have the page that answers them in the top 3.
 */
import { expect, test } from '@playwright/test';
import { languageCodes } from '../../src/i18n/languages.ts';
import { loadProbe, missingTargets, scoreQueries } from '../../tools/search-probe.ts';

for (const lang of languageCodes) {
  test(`search probe in ${lang}: 9 in 10 everyday queries find their page in the top 3`, async ({ page, baseURL }) => {
    const { probe, heldOut } = loadProbe(lang);
    expect(probe.length, 'queries in the probe').toBeGreaterThanOrEqual(10);
    expect(missingTargets(lang, [...probe, ...heldOut]), 'probe targets that are not pages in this language').toEqual([]);
    const score = await scoreQueries(page, baseURL!, lang, probe);
    expect(score.hit3 / score.total, `misses: ${JSON.stringify(score.misses, null, 1)}`).toBeGreaterThanOrEqual(0.9);
  });
}
