/**
 * Navigation derived from the Swedish source pages: which pages a section lists, in what order,
 * and the breadcrumb trail above a page. The tree is the same in every language.
 */
import { homeId, slugOfPage } from './routes.ts';

export interface TreeNode {
  id: string;
  order?: number | undefined;
}

function byOrder(a: TreeNode, b: TreeNode): number {
  const orderA = a.order ?? Number.MAX_SAFE_INTEGER;
  const orderB = b.order ?? Number.MAX_SAFE_INTEGER;
  return orderA - orderB || a.id.localeCompare(b.id);
}

/**
 * Ids of the section pages above a page, outermost first, whether or not they exist:
 * `a/b/c` → [`a/index`, `a/b/index`]; `a/index` → [].
 */
export function ancestorIds(id: string): string[] {
  const segments = slugOfPage(id).split('/').filter(Boolean);
  const ancestors: string[] = [];
  for (let depth = 1; depth < segments.length; depth += 1) {
    ancestors.push(`${segments.slice(0, depth).join('/')}/index`);
  }
  return ancestors;
}

/** Section pages and pages above a page, outermost first: the breadcrumb trail without the home. */
export function breadcrumbIds(id: string, existingIds: ReadonlySet<string>): string[] {
  return ancestorIds(id).filter((ancestor) => existingIds.has(ancestor));
}

/** The section page directly above a page (nearest existing ancestor), or undefined under the home. */
export function parentOf(id: string, existingIds: ReadonlySet<string>): string | undefined {
  return breadcrumbIds(id, existingIds).at(-1);
}

/** Pages listed on a section page, in order. */
export function childrenOf<T extends TreeNode>(sectionId: string, nodes: readonly T[]): T[] {
  const existing = new Set(nodes.map((node) => node.id));
  return nodes.filter((node) => node.id !== sectionId && parentOf(node.id, existing) === sectionId).sort(byOrder);
}

/** Pages listed on the language home: sections and pages that sit under no section. */
export function topLevelOf<T extends TreeNode>(nodes: readonly T[]): T[] {
  const existing = new Set(nodes.map((node) => node.id));
  return nodes
    .filter((node) => node.id !== homeId && parentOf(node.id, existing) === undefined)
    .sort(byOrder);
}

/** A section's own page (`asyl/index`), which lists the pages under it. The home is no section. */
export function isSectionPage(id: string): boolean {
  return id.endsWith('/index');
}
