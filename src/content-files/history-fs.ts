/**
 * Hashes of every committed version of a Swedish page, read from git, so the check can tell
 * an outdated translation (made from an earlier version) from a hash that never existed.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { readContentFile } from './file.ts';
import { sourceHashOf } from './hash.ts';

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Whether the folder is in a git checkout with its full history (a shallow clone has not). */
export function hasFullGitHistory(directory: string): boolean {
  return git(['rev-parse', '--is-inside-work-tree'], directory)?.trim() === 'true' && git(['rev-parse', '--is-shallow-repository'], directory)?.trim() === 'false';
}

/** All hashes the file at `absolutePath` had in git history (following renames). */
export function historicSourceHashes(absolutePath: string, contentRoot: string): Set<string> {
  const directory = path.dirname(absolutePath);
  const hashes = new Set<string>();
  const top = git(['rev-parse', '--show-toplevel'], directory)?.trim();
  if (!top) return hashes;
  const log = git(['log', '--follow', '--format=%H', '--name-only', '--', absolutePath], directory) ?? '';
  const lines = log.split('\n').filter(Boolean);
  for (let index = 0; index + 1 < lines.length; index += 2) {
    const commit = lines[index]!;
    const fileInCommit = lines[index + 1]!;
    const text = git(['show', `${commit}:${fileInCommit}`], top);
    if (text === undefined) continue;
    try {
      const relative = path.relative(contentRoot, path.join(top, fileInCommit));
      hashes.add(sourceHashOf(readContentFile(text, relative, fileInCommit)));
    } catch {
      // An old version with broken frontmatter has no hash a translation could have recorded.
    }
  }
  return hashes;
}

/**
 * Whether the file differs from its last commit (edited, or never committed). A translation
 * stamped from an uncommitted version records a hash that no commit has: the editor's own
 * work in progress, not a hand-typed hash.
 */
export function hasUncommittedChanges(absolutePath: string): boolean {
  const status = git(['status', '--porcelain', '--', path.basename(absolutePath)], path.dirname(absolutePath));
  return status === undefined || status.trim() !== '';
}
