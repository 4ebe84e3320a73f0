/**
 * node scripts/ensure-web-server.ts
 * The hosting test runs the shipped Caddy and nginx configurations in the real servers. On Debian
 * as root (like CI here) this installs Debian's packages, the way ensure-browser.ts installs
 * Chromium, without letting their services start; elsewhere it says how to get them. It never
 * fails: a missing server only skips its part of the test, with the same message.
 */
import { webServers } from '../src/hosting/web-servers.ts';
import { canInstallDebianPackages, hasDebianPackage, installDebianPackages } from './debian-packages.ts';

if (canInstallDebianPackages()) {
  const missing = webServers.flatMap((server) => server.debianPackages).filter((name) => !hasDebianPackage(name));
  if (missing.length > 0) installDebianPackages(missing, { startServices: false });
} else {
  for (const server of webServers.filter((candidate) => !candidate.find())) console.warn(server.missingMessage);
}
