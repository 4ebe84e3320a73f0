/**
 * Each script is drawn with a font from its own stack (src/styles/tokens.css, chosen by the
 * registry's `script` through `data-script`), at phone width, with a screenshot to look at.
 * The stack a language gets follows the registry; the font the browser used must be one the
 * stack names, so text in Arabic script or Ge'ez is never left to whatever the system falls
 * back to.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getLanguage } from '../../src/i18n/languages.ts';
import { pageUrl } from '../../src/site/routes.ts';

const samples = [
  { lang: 'sv', stack: '--font-latin' },
  { lang: 'ar', stack: '--font-arabic' },
  { lang: 'ti', stack: '--font-ethiopic' },
] as const;

for (const sample of samples) {
  test(`at phone width, ${sample.lang} headings use the ${getLanguage(sample.lang).script} font stack and a font it names`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(pageUrl(sample.lang, 'jag-ar-asylsokande/lma-kortet'));
    const heading = page.locator('article h1');
    const { used, stack } = await heading.evaluate((element, variable) => ({
      used: getComputedStyle(element).fontFamily,
      stack: getComputedStyle(document.documentElement).getPropertyValue(variable).trim(),
    }), sample.stack);
    const names = (list: string) => list.split(',').map((name) => name.trim().replace(/^['"]|['"]$/g, ''));
    expect(names(used), 'the heading’s font-family is its script’s stack').toEqual(names(stack));

    // Ask the browser which installed font drew the heading.
    const client = await page.context().newCDPSession(page);
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const { root } = await client.send('DOM.getDocument');
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'article h1' });
    const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
    const drawnWith = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0]?.familyName ?? '';
    testInfo.annotations.push({ type: 'fonts', description: fonts.map((font) => `${font.familyName} (${font.glyphCount})`).join(', ') });
    const named = names(stack).filter((name) => name !== 'system-ui' && !name.startsWith('var('));
    expect(named.some((name) => drawnWith.startsWith(name)) || (sample.lang === 'sv' && names(stack)[0] === 'system-ui'), `drawn with ${drawnWith}, the stack names ${named.join(', ')}`).toBe(true);

    const screenshot = await page.screenshot({ fullPage: false });
    await testInfo.attach(`${sample.lang}-phone.png`, { body: screenshot, contentType: 'image/png' });
    await page.screenshot({ path: path.join('test-results', 'screenshots', `${sample.lang}-phone.png`) });
  });
}
