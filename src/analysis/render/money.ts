import type { MoneyView } from '../../model/analysis.ts';
import { figure, heading, num, oneLine } from './format.ts';

export function renderMoney(v: MoneyView): string {
  const lines = [heading(`Money${v.country ? ` — ${v.country.name}` : ''}: ${v.rows.length} figures`)];
  let year: number | null | undefined;
  for (const r of v.rows) {
    if (r.year !== year) lines.push(`${(year = r.year) ?? 'undated'}:`);
    const usd = r.usd && r.currency !== 'USD' ? ` ≈ $${num(r.usd.usd)} (${r.usd.method}${r.usd.rate ? `, ${num(r.usd.rate)} ${r.currency}/USD` : ''})` : '';
    lines.push(`  ${r.category.padEnd(11)} ${figure(r.figure, { date: false })}${usd} — ${oneLine(r.figure.subject, 60)}${r.currencyReason ? ` [currency ${r.currencyReason}]` : ''}`);
  }
  if (v.impliedRates.length) {
    lines.push('', 'rates implied by the documents:');
    for (const r of v.impliedRates) lines.push(`  ${r.year ?? 'undated'} ${num(r.rate)} ${r.currency}/USD [${r.local.ref} / ${r.usd.ref}]`);
  }
  if (v.shareOfGdp.length) lines.push('', `share of GDP: ${v.shareOfGdp.map((f) => figure(f)).join('; ')}`);
  lines.push('', `USD conversions: ${v.fxTable.note}`);
  return lines.join('\n');
}
