import type { AtlasStore } from '../../store/store.ts';
import { auditView } from '../audit/audit.ts';
import { forcesView } from '../views/forces.ts';
import { inventoryView } from '../views/inventory.ts';
import { moneyView } from '../views/money.ts';
import { factKeysIn } from './coverage.ts';

/**
 * What the review queue ranks by: the facts audit findings name, and the facts the figure views
 * (forces, inventory, money) show for the main country. Runs those views once.
 */
export async function whatMatters(store: AtlasStore): Promise<{ findings: Map<string, string[]>; usedInViews: Set<string> }> {
  const findings = new Map<string, string[]>();
  const audit = await auditView(store);
  for (const f of audit.findings) {
    for (const key of factKeysIn(f.refs.map((ref) => ({ ref })))) findings.set(key, [...(findings.get(key) ?? []), f.id]);
  }
  const usedInViews = new Set<string>();
  for (const view of [forcesView, inventoryView, moneyView]) {
    // A store with no country has no such view: nothing to rank by.
    const out = await view(store, {}).catch(() => null);
    for (const k of factKeysIn(out)) usedInViews.add(k);
  }
  return { findings, usedInViews };
}
