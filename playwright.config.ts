import { defineConfig, devices } from '@playwright/test';
import { playwrightChromiumArgs, systemChromium } from './tools/chromium.ts';

/**
 * Browser tests run against the built site (`dist/`, or OUT_DIR), served by scripts/serve.ts.
 * On machines without Playwright's own browser download (like CI here), Debian's Chromium is
 * used; on an ordinary laptop, `npx playwright install chromium` and Playwright's own browser.
 */
const executablePath = systemChromium();
const port = Number(process.env.PREVIEW_PORT ?? 4329);
// The built site under test: dist/, or another build's folder (OUT_DIR, as the build uses it).
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // The same number of workers locally and in CI, so timings compare; PW_WORKERS overrides it.
  workers: Number(process.env.PW_WORKERS ?? 2),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'test-results/html' }]] : 'list',
  outputDir: 'test-results/artifacts',
  timeout: 120_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // No network of its own, and none of Chrome's interface beside the page (tools/chromium.ts).
      args: playwrightChromiumArgs(),
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/serve.ts --dir ${outDir} --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
