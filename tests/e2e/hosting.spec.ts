/**
 * The shipped host configurations (hosting/Caddyfile and hosting/nginx.conf, generated from
 * src/hosting/policy.ts) in the real servers over the built dist/, and `npm start`'s server: the headers of each kind of
 * file, precompressed brotli and gzip, each language's own 404 page, the redirect to the
 * trailing-slash URL, and reading and searching in Chromium under the header CSP without a
 * single policy violation or console error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { hashedAssetCache, headersFor, shortCache } from '../../src/hosting/policy.ts';
import { webServers } from '../../src/hosting/web-servers.ts';
import { getLanguage, languageCodes } from '../../src/i18n/languages.ts';
import { stringsFilePath } from '../../src/i18n/translator.ts';
import { projectServer, startServer, type RunningServer } from './host-servers.ts';

const dist = path.resolve('dist');
const firstPort = Number(process.env.HOSTING_TEST_PORT ?? 4339);

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A GET without any decoding, so the test sees exactly what the server sent. */
function get(origin: string, urlPath: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}${urlPath}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function expectPolicyHeaders(response: RawResponse, urlPath: string): void {
  for (const [name, value] of Object.entries(headersFor(urlPath))) {
    expect(response.headers[name.toLowerCase()], `${name} of ${urlPath}`).toBe(value);
  }
}

function notFoundTitle(code: string): string {
  return (JSON.parse(readFileSync(stringsFilePath(code), 'utf8')) as Record<string, string>)['notFound.title']!;
}

const decodeEntities = (html: string) =>
  html.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replaceAll('&quot;', '"').replaceAll('&amp;', '&');

const firstFile = (folder: string, suffix: string) =>
  `/${folder}/${readdirSync(path.join(dist, folder)).find((name) => name.endsWith(suffix))!}`;

/** Collects CSP violations and console errors from the moment the page starts. */
async function watchForViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return problems;
}

for (const [index, webServer] of [...webServers, projectServer].entries()) {
  test.describe(webServer.name, () => {
    test.describe.configure({ mode: 'serial' });
    const binary = webServer.find();
    test.skip(!binary, webServer.missingMessage);

    let server: RunningServer;
    test.beforeAll(async () => {
      server = await startServer(webServer, binary!, dist, firstPort + index);
    });
    test.afterAll(() => server?.stop());

    test('every kind of file carries the security headers and its cache lifetime', async () => {
      const cases: [string, string][] = [
        ['/', shortCache],
        ['/sv/', shortCache],
        ['/ar/sok/', shortCache],
        ['/pagefind/pagefind-entry.json', shortCache],
        ['/pagefind/pagefind.js', shortCache],
        ['/pagefind/pagefind-worker.js', shortCache],
        [firstFile('_astro', '.css'), hashedAssetCache],
        [firstFile('pagefind/fragment', '.pf_fragment'), hashedAssetCache],
        [firstFile('pagefind/index', '.pf_index'), hashedAssetCache],
        [firstFile('pagefind', '.pf_meta'), hashedAssetCache],
      ];
      for (const [urlPath, cache] of cases) {
        const response = await get(server.origin, urlPath);
        expect(response.status, urlPath).toBe(200);
        expectPolicyHeaders(response, urlPath);
        expect(response.headers['cache-control'], urlPath).toBe(cache);
      }
      const csp = (await get(server.origin, '/sv/')).headers['content-security-policy'];
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('wasm-unsafe-eval');
      expect((await get(server.origin, '/sv/sok/')).headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
      // Pagefind compiles its WebAssembly in this worker, which obeys its own response's policy.
      expect((await get(server.origin, '/pagefind/pagefind-worker.js')).headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
    });

    test('text files come precompressed as brotli or gzip, as the browser accepts', async () => {
      for (const urlPath of ['/sv/', firstFile('_astro', '.css'), '/pagefind/pagefind-entry.json']) {
        const file = path.join(dist, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
        const original = readFileSync(file);
        const br = await get(server.origin, urlPath, { 'accept-encoding': 'gzip, deflate, br' });
        expect(br.headers['content-encoding'], urlPath).toBe(server.preferredEncoding);
        expect(br.headers.vary, urlPath).toMatch(/accept-encoding/i);
        const decoded = server.preferredEncoding === 'br' ? brotliDecompressSync(br.body) : gunzipSync(br.body);
        expect(decoded.equals(original), `${urlPath} decodes to the file`).toBe(true);
        // The build's file, not one compressed on the fly.
        expect(br.body.equals(readFileSync(`${file}.${server.preferredEncoding === 'br' ? 'br' : 'gz'}`)), urlPath).toBe(true);
        const gz = await get(server.origin, urlPath, { 'accept-encoding': 'gzip' });
        expect(gz.headers['content-encoding'], urlPath).toBe('gzip');
        expect(gunzipSync(gz.body).equals(original), `${urlPath} gzip decodes to the file`).toBe(true);
        const plain = await get(server.origin, urlPath);
        expect(plain.headers['content-encoding'], urlPath).toBeUndefined();
        expect(plain.body.equals(original)).toBe(true);
      }
    });

    test('a missing page under /<lang>/ answers 404 with that language’s own page', async () => {
      for (const code of languageCodes) {
        const urlPath = `/${code}/finns-inte/alls/`;
        const response = await get(server.origin, urlPath);
        expect(response.status, urlPath).toBe(404);
        expectPolicyHeaders(response, urlPath);
        const html = decodeEntities(response.body.toString('utf8'));
        const language = getLanguage(code);
        expect(html, urlPath).toContain(`<html lang="${language.htmlLang}" dir="${language.dir}"`);
        expect(html, urlPath).toContain(`<h1>${notFoundTitle(code)}</h1>`);
        expect(html, urlPath).toContain(`href="/${code}/"`);
      }
      const outside = await get(server.origin, '/finns-inte/');
      expect(outside.status).toBe(404);
      expect(outside.body.toString('utf8')).toContain('class="not-found-list"');
    });

    test('an address without its trailing slash redirects to the one with it', async () => {
      for (const urlPath of ['/sv', '/ar/sok', '/en/jag-ar-asylsokande']) {
        const response = await get(server.origin, urlPath);
        expect([301, 308], urlPath).toContain(response.status);
        expect(response.headers.location, urlPath).toBe(`${urlPath}/`);
      }
    });

    test('reading and searching work in the browser under the header policy', async ({ page }) => {
      const problems = await watchForViolations(page);
      await page.goto(`${server.origin}/sv/`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
      await page.locator('main a[href^="/sv/jag-ar-asylsokande/"]').first().click();
      await expect(page.locator('main h1')).toBeVisible();
      // The stylesheet loaded: the skip link is moved out of sight by the site's CSS.
      expect(await page.locator('.skip-link').evaluate((link) => link.getBoundingClientRect().bottom <= 0 || getComputedStyle(link).position !== 'static')).toBe(true);

      await page.goto(`${server.origin}/sv/sok/`);
      await page.getByRole('searchbox').fill('personnummer');
      await page.getByRole('searchbox').press('Enter');
      // The first search loads Pagefind's WebAssembly and index: slow on a busy 2-core machine.
      await expect(page.locator('.search-status')).not.toHaveText(/^$|…/, { timeout: 20_000 });
      await expect(page.locator('site-search > .search-results a').first()).toBeVisible();
      expect(problems).toEqual([]);
    });
  });
}
