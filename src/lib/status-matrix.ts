/** Rows of the editors' status page: one per Swedish page, one cell per language. */
import { languageCodes } from '../i18n/languages.ts';
import type { SitePage } from './site-model.ts';

export interface StatusCell {
  lang: string;
  url: string;
  status: 'source' | 'current' | 'outdated' | 'missing';
  machine: boolean;
}

export interface StatusRow {
  id: string;
  cells: StatusCell[];
}

export function statusMatrix(pages: readonly SitePage[]): StatusRow[] {
  const ids = [...new Set(pages.map((page) => page.id))].sort();
  return ids.map((id) => ({
    id,
    cells: languageCodes.map((lang) => {
      const page = pages.find((candidate) => candidate.id === id && candidate.lang === lang)!;
      const status = page.status === 'orphan' ? 'missing' : page.status;
      return { lang, url: page.url, status, machine: page.translation?.data.translation?.method === 'machine' };
    }),
  }));
}
