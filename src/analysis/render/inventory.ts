import type { InventoryView } from '../../model/analysis.ts';
import { figure, heading, num, oneLine } from './format.ts';

export function renderInventory(v: InventoryView): string {
  const lines = [heading(`Equipment inventory${v.country ? ` of ${v.country.name}` : ''}`)];
  for (const h of v.holders) {
    lines.push(`${h.holder?.name ?? h.holderText ?? '(holder not stated)'}:`);
    for (const i of h.items) {
      const extra = [i.status, i.role && `role ${i.role}`, i.origin && `origin ${i.origin}`].filter(Boolean).join(', ');
      lines.push(`  ${oneLine(i.model?.name ?? i.modelText ?? '?', 40)}: ${figure(i.count)}${extra ? ` — ${extra}` : ''}`);
    }
  }
  if (!v.holders.length) lines.push('(no equipment figures)');
  const totals = (title: string, list: InventoryView['byRole']) => {
    if (list.length) lines.push(`${title}: ${list.map((t) => `${t.key} ${num(t.count)}`).join(', ')}`);
  };
  lines.push('');
  totals('by role', v.byRole);
  totals('by origin', v.byOrigin);
  totals('by status', v.byStatus);
  for (const t of v.statedTotals) {
    lines.push(`stated total ${figure(t.total)} vs parts ${t.parts.map((p) => num(p.value)).join(' + ')} = ${num(t.sum)}: ${t.consistent ? 'consistent' : `DIFFERS by ${num(t.difference)}`}`);
  }
  return lines.join('\n');
}
