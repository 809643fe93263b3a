import type { PeopleView } from '../../model/analysis.ts';
import { heading, oneLine } from './format.ts';

export function renderPeople(v: PeopleView): string {
  const lines = [heading(`People: ${v.people.length}`)];
  for (const p of v.people) {
    lines.push(`${p.person.name}${p.titles.length ? ` — ${p.titles.join('; ')}` : ''}`);
    for (const post of p.posts) {
      lines.push(`  ${post.post ?? 'post'}${post.org ? `, ${post.org.name}` : ''}${post.from.label ? ` from ${post.from.label}${post.appointment ? ` (${post.appointment})` : ''}` : post.attested?.label ? ` in post by ${post.attested.label}` : ''} [${post.source.ref}]`);
    }
    for (const a of p.appointments) lines.push(`  ${a.label}: ${oneLine(a.title, 90)} [${a.ref}]`);
  }
  const shared = v.posts.filter((p) => p.holders.length > 1);
  if (shared.length) {
    lines.push('', 'posts held in turn:');
    for (const p of shared) lines.push(`  ${p.post}: ${p.holders.map((h) => `${h.person.name}${h.from.label ? ` (${h.basis === 'attested' ? 'in post by ' : h.basis === 'appointment' ? 'from ' : ''}${h.from.label})` : ''}`).join(' → ')}`);
  }
  return lines.join('\n');
}
