/**
 * The content check's result, handed from the build's first step (content-check.ts, in Astro's
 * config hook) to the content loader (content-loader.ts), so a build reads, parses and checks
 * the content tree once instead of three times. The two run in one process but load this code
 * as different module instances (Astro's config and its content config are bundled apart), so
 * the hand-over goes through a global (handover.ts). The loader takes it once: later syncs in
 * `astro dev` (after a file is saved) check the tree afresh.
 */
import type { ContentCheckOptions, ContentCheckResult } from '../checks/run-fs.ts';
import { handover } from './handover.ts';

/** Results by content root and strings folder, so a build of other content never takes this one's. */
const checkedContent = handover<Map<string, ContentCheckResult>>('checked-content');

function shared(): Map<string, ContentCheckResult> {
  let results = checkedContent.get();
  if (!results) checkedContent.set((results = new Map()));
  return results;
}

function keyOf(options: Pick<ContentCheckOptions, 'contentRoot' | 'stringsDir'>): string {
  return `${options.contentRoot}\n${options.stringsDir}`;
}

export function offerCheckedContent(options: Pick<ContentCheckOptions, 'contentRoot' | 'stringsDir'>, result: ContentCheckResult): void {
  shared().set(keyOf(options), result);
}

/** The result offered for this content and these strings, once; undefined the second time. */
export function takeCheckedContent(options: Pick<ContentCheckOptions, 'contentRoot' | 'stringsDir'>): ContentCheckResult | undefined {
  const result = shared().get(keyOf(options));
  shared().delete(keyOf(options));
  return result;
}
