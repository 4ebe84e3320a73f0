/**
 * node scripts/run-astro.ts <astro command and options>
 * Runs the Astro CLI with telemetry off. A Node script instead of `ASTRO_TELEMETRY_DISABLED=1
 * astro …` in package.json, because Windows' cmd cannot read that syntax.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// The CLI file is not among astro's exports: find it through its package.json's `bin`.
const astroPackageJson = createRequire(import.meta.url).resolve('astro/package.json');
const { bin } = JSON.parse(readFileSync(astroPackageJson, 'utf8')) as { bin: { astro: string } };
const astroCli = path.join(path.dirname(astroPackageJson), bin.astro);
const child = spawn(process.execPath, [astroCli, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
// Ctrl+C reaches the child through the terminal; wait for it to end rather than leaving it behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
