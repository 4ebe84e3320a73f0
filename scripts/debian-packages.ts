/**
 * Installing test tools from Debian, the way CI here gets them: only as root on a machine with
 * apt-get (a Debian or Ubuntu machine or container); elsewhere the caller says what to run.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export function canInstallDebianPackages(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get');
}

export function onPath(command: string): boolean {
  const finder = process.platform === 'win32' ? 'where' : 'which';
  return spawnSync(finder, [command], { stdio: 'ignore' }).status === 0;
}

/** Whether dpkg knows the package as installed; true where there is no dpkg to ask. */
export function hasDebianPackage(name: string): boolean {
  if (!onPath('dpkg-query')) return true;
  const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return status.status === 0 && status.stdout.includes('install ok installed');
}

export function installDebianPackages(names: readonly string[]): void {
  console.log(`Installing Debian's ${names.join(', ')} for the tests …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: ['ignore', 'ignore', 'inherit'], env });
}
