/**
 * Installing test tools from Debian, the way CI here gets them: only as root on a machine with
 * apt-get (a Debian or Ubuntu machine or container); elsewhere the caller says what to run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';

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

const policyRcD = '/usr/sbin/policy-rc.d';

/**
 * Installs packages with apt-get. With `startServices: false` a web server's package does not
 * start its service on port 80: Debian's policy-rc.d, exiting 101, tells the package scripts
 * not to, and is removed again afterwards when this put it there.
 */
export function installDebianPackages(names: readonly string[], { startServices = true } = {}): void {
  console.log(`Installing Debian's ${names.join(', ')} for the tests …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const addPolicy = !startServices && !existsSync(policyRcD);
  if (addPolicy) {
    writeFileSync(policyRcD, '#!/bin/sh\n# Written by scripts/debian-packages.ts while installing test servers.\nexit 101\n');
    chmodSync(policyRcD, 0o755);
  }
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: ['ignore', 'ignore', 'inherit'], env });
  } finally {
    if (addPolicy) rmSync(policyRcD);
  }
}
