/**
 * npm run bench [-- --pages 300] [-- --words 350] [-- --no-search] [-- --no-hugo] [-- --dir .bench] [-- --real-only]
 * Generates synthetic content in all 11 languages, builds it, and prints what matters for
 * readers and for CI: the build's CPU seconds (user + system of the whole process tree), wall
 * time and whole-tree peak memory, pages per second, output size, bytes per page, search-index
 * size, and the bytes and time a first search costs in the browser. When `hugo` is on PATH it
 * builds the same pages as a Hugo site indexed by Pagefind's CLI (tools/hugo-site.ts) and prints
 * our CPU seconds over theirs; `--no-hugo` skips that.
 * Then, on the real site in dist/ (run `npm run build` first): the search probe's hit@1 and
 * hit@3 per language (tests/search-probe/), and the time to a first result on a slow phone
 * connection (400 kbps, 400 ms round trip, emulated through Chromium's DevTools protocol).
 * `--real-only` skips the synthetic site and measures only dist/; `--no-probe` skips the probe.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { languageCodes, languages, sourceLanguage } from '../src/i18n/languages.ts';
import { generatedPageUrl } from '../src/site/routes.ts';
import { builtPagePaths, gzipSize, isContentPagePath, measurePage } from '../tools/dist.ts';
import { listContentFiles } from '../src/checks/content-tree-fs.ts';
import { syntheticSite, vocabularyOf, type SyntheticFile } from '../tools/synthetic-content.ts';
import { hugoSite } from '../tools/hugo-site.ts';
import { probeRows } from '../tools/search-probe.ts';
import { playwrightChromiumArgs, systemChromium } from '../tools/chromium.ts';
import { guideManifestUrl, type GuideManifest } from '../src/offline/guide-manifest.ts';
import { secondsToDownload, slowConnectionBitsPerSecond } from '../src/offline/format.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}
const pagesPerLanguage = option('pages', 300);
const wordsPerPage = option('words', 350);
const measureSearch = !process.argv.includes('--no-search');
const realOnly = process.argv.includes('--real-only');
const realDist = path.resolve('dist');

function textOption(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1]!;
}
// `--dir` lets two sizes run side by side (each build's CPU and memory are its own process tree's).
const benchDir = path.resolve(textOption('dir', '.bench'));
const contentRoot = path.join(benchDir, 'content');
const outDir = path.join(benchDir, 'dist');
const hugoDir = path.join(benchDir, 'hugo');
const compareWithHugo = !process.argv.includes('--no-hugo');
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

/** Resident memory of a process and all its children (Linux /proc), in bytes, in all and by program name. */
function treeRss(rootPid: number): { total: number; byProgram: Map<string, number> } {
  if (!existsSync('/proc')) return { total: 0, byProgram: new Map() };
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
  const byProgram = new Map<string, number>();
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      // The program's file name (node's main thread calls itself MainThread in `Name:`).
      const program = path.basename(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '?');
      total += rss;
      byProgram.set(program, (byProgram.get(program) ?? 0) + rss);
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, byProgram };
}

/**
 * CPU seconds (user, system) of every child this process has waited for, and of their own
 * waited-for children (Linux /proc/self/stat cutime, cstime). Read before and after the build,
 * the difference is the whole build tree's CPU, workers and helper processes included. Clock
 * ticks are 100 a second on every Linux the project runs on.
 */
function reapedChildrenCpu(): { user: number; system: number } | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
  return { user: Number(fields[13]) / 100, system: Number(fields[14]) / 100 };
}

interface BuildFigures {
  seconds: number;
  peakRss: number;
  /** What each program held at the moment of the peak (node, pagefind_extended, hugo). */
  peakByProgram: Map<string, number>;
  cpu: { user: number; system: number } | undefined;
}

/**
 * Runs commands one after another and measures them as one build: wall time, CPU seconds of
 * every process they start (workers and helper binaries included) and the whole tree's peak
 * resident memory, sampled every 200 ms.
 */
async function measureCommands(commands: { command: string; args: string[]; env?: NodeJS.ProcessEnv; cwd?: string }[]): Promise<BuildFigures> {
  const started = performance.now();
  const cpuBefore = reapedChildrenCpu();
  let peakRss = 0;
  let peakByProgram = new Map<string, number>();
  const sample = (pid: number) => {
    const { total, byProgram } = treeRss(pid);
    if (total > peakRss) [peakRss, peakByProgram] = [total, byProgram];
  };
  for (const { command, args, env, cwd } of commands) {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(command, args, { env: { ...process.env, ...env }, cwd, stdio: ['ignore', 'ignore', 'inherit'] });
      const timer = setInterval(() => sample(child.pid!), 200);
      child.on('error', reject);
      // 'close', not 'exit': by then Node has reaped the child, so its CPU is in cutime/cstime.
      child.on('close', (code) => {
        clearInterval(timer);
        if (code !== 0) reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`));
        else resolve();
      });
    });
  }
  const cpuAfter = reapedChildrenCpu();
  const cpu = cpuBefore && cpuAfter ? { user: cpuAfter.user - cpuBefore.user, system: cpuAfter.system - cpuBefore.system } : undefined;
  return { seconds: (performance.now() - started) / 1000, peakRss, peakByProgram, cpu };
}

function buildSite(): Promise<BuildFigures> {
  return measureCommands([
    { command: process.execPath, args: [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], env: { CONTENT_ROOT: contentRoot, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' } },
  ]);
}

/** Where a command is on PATH, or undefined. */
function onPath(command: string): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(folder, command);
    if (folder && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The binary the pagefind package runs (its Node API starts the same one), so both sites get the same indexer. */
async function pagefindBinary(): Promise<string> {
  const resolver = (await import(pathToFileURL(path.resolve('node_modules/pagefind/lib/resolveBinary.js')).href)) as { resolveBinaryPath: (names: string[]) => string };
  return resolver.resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/** The same synthetic pages as a Hugo site (tools/hugo-site.ts), built with hugo and indexed by Pagefind's CLI. */
async function buildHugoSite(files: SyntheticFile[], hugo: string): Promise<BuildFigures & { pages: number }> {
  for (const file of hugoSite(files, languages, sourceLanguage)) {
    const target = path.join(hugoDir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  const publicDir = path.join(hugoDir, 'public');
  const figures = await measureCommands([
    { command: hugo, args: ['--quiet', '--source', hugoDir, '--destination', publicDir], cwd: hugoDir },
    { command: await pagefindBinary(), args: ['--site', publicDir, '--quiet'], cwd: hugoDir },
  ]);
  const pages = builtPagePaths(publicDir).length;
  return { ...figures, pages };
}

const peakText = (figures: BuildFigures) =>
  figures.peakRss ? `${mb(figures.peakRss)} (${[...figures.peakByProgram].map(([program, bytes]) => `${program} ${mb(bytes)}`).join(', ')})` : 'n/a (no /proc)';
const cpuSeconds = (figures: BuildFigures) => (figures.cpu ? figures.cpu.user + figures.cpu.system : Number.NaN);
const cpuText = (figures: BuildFigures) => (figures.cpu ? `${cpuSeconds(figures).toFixed(1)} s (${figures.cpu.user.toFixed(1)} + ${figures.cpu.system.toFixed(1)})` : 'n/a (no /proc)');

async function launchChromium() {
  const { chromium } = await import('@playwright/test');
  const executablePath = systemChromium();
  // The same switches as the browser tests: no network of its own, none of Chrome's interface.
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: playwrightChromiumArgs() });
}

/**
 * A first search on a slow phone connection: 400 kbps both ways, 400 ms round trip. The reader
 * opens the search page, taps the box, types the query at about five letters a second and
 * presses Enter. Returns the time from pressing Enter, and from tapping the box, to the first
 * result on screen, and how many files were fetched twice.
 */
async function slowFirstSearch(baseUrl: string, lang: string, term: string): Promise<{ fromEnter: number; fromFocus: number; requests: number; repeated: number; repeatedFiles: string[]; found: number }> {
  const browser = await launchChromium();
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  const bytesPerSecond = (400 * 1000) / 8;
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto(`${baseUrl}/${lang}/sok/`, { waitUntil: 'load', timeout: 120_000 });
  const box = page.getByRole('searchbox');
  const focused = performance.now();
  await box.focus();
  await box.pressSequentially(term, { delay: 200 });
  const entered = performance.now();
  await box.press('Enter');
  await page.waitForFunction(
    () => {
      const element = document.querySelector('site-search');
      if (element?.querySelector('.search-results li')) return true;
      const status = element?.querySelector('.search-status')?.textContent?.trim() ?? '';
      return status !== '' && element?.getAttribute('aria-busy') !== 'true';
    },
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  const done = performance.now();
  const found = await page.locator('site-search .search-results li').count();
  const repeatedFiles = fetched.filter((url, index) => fetched.indexOf(url) !== index);
  await page.waitForLoadState('networkidle');
  await browser.close();
  return { fromEnter: done - entered, fromFocus: done - focused, requests: fetched.length, repeated: repeatedFiles.length, repeatedFiles, found };
}

/** Search measures on the real site in dist/: the probe, and a first search on a slow connection. */
async function realSiteRows(): Promise<[string, string][]> {
  if (!existsSync(path.join(realDist, 'pagefind'))) return [['real site', 'dist/ has no search index: run npm run build first']];
  const port = 4392;
  const server = spawn(process.execPath, [path.resolve('scripts/serve.ts'), '--dir', realDist, '--port', String(port)], { stdio: 'ignore' });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const browser = await launchChromium();
    const page = await browser.newPage();
    const { rows, misses } = process.argv.includes('--no-probe') ? { rows: [], misses: [] } : await probeRows(page, baseUrl, languageCodes);
    await browser.close();
    for (const [lang, term] of [['ar', 'دكتور'], ['sv', 'avslag'], ['ti', 'ዶክተር']] as const) {
      const slow = await slowFirstSearch(baseUrl, lang, term);
      rows.push([
        `slow phone (400 kbps, 400 ms) first search in ${lang}`,
        `${slow.found > 0 ? 'first result' : 'answer (nothing found)'} ${(slow.fromEnter / 1000).toFixed(1)} s after Enter, ${(slow.fromFocus / 1000).toFixed(1)} s after tapping the box; ${slow.requests} requests, ${slow.repeated} repeated${slow.repeated ? ` (${slow.repeatedFiles.map((url) => new URL(url).pathname).join(', ')})` : ''}`,
      ]);
    }
    if (misses.length > 0) rows.push(['probe misses', `\n  ${misses.join('\n  ')}`]);
    return rows;
  } finally {
    server.kill();
  }
}

async function firstSearch(lang: string, term: string): Promise<{ bytes: number; gzipBytes: number; requests: number; milliseconds: number }> {
  const browser = await launchChromium();
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

/** Hugo + Pagefind on the same pages, and our build's CPU seconds over theirs (the bar is 1.5). */
async function hugoRows(files: SyntheticFile[], ours: BuildFigures): Promise<[string, string][]> {
  if (!compareWithHugo) return [];
  const hugo = onPath('hugo');
  if (!hugo) return [['Hugo + Pagefind', 'hugo not found (Debian: apt-get install hugo); no comparison']];
  console.log('Building the same pages with Hugo + Pagefind …');
  const theirs = await buildHugoSite(files, hugo);
  return [
    ['Hugo + Pagefind: pages built', String(theirs.pages)],
    ['Hugo + Pagefind: CPU (user + system, whole tree)', cpuText(theirs)],
    ['Hugo + Pagefind: wall time', `${theirs.seconds.toFixed(1)} s`],
    ['Hugo + Pagefind: peak memory', peakText(theirs)],
    ['CPU seconds, ours / Hugo + Pagefind', `${(cpuSeconds(ours) / cpuSeconds(theirs)).toFixed(2)}×`],
  ];
}

async function main() {
  if (realOnly) {
    printRows('Search on the real site (dist/)', await realSiteRows());
    return;
  }
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

  const build = await buildSite();
  const { seconds } = build;
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
    ['build CPU (user + system, whole process tree)', cpuText(build)],
    ['build wall time', `${seconds.toFixed(1)} s`],
    ['pages per second', (pages.length / seconds).toFixed(0)],
    ['peak memory (whole process tree, sampled every 200 ms)', peakText(build)],
    ['output size', `${mb(output.bytes)} in ${output.files} files`],
    ['HTML per content page (raw / gzip)', `${kb(average((weight) => weight.htmlBytes))} / ${kb(average((weight) => weight.htmlGzipBytes))}`],
    ['CSS, one cached file (raw / gzip)', `${kb(cssBytes)} / ${kb(cssFiles.reduce((sum, name) => sum + gzipSize(readFileSync(path.join(outDir, '_astro', name))), 0))}`],
    ['JS per content page (the offline control; raw / gzip)', `${average((weight) => weight.jsBytes).toFixed(0)} / ${average((weight) => weight.jsGzipBytes).toFixed(0)} bytes`],
    ['heaviest content page (HTML + CSS, gzip)', `${heaviest.pathname} ${kb(heaviest.compressedBytes)}`],
    ['search index (all languages)', `${mb(searchIndex.bytes)} in ${searchIndex.files} files`],
    ...(await hugoRows(files, build)),
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

  printRows(`Benchmark: ${pagesPerLanguage} pages × ${languageCodes.length} languages`, rows);
  if (measureSearch) printRows('Search on the real site (dist/)', await realSiteRows());
}

function printRows(heading: string, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${heading}\n`);
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

await main();
