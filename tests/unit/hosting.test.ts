import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { gzipForHosts, moveLanguageNotFoundPages, precompress } from '../../src/hosting/build-output.ts';
import { caddyfile, headersFile, nginxServerBlock, redirectsFile } from '../../src/hosting/host-configs.ts';
import { acceptedPrecompressed, hashedAssetCache, headersFor, matchesPattern, notFoundPageFor, shortCache } from '../../src/hosting/policy.ts';
import { languageCodes } from '../../src/i18n/languages.ts';
import { contentSecurityPolicy } from '../../src/site/csp.ts';

describe('hosting policy', () => {
  it('allows WebAssembly only on the search pages and in Pagefind’s worker', () => {
    for (const urlPath of ['/sv/sok/', '/ar/sok/', '/pagefind/pagefind-worker.js']) {
      assert.match(headersFor(urlPath)['Content-Security-Policy']!, /'wasm-unsafe-eval'/, urlPath);
    }
    for (const urlPath of ['/', '/sv/', '/sv/sokande/', '/sv/jag-ar-asylsokande/lma-kortet/', '/pagefind/pagefind.js']) {
      assert.doesNotMatch(headersFor(urlPath)['Content-Security-Policy']!, /wasm/, urlPath);
    }
  });

  it('puts frame-ancestors in the header only: browsers ignore it in a meta tag, with an error', () => {
    assert.match(headersFor('/sv/')['Content-Security-Policy']!, /frame-ancestors 'none'/);
    assert.doesNotMatch(contentSecurityPolicy({ webAssembly: false }), /frame-ancestors/);
    for (const directive of ["base-uri 'self'", "form-action 'self'", "worker-src 'self'", "manifest-src 'self'", "object-src 'none'"]) {
      assert.ok(headersFor('/sv/')['Content-Security-Policy']!.includes(directive), directive);
    }
  });

  it('sends the security headers on every response', () => {
    const headers = headersFor('/_astro/x.css');
    assert.equal(headers['X-Content-Type-Options'], 'nosniff');
    assert.equal(headers['Referrer-Policy'], 'no-referrer');
    assert.match(headers['Strict-Transport-Security']!, /^max-age=\d{8}/);
    assert.match(headers['Permissions-Policy']!, /camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it('caches hashed files for a year and everything else briefly', () => {
    for (const urlPath of ['/_astro/routes.EhUgWKZe.css', '/pagefind/fragment/sv_1a2b3c.pf_fragment', '/pagefind/index/ar_9f.pf_index', '/pagefind/pagefind.sv_0a1b2c3d.pf_meta']) {
      assert.equal(headersFor(urlPath)['Cache-Control'], hashedAssetCache, urlPath);
    }
    for (const urlPath of ['/', '/sv/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.sv.pagefind', '/sitemap-index.xml']) {
      assert.equal(headersFor(urlPath)['Cache-Control'], shortCache, urlPath);
    }
    assert.equal(matchesPattern('/pagefind/*.pf_meta', '/pagefind/x/y.pf_meta'), false);
  });

  it('answers a missing page with its language’s own 404 page', () => {
    assert.equal(notFoundPageFor('/ar/finns-inte/'), '/ar/404.html');
    assert.equal(notFoundPageFor('/prs/a/b/c'), '/prs/404.html');
    assert.equal(notFoundPageFor('/xx/'), '/404.html');
    assert.equal(notFoundPageFor('/svx/'), '/404.html');
  });
});

describe('host configurations', () => {
  it('the committed hosting/ files are what the policy generates (npm run hosting:config)', () => {
    assert.equal(readFileSync('hosting/Caddyfile', 'utf8'), caddyfile());
    assert.equal(readFileSync('hosting/nginx.conf', 'utf8'), nginxServerBlock());
  });

  it('nginx repeats every header in every location, since add_header there replaces the outer ones', () => {
    const locations = nginxServerBlock().split(/\n    location /).slice(1);
    assert.ok(locations.length >= 2 + 2 * languageCodes.length);
    for (const location of locations) {
      for (const name of Object.keys(headersFor('/'))) assert.ok(location.includes(`add_header ${name} `), `${name} in location ${location.split('\n')[0]}`);
    }
  });

  it('_headers sets each header in one rule only, since the hosts join values from overlapping rules', () => {
    const rules = headersFile().split('\n').filter((line) => line && !line.startsWith('#')).join('\n').split(/\n(?=\/)/);
    const everything = rules.find((rule) => rule.startsWith('/*\n'))!;
    assert.doesNotMatch(everything, /Cache-Control/);
    for (const rule of rules.filter((rule) => rule !== everything)) assert.deepEqual(rule.split('\n').slice(1), [`  Cache-Control: ${hashedAssetCache}`]);
  });

  it('_redirects serves each language’s 404 page', () => {
    for (const code of languageCodes) assert.ok(redirectsFile().includes(`/${code}/*  /${code}/404.html  404\n`), code);
  });
});

describe('build output for hosts', () => {
  it('writes .br and .gz beside text files, and leaves other files alone', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    try {
      const html = '<!doctype html><p>Hej</p>'.repeat(50);
      mkdirSync(path.join(outDir, 'sv'));
      writeFileSync(path.join(outDir, 'sv', 'index.html'), html);
      writeFileSync(path.join(outDir, 'logo.png'), 'png');
      const totals = await precompress(outDir);
      assert.equal(totals.files, 1);
      assert.equal(brotliDecompressSync(readFileSync(path.join(outDir, 'sv', 'index.html.br'))).toString(), html);
      assert.equal(gunzipSync(readFileSync(path.join(outDir, 'sv', 'index.html.gz'))).toString(), html);
      assert.equal(existsSync(path.join(outDir, 'logo.png.br')), false);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('keeps a .gz copy an earlier step wrote, makes its .br copy, and counts its size', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    try {
      const html = '<!doctype html><p>Hej</p>'.repeat(50);
      const page = path.join(outDir, 'index.html');
      writeFileSync(page, html);
      // The offline step's copy, made with gzipForHosts from the page's final content.
      const copy = gzipForHosts(Buffer.from(html));
      writeFileSync(`${page}.gz`, copy);
      const before = statSync(`${page}.gz`).mtimeMs;
      const totals = await precompress(outDir, 4, new Map([[page, copy.length]]));
      assert.equal(totals.gzipBytes, copy.length);
      assert.equal(statSync(`${page}.gz`).mtimeMs, before, 'the copy is not written again');
      assert.equal(brotliDecompressSync(readFileSync(`${page}.br`)).toString(), html);
      // gzipForHosts makes the bytes precompress makes.
      rmSync(`${page}.gz`);
      await precompress(outDir);
      assert.deepEqual(readFileSync(`${page}.gz`), copy);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('moves /<lang>/404/index.html to /<lang>/404.html, where hosts look for it', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'not-found-'));
    try {
      mkdirSync(path.join(outDir, 'ar', '404'), { recursive: true });
      writeFileSync(path.join(outDir, 'ar', '404', 'index.html'), 'ar');
      assert.equal(moveLanguageNotFoundPages(outDir), 1);
      assert.equal(readFileSync(path.join(outDir, 'ar', '404.html'), 'utf8'), 'ar');
      assert.equal(existsSync(path.join(outDir, 'ar', '404')), false);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe('precompressed copies for npm start', () => {
  it('prefers brotli, then gzip, as the browser accepts them', () => {
    assert.deepEqual(acceptedPrecompressed('gzip, deflate, br, zstd').map(({ suffix }) => suffix), ['.br', '.gz']);
    assert.deepEqual(acceptedPrecompressed('gzip').map(({ suffix }) => suffix), ['.gz']);
    assert.deepEqual(acceptedPrecompressed('br;q=0, gzip;q=0.5').map(({ suffix }) => suffix), ['.gz']);
    assert.deepEqual(acceptedPrecompressed(undefined), []);
    assert.deepEqual(acceptedPrecompressed('identity'), []);
  });
});
