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
  if (v.statementTotals) lines.push(`${pad('named', 6)}${v.statementTotals.map((c) => pad(String(c.count), 9)).join('')}(sentences naming a partner beside cooperation words, dated or not)`);
  lines.push(`balance = ${v.balanceFormula}`, '');
  for (const p of v.partners) {
    const coop = p.byCooperation.length ? ` (${p.byCooperation.map((c) => `${c.key} ${c.count}`).join(', ')})` : '';
    const stated = p.statements ? `; named in ${p.statements} cooperation sentence${p.statements > 1 ? 's' : ''}` : '';
    const via = p.via?.length ? `; via ${p.via.map((x) => x.name).join(', ')}` : '';
    lines.push(`${pad(p.partner.name, 40)} ${pad(p.vector, 8)} ${p.count} event${p.count === 1 ? '' : 's'}${coop}${stated}${via} ${p.events.join(' ')}`.trimEnd());
  }
  return lines.join('\n');
}
