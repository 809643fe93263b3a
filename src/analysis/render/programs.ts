import type { ProgramsView } from '../../model/analysis.ts';
import { heading, oneLine } from './format.ts';

export function renderPrograms(v: ProgramsView): string {
  const lines = [heading(`Programs, agreements and exercises: ${v.programs.length}`)];
  for (const p of v.programs) {
    const when = p.first.label ? (p.last.label && p.last.label !== p.first.label ? ` ${p.first.label} – ${p.last.label}` : ` ${p.first.label}`) : '';
    lines.push(`${p.program.name}${p.kind ? ` (${p.kind})` : ''}${when}`);
    if (p.parties.length) lines.push(`  parties: ${p.parties.map((x) => x.name).join(', ')}`);
    for (const e of p.events) lines.push(`  ${e.label} ${e.type}: ${oneLine(e.title, 80)} [${e.ref}]`);
    for (const x of p.periods) lines.push(`  period: ${x.label} [${x.source.ref}]`);
    for (const el of p.elements) lines.push(`  • ${oneLine(el.text, 100)}`);
  }
  return lines.join('\n');
}
