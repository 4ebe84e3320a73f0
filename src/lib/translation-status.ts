/**
 * Status of a page in a language. It is derived from the files, never stored:
 * - current: translated from today's Swedish source
 * - outdated: the Swedish source changed since the translation was made
 * - missing: no translation file (the site shows a fallback page)
 * - orphan: a translation whose Swedish source does not exist (an error)
 */
export type TranslationStatus = 'source' | 'current' | 'outdated' | 'missing' | 'orphan';

export type TranslationMethod = 'human' | 'machine' | 'machine-reviewed';

export interface TranslationRecord {
  /** Hash of the Swedish source the translation was made from (`translation.source`). */
  source: string;
  method: TranslationMethod;
  reviewed?: Date | undefined;
}

export function translationStatus(
  sourceHash: string | undefined,
  translation: TranslationRecord | undefined,
  isSourceLanguage: boolean,
): TranslationStatus {
  if (isSourceLanguage) return sourceHash === undefined ? 'missing' : 'source';
  if (sourceHash === undefined) return translation ? 'orphan' : 'missing';
  if (!translation) return 'missing';
  return translation.source === sourceHash ? 'current' : 'outdated';
}

/** A machine translation no person has reviewed must say so to the reader. */
export function isUnreviewedMachineTranslation(translation: Pick<TranslationRecord, 'method'> | undefined): boolean {
  return translation?.method === 'machine';
}
