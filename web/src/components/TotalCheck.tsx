import { FigureLink } from './FigureLink.tsx';
import { fmtNumber } from './links.tsx';
import type { InventoryView } from '../types.ts';

type Check = InventoryView['statedTotals'][number];

export function TotalCheckRow({ check }: { check: Check }) {
  return (
    <tr>
      <td className="num"><FigureLink figure={check.total} /> {check.total.subject && <span className="muted">{check.total.subject}</span>}</td>
      <td>{check.parts.map((p, i) => <span key={p.source.ref}>{i > 0 && ' + '}<FigureLink figure={p} />{p.subject ? ` ${p.subject}` : ''}</span>)}</td>
      <td className="num">{fmtNumber(check.sum)}</td>
      <td className={`num ${check.consistent ? 'ok' : 'bad'}`}>{check.difference === 0 ? '0 ✓' : fmtNumber(check.difference)}</td>
    </tr>
  );
}
