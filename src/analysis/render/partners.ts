import type { PartnersView } from '../../model/analysis.ts';
import { heading, pad } from './format.ts';

export function renderPartners(v: PartnersView): string {
  const lines = [heading(`Cooperation partners${v.country ? ` of ${v.country.name}` : ''}: ${v.events.length} events`)];
  const ids = v.vectors.map((x) => x.id);
  lines.push(`${pad('year', 6)}${ids.map((id) => pad(id, 9)).join('')}balance`);
  for (const y of v.years) {
    lines.push(`${pad(String(y.year), 6)}${y.cells.map((c) => pad(String(c.count), 9)).join('')}${y.balance ?? '–'}`);
  }
  lines.push(`${pad('all', 6)}${v.totals.map((c) => pad(String(c.count), 9)).join('')}`);
  lines.push(`balance = ${v.balanceFormula}`, '');
  for (const p of v.partners) {
    lines.push(`${pad(p.partner.name, 40)} ${pad(p.vector, 8)} ${p.count} (${p.byCooperation.map((c) => `${c.key} ${c.count}`).join(', ')}) ${p.events.join(' ')}`);
  }
  return lines.join('\n');
}
