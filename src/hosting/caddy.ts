/** Where the hosting test finds Caddy, and what it says when there is none. */
import { spawnSync } from 'node:child_process';

export const caddyMissingMessage =
  'Caddy was not found, so the test of the shipped host configuration (tests/e2e/hosting.spec.ts) is skipped.\n' +
  '  → Install Caddy 2.6 or newer (Debian/Ubuntu: `apt-get install caddy`; macOS: `brew install caddy`;\n' +
  '    Windows: `winget install CaddyServer.Caddy`), or set CADDY_PATH to a caddy binary.';

/** The caddy command to run, or null when this machine has none. */
export function findCaddy(): string | null {
  const candidate = process.env.CADDY_PATH ?? 'caddy';
  return spawnSync(candidate, ['version'], { stdio: 'ignore' }).status === 0 ? candidate : null;
}
