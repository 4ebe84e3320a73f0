/**
 * The benchmark's yardstick: the same synthetic pages (tools/synthetic-content.ts) as a minimal
 * Hugo site, built with `hugo` and indexed with Pagefind's own binary. `npm run bench` builds
 * both and prints our build's CPU seconds over Hugo's.
 *
 * To keep the comparison fair the Hugo site builds the same pages in the same 11 languages:
 * - every synthetic Markdown body, unchanged, under `content/<lang>/`;
 * - a page left untranslated gets the Swedish text as a fallback page in that language, as our
 *   site does, and like ours it is not indexed for search (no `data-pagefind-body`);
 * - each page has a head (title, description, charset, viewport, stylesheet, hreflang links),
 *   a navigation list of the sections, a breadcrumb, the section's page list and `<main
 *   data-pagefind-body>`, and Hugo writes a sitemap, as our build does.
 * Hugo's RSS feeds and taxonomies are off: our site has neither.
 */
import type { SyntheticFile } from './synthetic-content.ts';

export interface HugoLanguage {
  code: string;
  htmlLang: string;
  dir: 'ltr' | 'rtl';
  endonym: string;
}

const singleLayout = `{{ define "main" }}
<main id="main"{{ if not .Params.fallback }} data-pagefind-body{{ end }}>
<h1>{{ .Title }}</h1>
<p class="lead">{{ .Description }}</p>
{{ .Content }}
<p>Updated {{ .Params.updated }}</p>
</main>
{{ end }}
`;

const listLayout = `{{ define "main" }}
<main id="main"{{ if not .Params.fallback }} data-pagefind-body{{ end }}>
<h1>{{ .Title }}</h1>
<p class="lead">{{ .Description }}</p>
{{ .Content }}
<ul class="pages">
{{ range .RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Description }}</p></li>
{{ end }}</ul>
</main>
{{ end }}
`;

const baseLayout = `<!doctype html>
<html lang="{{ site.Language.Params.htmlLang }}" dir="{{ site.Language.LanguageDirection }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ site.Title }}</title>
<meta name="description" content="{{ .Description }}">
<link rel="stylesheet" href="/site.css">
<link rel="canonical" href="{{ .Permalink }}">
{{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Params.htmlLang }}" href="{{ .Permalink }}">
{{ end }}</head>
<body>
<header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
<nav aria-label="Languages"><ul>{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" lang="{{ .Language.Params.htmlLang }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul></nav>
<nav aria-label="Sections"><ul>{{ range site.Home.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
</header>
<nav aria-label="Breadcrumb"><ol>{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}<li aria-current="page">{{ .Title }}</li></ol></nav>
{{ block "main" . }}{{ end }}
<footer><p>{{ site.Title }}</p></footer>
</body>
</html>
`;

/** Hugo's site configuration (JSON): one entry per language, each with its own content folder. */
export function hugoConfig(languages: readonly HugoLanguage[], sourceLanguage: string): string {
  return JSON.stringify(
    {
      baseURL: 'https://nyisverige.example/',
      title: 'Ny i Sverige',
      defaultContentLanguage: sourceLanguage,
      defaultContentLanguageInSubdir: true,
      disableKinds: ['RSS', 'taxonomy', 'term'],
      markup: { goldmark: { renderer: { unsafe: true } } },
      languages: Object.fromEntries(
        languages.map((language, weight) => [
          language.code,
          { contentDir: `content/${language.code}`, languageName: language.endonym, languageDirection: language.dir, weight: weight + 1, params: { htmlLang: language.htmlLang } },
        ]),
      ),
    },
    null,
    2,
  );
}

/**
 * Hugo's section pages are `_index.md`; the synthetic site names them `<section>/index.md`.
 * A fallback page keeps the Swedish text and gains `fallback: true` (not indexed for search).
 */
function hugoContentPath(syntheticPath: string): string {
  return syntheticPath.replace(/\/index\.md$/, '/_index.md');
}

function markedFallback(text: string): string {
  return text.replace(/^---\n/, '---\nfallback: true\n');
}

/**
 * Every file of the Hugo site, paths relative to its root: config, layouts, a stylesheet, the
 * content of every language, and a fallback page wherever a translation is missing.
 */
export function hugoSite(files: readonly SyntheticFile[], languages: readonly HugoLanguage[], sourceLanguage: string): SyntheticFile[] {
  const byLanguage = new Map<string, Set<string>>();
  for (const file of files) {
    const [lang = '', ...rest] = file.path.split('/');
    byLanguage.set(lang, (byLanguage.get(lang) ?? new Set()).add(rest.join('/')));
  }
  const site: SyntheticFile[] = [
    { path: 'config.json', text: hugoConfig(languages, sourceLanguage) },
    { path: 'layouts/_default/baseof.html', text: baseLayout },
    { path: 'layouts/_default/single.html', text: singleLayout },
    { path: 'layouts/_default/list.html', text: listLayout },
    { path: 'static/site.css', text: 'body{font-family:system-ui,sans-serif;max-width:40rem;margin:auto}\n' },
  ];
  for (const language of languages) {
    site.push({ path: `content/${language.code}/_index.md`, text: `---\ntitle: Ny i Sverige\n---\n` });
  }
  for (const file of files) site.push({ path: `content/${hugoContentPath(file.path)}`, text: file.text });
  const sourceFiles = files.filter((file) => file.path.startsWith(`${sourceLanguage}/`));
  for (const language of languages) {
    if (language.code === sourceLanguage) continue;
    const present = byLanguage.get(language.code) ?? new Set();
    for (const source of sourceFiles) {
      const relative = source.path.slice(sourceLanguage.length + 1);
      if (present.has(relative)) continue;
      site.push({ path: `content/${language.code}/${hugoContentPath(relative)}`, text: markedFallback(source.text) });
    }
  }
  return site;
}
