import type { ForcesView, InventoryView, MoneyView } from '../types.ts';

export interface Suggestion { subject: string; figures: number }

/**
 * What to type into the ledger: subjects that have figures, taken from the views that count
 * things (equipment holders and systems, budget subjects and holders, forces with personnel),
 * the most stated first.
 */
export function ledgerSuggestions(views: { inventory?: InventoryView; money?: MoneyView; forces?: ForcesView }, limit = 14): Suggestion[] {
  const counts = new Map<string, number>();
  const add = (name: string | null | undefined) => {
    const s = name?.replace(/\s+/g, ' ').trim();
    if (!s || s.length > 40) return;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  };
  for (const h of views.inventory?.holders ?? []) {
    for (const it of h.items) { add(h.holder?.name); add(it.model?.name); }
  }
  for (const r of views.money?.rows ?? []) { add(r.figure.subject); add(r.holder?.name); }
  const walk = (nodes: ForcesView['roots']) => {
    for (const n of nodes) {
      for (let i = 0; i < n.personnel.length; i++) add(n.entity.name);
      walk(n.children ?? []);
    }
  };
  walk(views.forces?.roots ?? []);
  return [...counts].map(([subject, figures]) => ({ subject, figures }))
    .sort((a, b) => b.figures - a.figures || a.subject.localeCompare(b.subject))
    .slice(0, limit);
}
