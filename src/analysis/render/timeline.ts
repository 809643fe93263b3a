import type { TimelineView } from '../../model/analysis.ts';
import { heading, oneLine, pad } from './format.ts';

export function renderTimeline(v: TimelineView): string {
  const f = v.filter;
  const scope = [f.from && `from ${f.from}`, f.to && `to ${f.to}`, f.type && `type ${f.type}`, f.entity && `with ${f.entity.name}`].filter(Boolean).join(', ');
  const lines = [heading(`Timeline${scope ? ` (${scope})` : ''}: ${v.total} events`)];
  if (v.events.length < v.total) lines.push(`events ${v.offset + 1}–${v.offset + v.events.length} of ${v.total} (--offset, --limit for others)`);
  for (const e of v.events) {
    const who = e.participants.filter((p) => p.role !== 'location').map((p) => p.name).join(', ');
    lines.push(`${pad(e.label, 12)} ${pad(e.type, 12)} ${oneLine(e.title, 80)}${who ? ` — ${oneLine(who, 60)}` : ''} [${e.ref}]`);
  }
  if (v.total) {
    lines.push('', `per year: ${v.perYear.map((c) => `${c.key} ${c.count}`).join(', ')}`);
    lines.push(`per type: ${v.perType.map((c) => `${c.key} ${c.count}`).join(', ')}`);
  }
  return lines.join('\n');
}
