/**
 * node scripts/ensure-web-server.ts
 * The hosting test runs the shipped Caddy configuration in a real Caddy. On Debian as root (like
 * CI here) this installs Debian's caddy, the way ensure-browser.ts installs Chromium; elsewhere
 * it says how to get one. It never fails: without Caddy only that test is skipped, saying why.
 */
import { findCaddy, caddyMissingMessage } from '../src/hosting/caddy.ts';
import { canInstallDebianPackages, installDebianPackages } from './debian-packages.ts';

if (!findCaddy()) {
  if (canInstallDebianPackages()) installDebianPackages(['caddy']);
  else console.warn(caddyMissingMessage);
}
