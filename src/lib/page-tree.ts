/**
 * Navigation derived from the Swedish source pages: which pages a section lists, in what order,
 * and the breadcrumb trail above a page. The tree is the same in every language.
 */
import { ancestorIds, isSectionIndex, slugOfPage } from './routes.ts';

export interface TreeNode {
  id: string;
  order?: number | undefined;
}

function byOrder(a: TreeNode, b: TreeNode): number {
  const orderA = a.order ?? Number.MAX_SAFE_INTEGER;
  const orderB = b.order ?? Number.MAX_SAFE_INTEGER;
  return orderA - orderB || a.id.localeCompare(b.id);
}

/** The section page directly above a page (nearest existing ancestor), or undefined for the home. */
export function parentOf(id: string, existingIds: ReadonlySet<string>): string | undefined {
  const ancestors = ancestorIds(id).filter((ancestor) => existingIds.has(ancestor));
  return ancestors.at(-1);
}

/** Section pages and pages above a page, outermost first: the breadcrumb trail without the home. */
export function breadcrumbIds(id: string, existingIds: ReadonlySet<string>): string[] {
  return ancestorIds(id).filter((ancestor) => existingIds.has(ancestor));
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
    .filter((node) => node.id !== 'index' && parentOf(node.id, existing) === undefined)
    .sort(byOrder);
}

export function isSection(id: string): boolean {
  return isSectionIndex(id) && slugOfPage(id) !== '';
}
