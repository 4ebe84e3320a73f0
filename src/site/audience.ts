/**
 * Who a page is for. Most pages are for newcomers, in every language. A page marked
 * `audience: staff` (and every page under a section page so marked) is for people who work with
 * newcomers: it is published in Swedish and English only. Other languages neither get a
 * fallback of it nor count it as missing, and their readers are not sent to it.
 */
import type { LanguageCode } from '../i18n/languages.ts';
import { languageCodes } from '../i18n/languages.ts';

export type Audience = 'staff';

/** The languages of the staff part, like informationsverige.se's part for professionals. */
export const staffLanguages: readonly LanguageCode[] = ['sv', 'en'];

/** Ids of the Swedish pages for staff: marked themselves, or under a section page marked. */
export function staffPageIds(sources: ReadonlyMap<string, { data: { audience?: Audience | undefined } }>): Set<string> {
  const marked = [...sources].filter(([, file]) => file.data.audience === 'staff').map(([id]) => id);
  const sections = marked.filter((id) => id.endsWith('/index')).map((id) => id.slice(0, -'index'.length));
  return new Set([...sources.keys()].filter((id) => marked.includes(id) || sections.some((prefix) => id.startsWith(prefix))));
}

/** The languages a page is built in. */
export function publishedLanguages(isStaff: boolean): readonly LanguageCode[] {
  return isStaff ? staffLanguages : languageCodes;
}
