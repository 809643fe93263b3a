import type { AuditView } from '../../model/analysis.ts';
import { heading, oneLine } from './format.ts';
import { sentenceLabel } from '../../model/sentence-number.ts';

export function renderAudit(v: AuditView): string {
  const shown = v.total > v.findings.length ? ` (the ${v.findings.length} largest listed)` : '';
  const lines = [heading(`Audit: ${v.total} finding${v.total === 1 ? '' : 's'}${shown}`)];
  for (const f of v.findings) {
    lines.push(`${f.id} [${f.rule}] ${f.message}`, `   ${f.arithmetic}`);
    for (const s of f.sides) lines.push(`   ${s.source.ref} doc ${s.source.documentId} ${sentenceLabel(s.source.sentence)}: "${oneLine(s.source.quote, 60)}" — ${oneLine(s.sentenceText, 100)}`);
  }
  lines.push('', `checked: ${v.checked.map((c) => `${c.rule} ${c.count}`).join(', ')}`);
  return lines.join('\n');
}
