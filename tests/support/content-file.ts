/** Parsed content files for unit tests, without touching the disk. */
import type { ContentFile } from '../../src/content-files/file.ts';
import type { PageData } from '../../src/content-files/schema.ts';

export const migrationsverket = { title: 'Migrationsverket', url: 'https://www.migrationsverket.se/' };

/** A file in `content/<folder>/<id>.md` titled "<folder> <id>"; `data` overrides the frontmatter. */
export function contentFile(folder: string, id: string, data: Partial<PageData> = {}, body = 'Text.'): ContentFile {
  return {
    folder,
    id,
    filePath: `content/${folder}/${id}.md`,
    body,
    bodyLine: 10,
    data: { title: `${folder} ${id}`, description: `about ${id}`, updated: new Date('2026-11-21'), keywords: [], ...data },
  };
}

/** A Swedish source page, with the sources every source page needs. */
export function sourceFile(id: string, data: Partial<PageData> = {}, body = 'Text.'): ContentFile {
  return contentFile('sv', id, { sources: [migrationsverket], ...data }, body);
}
