/**
 * Where the content folders live. Tests and the benchmark point the build at fixture or
 * synthetic content with the CONTENT_ROOT environment variable.
 */
import path from 'node:path';

export function resolveContentRoot(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return path.resolve(cwd, env.CONTENT_ROOT ?? 'content');
}
