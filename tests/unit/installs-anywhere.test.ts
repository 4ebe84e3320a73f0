/**
 * A fresh clone installs with `npm ci` and runs its npm scripts on Linux, macOS and Windows.
 * Only Linux runs here, so this proves the rest by construction: the lock holds every
 * platform's native binaries, and no npm script needs a POSIX shell.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

interface LockEntry {
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
}
type LockPackages = Record<string, LockEntry>;

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: LockPackages };
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  engines: Record<string, string>;
};

/** The lock entry npm would use for `name` required from `from`, walking up node_modules folders. */
function resolveInLock(packages: LockPackages, from: string, name: string): string | null {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (base === '') return null;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent === -1 ? '' : base.slice(0, parent);
  }
}

/** Optional dependencies some package names that the lock lacks: what makes `npm ci` fail elsewhere. */
function missingOptionalPackages(packages: LockPackages): string[] {
  return Object.entries(packages).flatMap(([location, entry]) =>
    Object.keys(entry.optionalDependencies ?? {})
      .filter((name) => !resolveInLock(packages, location, name))
      .map((name) => `${location || 'package.json'} → ${name}`),
  );
}

/** The platforms (`darwin-arm64`, `linux-x64-musl` …) a package's native binaries in the lock cover. */
function platformsOf(packages: LockPackages, location: string): Set<string> {
  const platforms = new Set<string>();
  for (const name of Object.keys(packages[location]?.optionalDependencies ?? {})) {
    const entry = packages[resolveInLock(packages, location, name) ?? ''];
    for (const os of entry?.os ?? []) {
      for (const cpu of entry?.cpu ?? ['x64', 'arm64']) {
        platforms.add(`${os}-${cpu}`);
        for (const libc of entry?.libc ?? []) platforms.add(`${os}-${cpu}-${libc}`);
      }
    }
  }
  return platforms;
}

const everyDesktopAndServer = ['darwin-x64', 'darwin-arm64', 'win32-x64', 'win32-arm64', 'linux-x64', 'linux-arm64'];
/** Packages with native binaries that the build runs, and where they publish musl builds too. */
const nativePackages: Record<string, { musl: boolean; freebsd: boolean }> = {
  '@astrojs/compiler-binding': { musl: true, freebsd: false },
  esbuild: { musl: false, freebsd: true },
  lightningcss: { musl: true, freebsd: true },
  pagefind: { musl: false, freebsd: true },
  rolldown: { musl: true, freebsd: true },
  satteri: { musl: true, freebsd: false },
  sharp: { musl: true, freebsd: false },
};

/** Why an npm script would not run under Windows' cmd, or null. */
function posixOnlyReason(command: string): string | null {
  if (/(^|&&)\s*[A-Za-z_][A-Za-z0-9_]*=/.test(command)) return 'sets a variable with VAR=value (use a Node script)';
  if (/\$\{?[A-Za-z_]/.test(command)) return 'reads a variable with $VAR';
  if (/'/.test(command)) return "quotes with ' (cmd keeps them as part of the word)";
  if (/[;|`<>]|\|\|/.test(command)) return 'uses a shell operator other than &&';
  for (const part of command.split('&&')) {
    const program = part.trim().split(/\s+/)[0]!;
    if (!['node', 'npm', 'npx', 'playwright'].includes(program)) return `runs ${program}, which Windows does not have`;
  }
  return null;
}

describe('npm ci on any platform', () => {
  it('the lock records package.json as it is, so npm install has nothing to rewrite', () => {
    const root = lock.packages[''] as LockEntry & { devDependencies?: Record<string, string>; engines?: Record<string, string> };
    assert.deepEqual(root.dependencies, packageJson.dependencies);
    assert.deepEqual(root.devDependencies, packageJson.devDependencies);
    assert.deepEqual(root.engines, packageJson.engines);
  });

  it('the lock lists every optional binary some package asks for', () => {
    assert.deepEqual(missingOptionalPackages(lock.packages), []);
  });

  for (const [name, publishes] of Object.entries(nativePackages)) {
    it(`the lock has ${name}'s binaries for macOS, Windows and Linux`, () => {
      const platforms = platformsOf(lock.packages, `node_modules/${name}`);
      const wanted = [
        ...everyDesktopAndServer,
        ...(publishes.musl ? ['linux-x64-musl', 'linux-arm64-musl'] : []),
        ...(publishes.freebsd ? ['freebsd-x64'] : []),
      ];
      assert.deepEqual(wanted.filter((platform) => !platforms.has(platform)), [], `${name} covers ${[...platforms].join(', ')}`);
    });
  }

  it('notices a lock pruned to one platform', () => {
    const pruned: LockPackages = {
      '': {},
      'node_modules/pagefind': { optionalDependencies: { '@pagefind/linux-x64': '1', '@pagefind/darwin-arm64': '1' } },
      'node_modules/@pagefind/linux-x64': { os: ['linux'], cpu: ['x64'] },
    };
    assert.deepEqual(missingOptionalPackages(pruned), ['node_modules/pagefind → @pagefind/darwin-arm64']);
    assert.equal(platformsOf(pruned, 'node_modules/pagefind').has('darwin-arm64'), false);
  });
});

describe('npm scripts under cmd and sh alike', () => {
  for (const [name, command] of Object.entries(packageJson.scripts)) {
    it(`npm run ${name} needs no POSIX shell`, () => {
      assert.equal(posixOnlyReason(command), null, `"${name}": "${command}"`);
    });
  }

  it('notices POSIX-only scripts', () => {
    assert.match(posixOnlyReason('ASTRO_TELEMETRY_DISABLED=1 astro build')!, /VAR=value/);
    assert.match(posixOnlyReason('npm run build && bash scripts/x.sh')!, /runs bash/);
    assert.match(posixOnlyReason("node -e 'x'")!, /quotes/);
    assert.match(posixOnlyReason('node a.ts || true')!, /shell operator/);
    assert.equal(posixOnlyReason('node scripts/run-astro.ts build && playwright test'), null);
  });

  it('CI installs exactly what the lock says', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    assert.match(ci, /^npm ci\b/m);
    assert.doesNotMatch(ci, /^npm install\b/m);
  });
});
