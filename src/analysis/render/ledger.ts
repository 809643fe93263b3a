import type { LedgerView } from '../../model/analysis.ts';
import { figure, heading, oneLine } from './format.ts';
import { sentenceLabel } from '../../model/sentence-number.ts';

export function renderLedger(v: LedgerView): string {
  const lines = [heading(`Ledger for "${v.query}": ${v.figures.length} figures`)];
  if (v.entities.length) lines.push(`entities: ${v.entities.map((e) => `${e.name} (${e.type} ${e.id})`).join(', ')}`);
  for (const f of v.figures) {
    const who = f.holder?.name ?? f.holderText;
    lines.push(`${f.kind.padEnd(10)} ${figure(f)}${f.status ? ` ${f.status}` : ''} — ${oneLine(f.subject, 50)}${who ? ` / ${who}` : ''}`);
    lines.push(`           doc ${f.source.documentId} ${sentenceLabel(f.source.sentence)}: ${oneLine(f.sentenceText ?? f.source.quote, 110)}`);
  }
  const competing = v.groups.filter((g) => g.competing);
  if (competing.length) {
    lines.push('', 'competing figures:');
    for (const g of competing) lines.push(`  ${g.label ?? g.key}: ${g.values.join(' vs ')} [${g.refs.join(' ')}]`);
  }
  return lines.join('\n');
}
