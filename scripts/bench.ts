/**
 * npm run bench [-- --pages 300] [-- --words 350] [-- --no-search]
 * Generates synthetic content in all 11 languages, builds it, and prints what matters for
 * readers and for CI: build time, pages per second, peak memory, output size, bytes per page,
 * search-index size, and the bytes and time a first search costs in the browser.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { languageCodes, sourceLanguage } from '../src/i18n/languages.ts';
import { generatedPageUrl } from '../src/site/routes.ts';
import { builtPagePaths, gzipSize, isContentPagePath, measurePage } from '../tools/dist.ts';
import { listContentFiles } from '../src/content-files/read-fs.ts';
import { syntheticSite, vocabularyOf } from '../tools/synthetic-content.ts';
import { guideManifestUrl, type GuideManifest } from '../src/offline/guide-manifest.ts';
import { secondsToDownload, slowConnectionBitsPerSecond } from '../src/offline/format.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}
const pagesPerLanguage = option('pages', 300);
const wordsPerPage = option('words', 350);
const measureSearch = !process.argv.includes('--no-search');

const benchDir = path.resolve('.bench');
const contentRoot = path.join(benchDir, 'content');
const outDir = path.join(benchDir, 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(full);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += statSync(full).size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Resident memory of a process and all its children (Linux /proc), in bytes. */
function treeRss(rootPid: number): number {
  if (!existsSync('/proc')) return 0;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function buildSite(): Promise<{ seconds: number; peakRss: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let peakRss = 0;
    const child = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      env: { ...process.env, CONTENT_ROOT: contentRoot, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const timer = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 200);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`astro build exited with ${code}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakRss });
    });
  });
}

async function firstSearch(lang: string, term: string): Promise<{ bytes: number; gzipBytes: number; requests: number; milliseconds: number }> {
  const { chromium } = await import('@playwright/test');
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--disable-background-networking'] });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:4391${generatedPageUrl(lang, 'search')}`);
  let bytes = 0;
  let gzipBytes = 0;
  let requests = 0;
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      requests += 1;
      bytes += body.length;
      // Pagefind's index files are compressed already; text files would be gzipped by a server.
      gzipBytes += /\.(js|json|css)$/.test(new URL(response.url()).pathname) ? gzipSize(body) : body.length;
    } catch {
      // A response without a body (redirect) carries nothing to count.
    }
  });
  const started = performance.now();
  await page.getByRole('searchbox').fill(term);
  await page.getByRole('searchbox').press('Enter');
  await page.locator('site-search > .search-results li, .search-other li').first().waitFor({ timeout: 30_000 });
  const milliseconds = performance.now() - started;
  await page.waitForLoadState('networkidle');
  await browser.close();
  return { bytes, gzipBytes, requests, milliseconds };
}

/**
 * What saving each language's guide for offline reading costs: bytes on the wire (what the
 * reader's data plan pays, gzip for text), bytes stored, and the time at 400 kbps.
 */
function offlineGuideRows(siteDir: string, label: string): [string, string][] {
  return languageCodes.flatMap((lang): [string, string][] => {
    const file = path.join(siteDir, guideManifestUrl(lang));
    if (!existsSync(file)) return [];
    const guide = JSON.parse(readFileSync(file, 'utf8')) as GuideManifest;
    const seconds = secondsToDownload(guide.transferBytes);
    return [[`save the ${lang} guide offline (${label})`, `${mb(guide.transferBytes)} on the wire, ${mb(guide.bytes)} stored, ${guide.files.length} files; ${seconds.toFixed(0)} s at ${slowConnectionBitsPerSecond / 1000} kbps`]];
  });
}

async function main() {
  console.log(`Generating ${pagesPerLanguage} pages × ${languageCodes.length} languages (${wordsPerPage} words a page) …`);
  rmSync(benchDir, { recursive: true, force: true });
  const realContent = path.resolve('content');
  const vocabularies: Record<string, string[]> = {};
  for (const lang of languageCodes) {
    const text = listContentFiles(realContent).filter((file) => file.startsWith(`${lang}/`)).map((file) => readFileSync(path.join(realContent, file), 'utf8')).join('\n');
    vocabularies[lang] = vocabularyOf(text);
  }
  const files = syntheticSite(vocabularies, sourceLanguage, { pagesPerLanguage, pagesPerSection: 20, missingShare: 0.1, wordsPerPage });
  for (const file of files) {
    const target = path.join(contentRoot, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  console.log(`${files.length} content files written. Building …`);

  const { seconds, peakRss } = await buildSite();
  const pages = builtPagePaths(outDir);
  const contentPages = pages.filter(isContentPagePath);
  const weights = contentPages.map((pathname) => measurePage(outDir, pathname));
  const average = (pick: (weight: (typeof weights)[number]) => number) => weights.reduce((sum, weight) => sum + pick(weight), 0) / weights.length;
  const heaviest = [...weights].sort((a, b) => b.compressedBytes - a.compressedBytes)[0]!;
  const output = folderSize(outDir);
  const searchIndex = folderSize(path.join(outDir, 'pagefind'));
  const cssFiles = readdirSync(path.join(outDir, '_astro')).filter((name) => name.endsWith('.css'));
  const cssBytes = cssFiles.reduce((sum, name) => sum + statSync(path.join(outDir, '_astro', name)).size, 0);

  const rows: [string, string][] = [
    ['content files', String(files.length)],
    ['pages built', String(pages.length)],
    ['build time', `${seconds.toFixed(1)} s`],
    ['pages per second', (pages.length / seconds).toFixed(0)],
    ['peak memory (build process tree)', peakRss ? mb(peakRss) : 'n/a (no /proc)'],
    ['output size', `${mb(output.bytes)} in ${output.files} files`],
    ['HTML per content page (raw / gzip)', `${kb(average((weight) => weight.htmlBytes))} / ${kb(average((weight) => weight.htmlGzipBytes))}`],
    ['CSS, one cached file (raw / gzip)', `${kb(cssBytes)} / ${kb(cssFiles.reduce((sum, name) => sum + gzipSize(readFileSync(path.join(outDir, '_astro', name))), 0))}`],
    ['JS per content page (the offline control; raw / gzip)', `${average((weight) => weight.jsBytes).toFixed(0)} / ${average((weight) => weight.jsGzipBytes).toFixed(0)} bytes`],
    ['heaviest content page (HTML + CSS, gzip)', `${heaviest.pathname} ${kb(heaviest.compressedBytes)}`],
    ['search index (all languages)', `${mb(searchIndex.bytes)} in ${searchIndex.files} files`],
    ...offlineGuideRows(outDir, 'synthetic'),
    // The real site's figures come from the last `npm run build`, when there is one.
    ...(existsSync(path.resolve('dist')) ? offlineGuideRows(path.resolve('dist'), 'real content') : []),
  ];

  if (measureSearch) {
    const preview = spawn(process.execPath, [path.resolve('scripts/serve.ts'), '--dir', outDir, '--port', '4391'], { stdio: 'ignore' });
    try {
      // Wait until the server answers, not a fixed time.
      for (let attempt = 0; !(await fetch('http://127.0.0.1:4391/').then(() => true, () => false)); attempt += 1) {
        if (attempt > 100) throw new Error('The benchmark server did not start.');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const probes: [string, string][] = [['sv', vocabularies.sv![5]!], ['ar', vocabularies.ar![5]!], ['ti', vocabularies.ti![5]!]];
      for (const [lang, term] of probes) {
        const search = await firstSearch(lang, term);
        rows.push([`first search in ${lang} ("${term}")`, `${kb(search.bytes)} fetched in ${search.requests} requests (${kb(search.gzipBytes)} with gzip), first result after ${search.milliseconds.toFixed(0)} ms`]);
      }
    } finally {
      preview.kill();
    }
  }

  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\nBenchmark: ${pagesPerLanguage} pages × ${languageCodes.length} languages\n`);
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

await main();
