import type { ForceNode, ForcesView } from '../../model/analysis.ts';
import { figure, heading } from './format.ts';

export function renderForces(v: ForcesView): string {
  const lines = [heading(`Force structure${v.country ? ` of ${v.country.name}` : ''}`)];
  if (v.personnel.length) lines.push(`personnel: ${v.personnel.map((f) => figure(f)).join('; ')}`);
  const walk = (n: ForceNode, depth: number) => {
    const indent = '  '.repeat(depth);
    const strength = n.personnel.length ? ` — ${n.personnel.map((f) => figure(f)).join('; ')}` : '';
    lines.push(`${indent}${depth ? '└ ' : ''}${n.entity.name}${n.kind ? ` (${n.kind})` : ''}${strength}`);
    for (const p of n.posts) lines.push(`${indent}    ${p.post ?? 'post'}: ${p.person.name}${p.from.label ? ` from ${p.from.label}` : ''} [${p.source.ref}]`);
    n.children.forEach((c) => walk(c, depth + 1));
  };
  v.roots.forEach((r) => walk(r, 0));
  if (!v.roots.length) lines.push('(no military organizations found)');
  return lines.join('\n');
}
