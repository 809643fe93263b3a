import type { ReactNode } from 'react';
import { typeColor } from '../colors.ts';
import type { MarkNode } from './nest.ts';

/** The text from `start` to `end` with its nested marks; each mark carries data-fact for linking and tests. */
export function renderMarks(text: string, start: number, end: number, nodes: MarkNode[], target: string | null, onPick: (ref: string) => void): ReactNode[] {
  const out: ReactNode[] = [];
  let at = start;
  for (const n of nodes) {
    const m = n.mark;
    if (m.start > at) out.push(text.slice(at, m.start));
    const cls = `hl hl-${m.kind}${m.ref === target ? ' fact-target' : ''}`;
    out.push(
      <mark key={m.ref} className={cls} data-fact={m.ref} data-kind={m.kind} data-type={m.type} title={`${m.label} · ${m.type} · ${m.ref}`}
        style={{ ['--c' as string]: typeColor(m.type) }}
        onClick={(e) => { e.stopPropagation(); onPick(m.ref); }}>
        {renderMarks(text, m.start, m.end, n.children, target, onPick)}
      </mark>,
    );
    at = m.end;
  }
  if (at < end) out.push(text.slice(at, end));
  return out;
}
