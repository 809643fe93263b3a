import type { EducationView } from '../../model/analysis.ts';
import { figure, heading, oneLine } from './format.ts';

export function renderEducation(v: EducationView): string {
  const lines = [heading(`Education${v.country ? ` of ${v.country.name}'s personnel` : ''}`)];
  for (const f of v.flows) {
    const where = f.destination ? f.destination.name : f.domestic === false ? 'abroad' : 'destination not stated';
    lines.push(`  ${figure(f.figure, { date: false })}${f.date.label ? ` ${f.date.label}` : ''} → ${where}${f.domestic === true ? ' (domestic)' : ''} — ${oneLine(f.figure.subject, 60)}`);
  }
  if (!v.flows.length) lines.push('  (no education flows)');
  if (v.outcomes.length) lines.push('', 'outcomes:');
  for (const o of v.outcomes) {
    lines.push(`  ${o.kind} ${o.rate}%: ${o.outcome.value} of ${o.cohort.value}${o.destination ? ` (${o.destination.name})` : ''} [${o.outcome.source.ref} / ${o.cohort.source.ref}]`);
  }
  if (v.statedShares.length) lines.push('', `stated shares: ${v.statedShares.map((f) => figure(f)).join('; ')}`);
  return lines.join('\n');
}
