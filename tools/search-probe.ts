/**
 * The search probe (tests/search-probe/<lang>.yml): everyday queries, each naming the page that
 * should answer it. Shared by the browser test that gates on it and by `npm run bench`, which
 * prints hit@1 and hit@3 per language. Both drive the real search page of the built site.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';

export interface ProbeQuery {
  q: string;
  page: string;
}
export interface Probe {
  probe: ProbeQuery[];
  heldOut: ProbeQuery[];
}

const probeFolder = path.resolve('tests/search-probe');

export function loadProbe(lang: string): Probe {
  const file = path.join(probeFolder, `${lang}.yml`);
  const data = parse(readFileSync(file, 'utf8')) as { probe?: ProbeQuery[]; 'held-out'?: ProbeQuery[] };
  return { probe: data.probe ?? [], heldOut: data['held-out'] ?? [] };
}

/** Probe targets that name no page of that language: a probe about a missing page proves nothing. */
export function missingTargets(lang: string, queries: ProbeQuery[], contentRoot = path.resolve('content')): ProbeQuery[] {
  return queries.filter(
    (query) => !existsSync(path.join(contentRoot, lang, `${query.page}.md`)) && !existsSync(path.join(contentRoot, lang, query.page, 'index.md')),
  );
}

/**
 * The result paths (in order) the search page shows for a query in the reader's own language.
 * The first query of a language opens its search page with `?q=`; later ones type into that
 * same page and press Enter, as a reader searching again does, so a probe of a hundred queries
 * does not reload the page and Pagefind a hundred times. The element is `aria-busy` while it
 * searches and puts the query in the address when it starts (tests/support/search.ts waits the
 * same way).
 */
export async function resultPaths(page: Page, baseUrl: string, lang: string, query: string): Promise<string[]> {
  const searchPath = `/${lang}/sok/`;
  const onSearchPage = page.url().startsWith(baseUrl) && new URL(page.url()).pathname === searchPath;
  if (onSearchPage) {
    const box = page.locator('#search-input');
    await box.fill(query);
    await box.press('Enter');
  } else {
    await page.goto(`${baseUrl}${searchPath}?q=${encodeURIComponent(query)}`);
  }
  await page.waitForFunction(
    (expected) => {
      const status = document.querySelector('.search-status')?.textContent?.trim() ?? '';
      const searched = new URLSearchParams(window.location.search).get('q') ?? '';
      return searched === expected && status !== '' && document.querySelector('site-search')?.getAttribute('aria-busy') !== 'true';
    },
    query.trim(),
    { timeout: 30_000 },
  );
  return page
    .locator('site-search > .search-results a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

export interface ProbeScore {
  total: number;
  hit1: number;
  hit3: number;
  misses: { q: string; page: string; got: string[] }[];
}

export async function scoreQueries(page: Page, baseUrl: string, lang: string, queries: ProbeQuery[]): Promise<ProbeScore> {
  const score: ProbeScore = { total: queries.length, hit1: 0, hit3: 0, misses: [] };
  for (const query of queries) {
    const target = `/${lang}/${query.page.replace(/\/?index$/, '')}/`.replace(/\/\/$/, '/');
    const paths = await resultPaths(page, baseUrl, lang, query.q);
    const rank = paths.indexOf(target);
    if (rank === 0) score.hit1 += 1;
    if (rank >= 0 && rank < 3) score.hit3 += 1;
    else score.misses.push({ q: query.q, page: query.page, got: paths.slice(0, 3) });
  }
  return score;
}

/** hit@1 and hit@3 of the probe and the held-out queries, one row per language. */
export async function probeRows(page: Page, baseUrl: string, languages: readonly string[]): Promise<{ rows: [string, string][]; misses: string[] }> {
  const rows: [string, string][] = [];
  const misses: string[] = [];
  const sum = { probe: { total: 0, hit1: 0, hit3: 0 }, heldOut: { total: 0, hit1: 0, hit3: 0 } };
  const percent = (part: number, total: number) => `${Math.round((100 * part) / Math.max(total, 1))}%`;
  for (const lang of languages) {
    const { probe, heldOut } = loadProbe(lang);
    const probeScore = await scoreQueries(page, baseUrl, lang, probe);
    const heldOutScore = await scoreQueries(page, baseUrl, lang, heldOut);
    for (const [key, score] of [['probe', probeScore], ['heldOut', heldOutScore]] as const) {
      sum[key].total += score.total;
      sum[key].hit1 += score.hit1;
      sum[key].hit3 += score.hit3;
    }
    rows.push([
      `search probe ${lang}`,
      `hit@1 ${probeScore.hit1}/${probeScore.total}, hit@3 ${probeScore.hit3}/${probeScore.total}; held out: hit@1 ${heldOutScore.hit1}/${heldOutScore.total}, hit@3 ${heldOutScore.hit3}/${heldOutScore.total}`,
    ]);
    for (const miss of [...probeScore.misses, ...heldOutScore.misses]) misses.push(`${lang} “${miss.q}” → ${miss.page}; top 3: ${miss.got.join(' ') || '(none)'}`);
  }
  rows.push([
    'search probe, all languages',
    `hit@1 ${percent(sum.probe.hit1, sum.probe.total)}, hit@3 ${percent(sum.probe.hit3, sum.probe.total)}; held out: hit@1 ${percent(sum.heldOut.hit1, sum.heldOut.total)}, hit@3 ${percent(sum.heldOut.hit3, sum.heldOut.total)}`,
  ]);
  return { rows, misses };
}
