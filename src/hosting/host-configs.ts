/**
 * The shipped host configurations, written from src/hosting/policy.ts: a Caddyfile, an nginx
 * server block, and the `_headers` / `_redirects` pair that Netlify and Cloudflare Pages read from
 * the published folder. Pure functions: scripts/hosting-config.ts writes the first two into
 * hosting/, the build writes the last two into dist/.
 */
import { languageCodes } from '../i18n/languages.ts';
import {
  hashedAssetCache,
  hashedAssetPatterns,
  headerContentSecurityPolicy,
  languagePrefixes,
  notFoundPageFor,
  pagefindWorker,
  patternRegex,
  searchPagePrefixes,
  securityHeaders,
  shortCache,
} from './policy.ts';

const generatedNote = 'Generated from src/hosting/policy.ts (npm run hosting:config); do not edit by hand.';

const languageAlternation = languageCodes.join('|');

export function caddyfile(): string {
  const indented = (text: string, tabs: number) => text.replace(/^(?=.)/gm, '\t'.repeat(tabs));
  const headerLines = [...securityHeaders, ['Content-Security-Policy', headerContentSecurityPolicy(false)], ['Cache-Control', shortCache]]
    .map(([name, value]) => `\t${name} "${value}"`)
    .join('\n');
  // Inside route {} the directives run in the order written: defaults first, then the exceptions.
  const serveWithHeaders = `route {
	header {
${indented(headerLines, 1)}
	}
	header @webAssembly Content-Security-Policy "${headerContentSecurityPolicy(true)}"
	header @hashed Cache-Control "${hashedAssetCache}"
	# Serves name.br or name.gz when the browser accepts it; /x answers 308 to /x/ for a folder.
	file_server {
		precompressed br gzip
	}
}`;
  return `# ${generatedNote}
# Serves the built site (dist/) with its security headers, cache rules, precompressed files and
# each language's 404 page. SITE_ADDRESS is the public host name (Caddy then gets a certificate
# for it by itself); SITE_ROOT is the folder holding the contents of dist/.
{$SITE_ADDRESS:localhost} {
	root * {$SITE_ROOT:/var/www/nyisverige}
	@webAssembly path_regexp webAssembly ^(?:/(?:${languageAlternation})/sok/|${pagefindWorker.replaceAll('.', '\\.')}$)
	@hashed path_regexp hashed ^(?:${hashedAssetPatterns.map(patternRegex).join('|')})$
${indented(serveWithHeaders, 1)}
	handle_errors {
		@languageNotFound {
			expression {err.status_code} == 404
			path_regexp language ^/(${languageAlternation})/
		}
		handle @languageNotFound {
			rewrite * /{re.language.1}/404.html
${indented(serveWithHeaders, 3)}
		}
		handle {
			rewrite * /404.html
${indented(serveWithHeaders, 3)}
		}
	}
}
`;
}

export function nginxServerBlock(): string {
  const addHeaders = (indent: string, csp: string, cache: string) =>
    [...securityHeaders, ['Content-Security-Policy', csp], ['Cache-Control', cache]]
      .map(([name, value]) => `${indent}add_header ${name} "${value}" always;`)
      .join('\n');
  const location = (match: string, csp: string, cache: string, notFound?: string) => `    location ${match} {
${notFound ? `        error_page 404 ${notFound};\n` : ''}${addHeaders('        ', csp, cache)}
    }`;
  const strict = headerContentSecurityPolicy(false);
  const locations = [
    location('/', strict, shortCache),
    ...languagePrefixes.map((prefix) => location(prefix, strict, shortCache, notFoundPageFor(prefix))),
    ...searchPagePrefixes.map((prefix) => location(prefix, headerContentSecurityPolicy(true), shortCache, notFoundPageFor(prefix))),
    location(`= ${pagefindWorker}`, headerContentSecurityPolicy(true), shortCache),
    ...hashedAssetPatterns.map((pattern) =>
      pattern.endsWith('/**')
        ? location(`^~ ${pattern.slice(0, -2)}`, strict, hashedAssetCache)
        : location(`~ ^${patternRegex(pattern)}$`, strict, hashedAssetCache),
    ),
  ];
  return `# ${generatedNote}
# An nginx server block for the built site: put it in /etc/nginx/sites-available/ (it belongs in
# the http {} block), set server_name, root (the folder holding the contents of dist/) and TLS.
# add_header in a location replaces every add_header above it, so each location repeats them all.
server {
    listen 80;
    listen [::]:80;
    server_name nyisverige.example;
    root /var/www/nyisverige;
    index index.html;
    charset utf-8;
    # Redirects to the trailing-slash URL say "/x/", not "http://host:port/x/".
    absolute_redirect off;
    # Serve the build's name.gz (and, with libnginx-mod-http-brotli-static, name.br).
    gzip_static on;
    gzip_vary on;
    # brotli_static on;
    error_page 404 /404.html;

${locations.join('\n\n')}
}
`;
}

/** `_headers` for Netlify and Cloudflare Pages. */
export function headersFile(): string {
  // Both hosts apply every rule that matches; Cloudflare joins a header set by two rules into
  // one comma-separated value. So each header is set by one rule only: the security headers on
  // /*, cache lifetimes on the hashed folders (HTML keeps the hosts' own "revalidate" default).
  // The header CSP here is the search pages' one (which Pagefind's worker needs too, and a worker
  // has no <meta>); every other page's <meta> policy, which the browser enforces as well, still
  // forbids WebAssembly there.
  const everything = [...securityHeaders, ['Content-Security-Policy', headerContentSecurityPolicy(true)]]
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n');
  const hashed = hashedAssetPatterns
    .filter((pattern) => pattern.endsWith('/**'))
    .map((pattern) => `${pattern.slice(0, -1)}\n  Cache-Control: ${hashedAssetCache}`)
    .join('\n');
  return `# ${generatedNote}\n/*\n${everything}\n${hashed}\n`;
}

/** `_redirects`: each language's own 404 page (Cloudflare Pages finds `<lang>/404.html` by itself). */
export function redirectsFile(): string {
  return `# ${generatedNote}\n${languagePrefixes.map((prefix) => `${prefix}*  ${notFoundPageFor(prefix)}  404`).join('\n')}\n`;
}
