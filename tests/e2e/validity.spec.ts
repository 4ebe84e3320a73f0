/**
 * Cheap checks over every built page, read from dist/ without a browser: valid HTML, internal
 * links and assets that resolve, https for external links, and the weight budget of the pages
 * readers read (HTML + CSS within one round trip, no JavaScript).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { isContentPagePath, measurePage, offlineControlBudget, pageWeightBudget, shareControlBudget, weightBudgetOf } from '../../tools/dist.ts';
import { builtPages, chunks, distDir, htmlFileOf } from '../support/built-site.ts';

const pages = builtPages();

// Validation is the slowest cheap check: split it so both workers share it as the site grows.
for (const [index, group] of chunks(pages, 200).entries()) {
  test(`built pages are valid HTML (part ${index + 1})`, async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const pathname of group) {
      const report = await validator.validateFile(htmlFileOf(pathname));
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${pathname}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
}

test('every internal link and asset resolves, and external links are https', () => {
  const problems: string[] = [];
  const checked = new Map<string, boolean>();
  for (const pathname of pages) {
    const html = readFileSync(htmlFileOf(pathname), 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const reference = match[1]!.replace(/&amp;/g, '&');
      if (/^(tel|mailto|sms):/.test(reference) || reference.startsWith('#')) continue;
      if (/^[a-z]+:/i.test(reference) || reference.startsWith('//')) {
        let url: URL | undefined;
        try {
          url = new URL(reference);
        } catch {
          url = undefined;
        }
        if (!url || url.protocol !== 'https:' || !url.hostname.includes('.')) problems.push(`${pathname}: external link is not a well-formed https address: ${reference}`);
        continue;
      }
      const target = new URL(reference, `http://site${pathname}`).pathname;
      if (!checked.has(target)) {
        const file = path.join(distDir, decodeURIComponent(target));
        checked.set(target, target.endsWith('/') ? existsSync(path.join(file, 'index.html')) : existsSync(file));
      }
      if (!checked.get(target)) problems.push(`${pathname}: ${reference} does not resolve`);
    }
  }
  expect(problems).toEqual([]);
  expect(checked.size).toBeGreaterThan(100);
});

test(`a content page weighs at most ${pageWeightBudget / 1024} KB compressed (HTML + CSS) and ships no JavaScript but the offline, Listen and share controls`, async ({}, testInfo) => {
  const weights = pages.filter(isContentPagePath).map((pathname) => measurePage(distDir, pathname)).sort((a, b) => b.compressedBytes - a.compressedBytes);
  const heaviest = weights.slice(0, 5).map((weight) => `${weight.pathname}: ${(weight.compressedBytes / 1024).toFixed(1)} KB`);
  testInfo.annotations.push({ type: 'heaviest pages', description: heaviest.join('; ') });
  console.log(`Heaviest content pages (HTML + CSS, gzip): \n  ${heaviest.join('\n  ')}`);
  expect(weights.filter((weight) => weight.otherScripts.length > 0).map((weight) => `${weight.pathname}: ${weight.otherScripts.join(', ')}`), 'content pages with JavaScript other than the offline, Listen and share controls').toEqual([]);
  // The controls are small; the offline one fetches nothing more until the reader taps save, the others never do.
  expect(Math.max(...weights.map((weight) => weight.jsGzipBytes)), 'offline, Listen and share control scripts, gzip').toBeLessThanOrEqual(offlineControlBudget + shareControlBudget);
  expect(weights.filter((weight) => weight.compressedBytes > weightBudgetOf(weight.pathname)).map((weight) => `${weight.pathname}: ${weight.compressedBytes} bytes`), `over budget (heaviest: ${heaviest.join(', ')})`).toEqual([]);
});
