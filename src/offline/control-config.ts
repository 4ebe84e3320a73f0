/**
 * What the save-for-offline control's script reads from its `data-strings`: the interface
 * strings it fills in itself (size, time, dates and progress need the reader's Intl).
 */
import type { PluralForms } from '../i18n/string-format.ts';
import type { Translate } from '../i18n/translator.ts';

export interface OfflineStrings {
  size: string;
  minutes: PluralForms;
  save: string;
  /** The three section strings only where sections are offered (the home page's control). */
  saveWhole?: string;
  saving: string;
  savedOn: string;
  sectionSavedOn?: string;
  updatedOn: string;
  remove: string;
  removed: string;
  failed: string;
  sectionOption?: string;
}

/** The plural forms of a key for every category the language's Intl.PluralRules uses. */
function pluralForms(key: string, intlLocale: string, t: Translate): PluralForms {
  const categories = new Intl.PluralRules(intlLocale).resolvedOptions().pluralCategories;
  return { ...Object.fromEntries(categories.map((category) => [category, t(`${key}_${category}`)])), other: t(`${key}_other`) };
}

/** The strings as written, placeholders and all: the script fills them with the reader's Intl. */
export function offlineStrings(intlLocale: string, t: Translate, withSections: boolean): OfflineStrings {
  const raw = (key: string) => t(key, { skipInterpolation: true });
  return {
    size: raw('offline.size'),
    minutes: pluralForms('offline.minutes', intlLocale, raw),
    save: raw('offline.save'),
    saving: raw('offline.saving'),
    savedOn: raw('offline.savedOn'),
    updatedOn: raw('offline.updatedOn'),
    remove: raw('offline.remove'),
    removed: raw('offline.removed'),
    failed: raw('offline.failed'),
    ...(withSections ? { saveWhole: raw('offline.saveWhole'), sectionSavedOn: raw('offline.sectionSavedOn'), sectionOption: raw('offline.sectionOption') } : {}),
  };
}
