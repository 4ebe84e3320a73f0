/**
 * node scripts/ensure-browser.ts
 * Makes sure the browser tests have a Chromium and the fonts that render Arabic-script and
 * Ethiopic text. On Debian as root (like CI here, which cannot download Playwright's browser)
 * it installs Debian's chromium and fonts-noto-core; elsewhere it tells you what to run.
 */
import { chromiumPath } from '../tools/chromium.ts';
import { canInstallDebianPackages, hasDebianPackage, installDebianPackages } from './debian-packages.ts';

const hasBrowser = chromiumPath() !== undefined;
const missing = [...(hasBrowser ? [] : ['chromium']), ...(hasDebianPackage('fonts-noto-core') ? [] : ['fonts-noto-core'])];

if (missing.length > 0) {
  if (canInstallDebianPackages()) {
    installDebianPackages(['chromium', 'fonts-noto-core']);
  } else if (!hasBrowser) {
    console.error(`No browser for the tests was found.
  → Run \`npx playwright install chromium\` (or, on Debian/Ubuntu as root:
    \`apt-get install chromium fonts-noto-core\`), or set CHROMIUM_PATH to a Chromium binary.`);
    process.exit(1);
  } else {
    console.warn('fonts-noto-core is missing: Arabic-script and Ethiopic text may render with boxes in screenshots.');
  }
}
