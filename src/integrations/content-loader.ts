/**
 * The Astro content loader of the site's pages. It reads the content tree with the same code
 * as `npm run check:i18n` (src/checks/content-tree-fs.ts: the same file rules, YAML reading,
 * schema and body rules), so the
 * build can never publish a file the check rejects nor fail on one it accepts. Astro's own
 * glob loader would read YAML its own way (`title: 2026-11-21` became a date there).
 *
 * When a file is invalid, no page content is published: the loader stores one entry holding
 * the problems (`contentErrorsEntryId`), and the site (src/site/astro-site.ts) throws them, so
 * the build stops and `npm run dev` shows the check's message in the browser. In dev the tree
 * is checked again each time a content file is saved.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { runContentCheck } from '../checks/run-fs.ts';
import { ContentError, contentErrorsEntryId, type StoredContentErrors } from '../content-files/errors.ts';
import type { ContentFile } from '../content-files/file.ts';
import { takeCheckedContent } from './checked-content.ts';
import { offerPageTexts, type PageBody } from './page-text.ts';

/** How long a saved content file must stay unchanged before `astro dev` reads the tree again. */
const settleMs = 150;

export function contentFilesLoader(options: { contentRoot: string; stringsDir: string }): Loader {
  const { contentRoot, stringsDir } = options;
  return {
    name: 'content-files',
    load: async ({ store, renderMarkdown, generateDigest, watcher, logger }) => {
      const sync = async () => {
        let messages: string[] = [];
        let files: ContentFile[] = [];
        try {
          // The build's content check (content-check.ts) has just read and checked the tree: use its result.
          const check = takeCheckedContent({ contentRoot, stringsDir }) ?? runContentCheck({ contentRoot, stringsDir, strict: false, historicHashes: undefined });
          files = check.files;
          messages = check.errors.map((error) => error.message);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          messages = [error.message];
        }
        const keep = new Set<string>();
        if (messages.length > 0) {
          logger.error(`${messages.length} content ${messages.length === 1 ? 'problem' : 'problems'}:\n\n${messages.join('\n\n')}`);
          store.set({ id: contentErrorsEntryId, data: { messages } satisfies StoredContentErrors as never, digest: generateDigest(messages.join('\n')) });
          keep.add(contentErrorsEntryId);
        }
        // The routes render each page's Markdown when they build it; the store keeps the
        // frontmatter only (page-text.ts says why).
        const bodies = new Map<string, PageBody>();
        for (const file of files) {
          const id = `${file.folder}/${file.id}`;
          keep.add(id);
          const absolute = path.join(contentRoot, `${id}.md`);
          bodies.set(id, { body: file.body, fileURL: pathToFileURL(absolute) });
          // The body is in the digest, so a changed text still reloads the page in `astro dev`;
          // `frontmatter:` replaces entries cached by builds that stored the text.
          const digest = generateDigest(`frontmatter:${JSON.stringify(file.data)}\n${file.body}`);
          if (store.get(id)?.digest === digest) continue;
          store.set({ id, data: file.data as never, filePath: path.relative(process.cwd(), absolute), digest });
        }
        offerPageTexts({ renderMarkdown, bodies, problems: messages });
        for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      };
      await sync();
      if (!watcher) return;
      watcher.add(contentRoot);
      let pending: Promise<void> = Promise.resolve();
      let settling: ReturnType<typeof setTimeout> | undefined;
      const onChange = (changed: string) => {
        const relative = path.relative(contentRoot, changed);
        if (relative.startsWith('..') || path.isAbsolute(relative)) return;
        // Read once the saving has settled: a save that truncates and then writes the file
        // sends a change event for the empty file, and the watcher may send none for the
        // write after it (same modification time), so reading at once could keep an empty
        // file's error until the next save.
        clearTimeout(settling);
        settling = setTimeout(() => {
          pending = pending.then(sync).catch((error: unknown) => logger.error(String(error)));
        }, settleMs);
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
