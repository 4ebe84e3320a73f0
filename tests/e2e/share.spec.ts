/**
 * Staff handing a page over (issue #12): the share control on content pages with and without
 * JavaScript, copy to the clipboard, no request leaving the site until a messaging link is
 * followed; every QR code of the built site read back as its page's address (and a few as
 * Chromium paints them); the bilingual handouts printed to PDF in Arabic, Tigrinya and Ukrainian
 * beside Swedish; "report a problem"; axe on the control, the share view and the handout.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getLanguage, languageCodes, type LanguageCode } from '../../src/i18n/languages.ts';
import { isToolPageUrl, pageUrl, toolPageUrl } from '../../src/site/routes.ts';
import { problemReportAddress } from '../../src/site/site-config.ts';
import { runAxe } from '../support/axe.ts';
import { builtPages, htmlFileOf } from '../support/built-site.ts';
import { decodeQrPath, decodeRgba, qrSvgsIn } from '../support/qr-decode.ts';

const id = 'jag-ar-asylsokande/lma-kortet';

/** The public address of a page: what the build wrote as its canonical link (SITE_URL based). */
async function canonicalOf(page: Page): Promise<string> {
  return (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
}

async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  const results = await runAxe(page, include);
  expect(results.violations.map((violation) => `${page.url()}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ['sv', 'ar', 'ti'] as const) {
    test(`the share control in ${lang} shows the full address, the messaging links and the page in every language`, async ({ page }) => {
      await page.goto(pageUrl(lang, id));
      const address = await canonicalOf(page);
      const share = page.locator('details.share');
      await share.locator('summary').click();
      await expect(share.locator('[data-part="address"]')).toHaveText(address);
      await expect(share.locator('[data-part="address"]')).toHaveAttribute('href', address);
      const encoded = encodeURIComponent(address);
      const sends = await share.locator('[data-part="send"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(sends).toEqual([`sms:?&body=${encoded}`, `mailto:?body=${encoded}`, `https://wa.me/?text=${encoded}`]);
      const languages = share.locator('.share-languages a');
      await expect(languages).toHaveCount(languageCodes.length);
      const built = new Set(builtPages());
      for (const link of await languages.all()) {
        const href = (await link.getAttribute('href'))!;
        expect(built.has(href), `${href} is built`).toBe(true);
        const code = href.split('/')[1] as LanguageCode;
        await expect(link).toHaveAttribute('lang', getLanguage(code).htmlLang);
        await expect(link).toHaveText(getLanguage(code).endonym);
        expect(await link.getAttribute('data-address')).toBe(address.replace(`/${lang}/`, `/${code}/`));
      }
      // No buttons without the script: they would do nothing.
      await expect(share.locator('button')).toHaveCount(0);
      // Its share view works without JavaScript too: the QR code, the address, the links.
      await share.locator('[data-part="qr"]').click();
      await expect(page).toHaveURL(new RegExp(`${toolPageUrl('share', lang, id)}$`));
      await expect(page.locator('.share-qr figcaption')).toHaveText(address);
      await expect(page.locator('details.share [data-part="send"]').first()).toHaveAttribute('href', `sms:?&body=${encoded}`);
    });
  }
});

for (const lang of ['sv', 'ar', 'ti'] as const) {
  test(`with JavaScript in ${lang}: copy puts the full address on the clipboard, a language choice swaps every link, and nothing leaves the site until a messaging link is followed`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== 'data:') foreign.push(request.url());
    });
    await page.route('https://wa.me/**', (route) => route.fulfill({ status: 200, body: 'WhatsApp' }));
    await page.goto(pageUrl(lang, id));
    const address = await canonicalOf(page);
    const share = page.locator('details.share');
    await share.locator('summary').click();
    await share.locator('button[data-part="copy"]').click();
    await expect(share.locator('[data-part="status"]')).not.toBeEmpty();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);

    // The language list became a choice; picking Ukrainian changes the address and every link.
    await expect(share.locator('.share-languages')).toBeHidden();
    const ukrainian = address.replace(`/${lang}/`, '/uk/');
    await share.locator('select[data-part="language"]').selectOption(ukrainian);
    await expect(share.locator('[data-part="address"]')).toHaveText(ukrainian);
    const sends = await share.locator('[data-part="send"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(sends).toEqual([`sms:?&body=${encodeURIComponent(ukrainian)}`, `mailto:?body=${encodeURIComponent(ukrainian)}`, `https://wa.me/?text=${encodeURIComponent(ukrainian)}`]);
    await expect(share.locator('[data-part="qr"]')).toHaveAttribute('href', toolPageUrl('share', 'uk', id));
    await expect(share.locator('[data-part="handout"]')).toHaveAttribute('href', toolPageUrl('handout', 'uk', id));
    await share.locator('button[data-part="copy"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ukrainian);

    await expectNoAxeViolations(page, 'details.share');
    expect(foreign, 'requests to other sites before a messaging link is followed').toEqual([]);
    // Following a messaging link is the first request to anyone else, and it carries only the address.
    await share.locator('[data-part="send"][href^="https://wa.me/"]').click();
    await expect(page).toHaveURL(/^https:\/\/wa\.me\//);
    expect(foreign).toEqual([`https://wa.me/?text=${encodeURIComponent(ukrainian)}`]);
  });
}

test('every QR code the build made reads back as the address it stands for', () => {
  const tools = builtPages().filter(isToolPageUrl);
  let read = 0;
  const problems: string[] = [];
  for (const pathname of tools) {
    const codes = qrSvgsIn(readFileSync(htmlFileOf(pathname), 'utf8'));
    if (codes.length === 0) problems.push(`${pathname}: no QR code`);
    for (const code of codes) {
      const text = decodeQrPath(code.size, code.path);
      read += 1;
      if (text !== code.label) problems.push(`${pathname}: reads ${text}, stands for ${code.label}`);
    }
  }
  expect(problems).toEqual([]);
  // One per share view (every page in every language) and one per language on each handout.
  expect(read).toBeGreaterThan(tools.length);
});

test('QR codes as Chromium paints them open the page in their language', async ({ page, browser }) => {
  const canvas = await browser.newPage();
  const decoded: string[] = [];
  for (const pathname of [toolPageUrl('share', 'ar', id), toolPageUrl('share', 'ti', id), toolPageUrl('handout', 'uk', id)]) {
    await page.goto(pathname);
    for (const svg of await page.locator('svg.qr').all()) {
      const png = await svg.screenshot();
      // Read the screenshot's pixels on a blank page (the site's CSP rightly forbids data: images in scripts' hands).
      const pixels = await canvas.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const element = document.createElement('canvas');
        element.width = image.width;
        element.height = image.height;
        const context = element.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return { data: [...context.getImageData(0, 0, image.width, image.height).data], width: image.width, height: image.height };
      }, png.toString('base64'));
      decoded.push(decodeRgba(new Uint8ClampedArray(pixels.data), pixels.width, pixels.height) ?? 'unreadable');
    }
  }
  const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
  expect(decoded).toEqual([`${site}${pageUrl('ar', id)}`, `${site}${pageUrl('ti', id)}`, `${site}${pageUrl('uk', id)}`, `${site}${pageUrl('sv', id)}`]);
});

const handoutSamples = [
  { lang: 'ar', fonts: /Arab|Naskh|Kufi/i },
  { lang: 'ti', fonts: /Ethiopic|Abyssinica/i },
  { lang: 'uk', fonts: /./ },
] as const;

for (const sample of handoutSamples) {
  test(`the handout in ${sample.lang} and Swedish prints to PDF with both texts, directions, addresses and codes`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(toolPageUrl('handout', sample.lang, id));
    const reader = page.locator(`article.handout-text[lang="${getLanguage(sample.lang).htmlLang}"]`);
    const swedish = page.locator('article.handout-text[lang="sv"]');
    await expect(reader).toHaveAttribute('dir', getLanguage(sample.lang).dir);
    await expect(swedish).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('h1 span')).toHaveCount(2);
    await expect(page.locator('.site-nav, .language-picker, .skip-link')).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    const text = await page.locator('main').innerText();
    const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
    for (const code of [sample.lang, 'sv']) expect(text, `the ${code} address is printed`).toContain(`${origin}${pageUrl(code, id)}`);
    for (const number of [/112/, /1177/, /114\s14/]) expect(text).toMatch(number);
    await expect(page.locator('.handout-screen-only')).toBeHidden();
    await expect(page.locator('svg.qr')).toHaveCount(2);
    for (const qr of await page.locator('svg.qr').all()) await expect(qr).toBeVisible();
    // Each text in its own direction on paper too: the Arabic column's lines start at the right.
    expect(await reader.evaluate((element) => getComputedStyle(element).direction)).toBe(getLanguage(sample.lang).dir);

    // Which fonts drew the reader's text: glyphs of its script, not boxes.
    const client = await page.context().newCDPSession(page);
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const { root } = await client.send('DOM.getDocument');
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: `article.handout-text[lang="${getLanguage(sample.lang).htmlLang}"] h2` });
    const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((font) => font.familyName).join(', ')).toMatch(sample.fonts);

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: true });
      const raw = pdf.toString('latin1');
      expect(raw.startsWith('%PDF-'), format).toBe(true);
      const pages = raw.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      expect(pages, `${format} pages`).toBeGreaterThan(0);
      // The fonts embedded in the PDF include the one for the reader's script.
      const embedded = [...raw.matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/>]+)/g)].map((match) => match[1]).join(', ');
      expect(embedded, `${format} fonts`).toMatch(sample.fonts);
    }
  });
}

test('on a phone a handout lays out only the text near the screen; anchors reach the rest, and paper gets all of it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(toolPageUrl('handout', 'ar', id));
  const texts = page.locator('article.handout-text');
  await expect(texts).toHaveCount(2);
  const swedishEnd = page.locator('article.handout-text[lang="sv"] .prose > :last-child');
  // content-visibility: auto skips what is far below the first screen (checkVisibility says so).
  const laidOut = () => swedishEnd.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
  expect(await texts.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).contentVisibility))).toEqual(['auto', 'auto']);
  expect(await laidOut(), 'the end of the Swedish text is skipped on the first screen').toBe(false);
  // Still in the accessibility tree.
  await expect(page.getByRole('heading', { level: 2, name: (await page.locator('#sv-title').textContent())!, exact: true })).toHaveCount(1);
  // A link to the Swedish text scrolls to it and shows it.
  await page.goto(`${toolPageUrl('handout', 'ar', id)}#sv-title`);
  await expect(page.locator('#sv-title')).toBeInViewport();
  await swedishEnd.scrollIntoViewIfNeeded();
  await expect(swedishEnd).toBeInViewport();
  expect(await laidOut()).toBe(true);
  // On paper every line of both texts is laid out.
  await page.goto(toolPageUrl('handout', 'ar', id));
  await page.emulateMedia({ media: 'print' });
  expect(await texts.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).contentVisibility))).toEqual(['visible', 'visible']);
  expect(await laidOut(), 'the end of the Swedish text is printed').toBe(true);
});

test('a handout is not indexed but describes itself like its page, in the reader’s language', async ({ page }) => {
  for (const lang of ['sv', 'ar', 'ti'] as const) {
    await page.goto(pageUrl(lang, id));
    const description = (await page.locator('meta[name="description"]').getAttribute('content'))!;
    expect(description.length, `${lang} page description`).toBeGreaterThan(0);
    await page.goto(toolPageUrl('handout', lang, id));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', description);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  }
});

test('a Swedish page’s handout pairs Swedish with English, and the share views pass axe', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(toolPageUrl('handout', 'sv', id));
  await expect(page.locator('article.handout-text')).toHaveCount(2);
  await expect(page.locator('article.handout-text').nth(1)).toHaveAttribute('lang', 'en');
  for (const lang of ['sv', 'ar', 'ti']) {
    await page.goto(toolPageUrl('share', lang, id));
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    await expectNoAxeViolations(page);
  }
});

for (const lang of ['sv', 'ar', 'ti'] as const) {
  test(`"report a problem" in ${lang} opens an e-mail to the editors with the page, language and version`, async ({ page }) => {
    await page.goto(pageUrl(lang, id));
    const href = (await page.locator('.report-problem a').getAttribute('href'))!;
    expect(href.startsWith(`mailto:${problemReportAddress}?`)).toBe(true);
    const body = decodeURIComponent(/body=([^&]*)/.exec(href)![1]!);
    expect(body).toContain(`Page: ${await canonicalOf(page)}`);
    expect(body).toContain(`(${lang})`);
    expect(body).toMatch(/Version: [0-9a-f]{6,} \(updated \d{4}-\d\d-\d\d\)/);
  });
}

test('the staff part is in Swedish and English only, reached from their footers, and passes axe', async ({ page }) => {
  test.setTimeout(240_000);
  const built = new Set(builtPages());
  for (const staffId of ['for-personal/index', 'for-personal/anvanda-webbplatsen', 'for-personal/vem-gor-vad']) {
    for (const lang of ['sv', 'en'] as const) {
      await page.goto(pageUrl(lang, staffId));
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('.sources a').first()).toBeVisible();
      for (const href of await page.locator('.language-list a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
        expect(built.has(href), `picker link ${href}`).toBe(true);
      }
      await expectNoAxeViolations(page);
    }
    for (const lang of languageCodes.filter((code) => code !== 'sv' && code !== 'en')) expect(built.has(pageUrl(lang, staffId)), `${lang}/${staffId}`).toBe(false);
  }
  await page.goto(pageUrl('sv', 'akut-hjalp'));
  await page.locator(`.site-footer a[href="${pageUrl('sv', 'for-personal/index')}"]`).click();
  await expect(page.locator('h1')).toHaveText('För dig som arbetar med nyanlända');
  await page.goto(pageUrl('ar', 'akut-hjalp'));
  await expect(page.locator('.site-footer a[href*="for-personal"]')).toHaveCount(0);
});
