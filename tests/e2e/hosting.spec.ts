/**
 * The shipped Caddy configuration (hosting/Caddyfile, generated from src/hosting/policy.ts) in a
 * real Caddy over the built dist/: the headers of each kind of file, precompressed brotli and
 * gzip, each language's own 404 page, the redirect to the trailing-slash URL, and reading and
 * searching in Chromium under the header CSP without a single policy violation.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { caddyMissingMessage, findCaddy } from '../../src/hosting/caddy.ts';
import { hashedAssetCache, headersFor, shortCache } from '../../src/hosting/policy.ts';
import { getLanguage, languageCodes } from '../../src/i18n/languages.ts';
import { stringsFilePath } from '../../src/lib/ui-strings.ts';

const dist = path.resolve('dist');
const port = Number(process.env.CADDY_TEST_PORT ?? 4339);
const origin = `http://127.0.0.1:${port}`;
const caddy = findCaddy();

test.describe.configure({ mode: 'serial' });
test.skip(!caddy, caddyMissingMessage);

let server: ChildProcess | undefined;
let workDir = '';

test.beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'caddy-test-'));
  // The shipped file as it is, behind a global block for the test only: no admin port (so two
  // runs cannot collide) and no HTTPS on a loopback address.
  const config = path.join(workDir, 'Caddyfile');
  writeFileSync(config, `{\n\tadmin off\n\tauto_https off\n}\n${readFileSync('hosting/Caddyfile', 'utf8')}`);
  server = spawn(caddy!, ['run', '--config', config, '--adapter', 'caddyfile'], {
    env: { ...process.env, SITE_ADDRESS: origin, SITE_ROOT: dist, XDG_DATA_HOME: workDir, XDG_CONFIG_HOME: workDir, HOME: workDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`Caddy stopped at start:\n${log}`);
    if (await get('/').then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Caddy did not answer on ${origin} within 10 s:\n${log}`);
});

test.afterAll(() => {
  server?.kill();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A GET without any decoding, so the test sees exactly what the server sent. */
function get(urlPath: string, headers: Record<string, string> = {}): Promise<RawResponse> {
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
    const response = await get(urlPath);
    expect(response.status, urlPath).toBe(200);
    expectPolicyHeaders(response, urlPath);
    expect(response.headers['cache-control'], urlPath).toBe(cache);
  }
  const csp = (await get('/sv/')).headers['content-security-policy'];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('wasm-unsafe-eval');
  expect((await get('/sv/sok/')).headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
  // Pagefind compiles its WebAssembly in this worker, which obeys its own response's policy.
  expect((await get('/pagefind/pagefind-worker.js')).headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
});

test('text files come precompressed as brotli or gzip, as the browser accepts', async () => {
  for (const urlPath of ['/sv/', firstFile('_astro', '.css'), '/pagefind/pagefind-entry.json']) {
    const file = path.join(dist, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    const original = readFileSync(file);
    const br = await get(urlPath, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding'], urlPath).toBe('br');
    expect(br.headers.vary, urlPath).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).equals(original), `${urlPath} br decodes to the file`).toBe(true);
    expect(br.body.length).toBe(readFileSync(`${file}.br`).length);
    const gz = await get(urlPath, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding'], urlPath).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original), `${urlPath} gzip decodes to the file`).toBe(true);
    const plain = await get(urlPath);
    expect(plain.headers['content-encoding'], urlPath).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  }
});

test('a missing page under /<lang>/ answers 404 with that language’s own page', async () => {
  for (const code of languageCodes) {
    const urlPath = `/${code}/finns-inte/alls/`;
    const response = await get(urlPath);
    expect(response.status, urlPath).toBe(404);
    expectPolicyHeaders(response, urlPath);
    const html = decodeEntities(response.body.toString('utf8'));
    const language = getLanguage(code);
    expect(html, urlPath).toContain(`<html lang="${language.htmlLang}" dir="${language.dir}"`);
    expect(html, urlPath).toContain(`<h1>${notFoundTitle(code)}</h1>`);
    expect(html, urlPath).toContain(`href="/${code}/"`);
  }
  const outside = await get('/finns-inte/');
  expect(outside.status).toBe(404);
  expect(outside.body.toString('utf8')).toContain('class="not-found-list"');
});

test('an address without its trailing slash redirects to the one with it', async () => {
  for (const urlPath of ['/sv', '/ar/sok', '/en/jag-ar-asylsokande']) {
    const response = await get(urlPath);
    expect([301, 308], urlPath).toContain(response.status);
    expect(response.headers.location, urlPath).toBe(`${urlPath}/`);
  }
});

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

test('reading and searching work in the browser under the header policy', async ({ page }) => {
  const problems = await watchForViolations(page);
  await page.goto(`${origin}/sv/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await page.locator('main a[href^="/sv/jag-ar-asylsokande/"]').first().click();
  await expect(page.locator('main h1')).toBeVisible();
  // The stylesheet loaded: the skip link is moved out of sight by the site's CSS.
  expect(await page.locator('.skip-link').evaluate((link) => link.getBoundingClientRect().bottom <= 0 || getComputedStyle(link).position !== 'static')).toBe(true);

  await page.goto(`${origin}/sv/sok/`);
  await page.getByRole('searchbox').fill('personnummer');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.locator('.search-status')).not.toHaveText(/^$|…/);
  await expect(page.locator('site-search > .search-results a').first()).toBeVisible();
  expect(problems).toEqual([]);
});
