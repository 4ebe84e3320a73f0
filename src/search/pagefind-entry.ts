/** Pagefind's entry file (`/pagefind/pagefind-entry.json`), for the build that writes one index per language. */

/**
 * One entry file for the indexes written one language at a time: each lists its own languages
 * (Pagefind's index per `<html lang>`); together, in Pagefind's order (by name). A language in
 * two of them would mean one index overwrote the other's files: that stops the build.
 */
export function mergedEntry(entries: readonly Record<string, unknown>[]): Record<string, unknown> {
  const languages: Record<string, unknown> = {};
  for (const entry of entries) {
    for (const [lang, value] of Object.entries(entry.languages as Record<string, unknown>)) {
      if (lang in languages) throw new Error(`Pagefind indexed pages in <html lang="${lang}"> from two language folders; each folder's pages must carry its own language.`);
      languages[lang] = value;
    }
  }
  const sorted = Object.fromEntries(Object.entries(languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { ...(entries[0] ?? {}), languages: sorted };
}
