/**
 * Records in a translation which version of the Swedish source it matches, after an editor has
 * brought it up to date: `translation.source` becomes today's hash of the source text.
 */
import { isMap } from 'yaml';
import { ContentError } from './content-errors.ts';
import { joinFrontmatter, parseFrontmatterDocument, splitFrontmatter } from './frontmatter.ts';

/** Returns the translation's new text with `translation.source` set to `sourceHash`. */
export function stampTranslation(translationText: string, sourceHash: string, file: string): string {
  const split = splitFrontmatter(translationText, file);
  const document = parseFrontmatterDocument(split, file);
  const translation = document.get('translation');
  if (!isMap(translation)) {
    throw new ContentError(file, 'the file has no `translation:` block', 'Add `translation:` with `method: machine`, `human` or `machine-reviewed` first.', split.yamlStartLine);
  }
  // Keep `source` first in the block, where editors look for it.
  translation.delete('source');
  translation.items.unshift(document.createPair('source', sourceHash) as (typeof translation.items)[number]);
  return joinFrontmatter(document.toString({ lineWidth: 0 }), split.body);
}
