import type { HighlightT } from '../types.ts';

export type Mark = Pick<HighlightT, 'ref' | 'type' | 'start' | 'end' | 'label'> & { kind: HighlightT['kind'] | 'other' };
export interface MarkNode { mark: Mark; children: MarkNode[] }

/**
 * Nests the marks of one sentence: a mention inside an event span becomes its child. A mark that
 * crosses another's boundary cannot nest and is left out of the text (the side panel still lists it),
 * unless it is the target fact, which always wins its place.
 */
export function nestMarks(marks: Mark[], start: number, end: number, target: string | null): MarkNode[] {
  const clipped = marks
    .map((m) => ({ ...m, start: Math.max(m.start, start), end: Math.min(m.end, end) }))
    .filter((m) => m.end > m.start);
  const ordered = [...clipped].sort((a, b) => a.start - b.start || b.end - a.end);
  const withTargetFirst = target ? [...ordered.filter((m) => m.ref === target), ...ordered.filter((m) => m.ref !== target)] : ordered;
  const roots: MarkNode[] = [];
  for (const m of withTargetFirst) insert(roots, { mark: m, children: [] });
  return roots;
}

function insert(siblings: MarkNode[], node: MarkNode): boolean {
  const m = node.mark;
  for (const s of siblings) {
    const o = s.mark;
    if (m.start >= o.start && m.end <= o.end) return insert(s.children, node);
    if (o.start >= m.start && o.end <= m.end) continue; // handled below: node wraps siblings
    if (m.start < o.end && o.start < m.end) return false; // crossing boundaries
  }
  const inside = siblings.filter((s) => s.mark.start >= m.start && s.mark.end <= m.end);
  node.children.push(...inside);
  for (const s of inside) siblings.splice(siblings.indexOf(s), 1);
  siblings.push(node);
  siblings.sort((a, b) => a.mark.start - b.mark.start);
  node.children.sort((a, b) => a.mark.start - b.mark.start);
  return true;
}
