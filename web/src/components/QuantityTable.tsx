import { labelDate } from '../dates.ts';
import { EntityChip, FactLink, fmtNumber } from './links.tsx';
import type { QuantityFactT } from '../types.ts';

/** Figures with every value linking to its sentence. */
export function QuantityTable({ rows }: { rows: QuantityFactT[] }) {
  return (
    <div className="table-wrap"><table>
      <thead><tr><th className="num">Figure</th><th>Kind</th><th>Of</th><th>Held by</th><th>Date</th><th>Quote</th></tr></thead>
      <tbody>{rows.map((q) => (
        <tr key={q.ref}>
          <td className="num"><FactLink documentId={q.documentId} factRef={q.ref}>
            {q.qualifier !== 'exact' && q.qualifier !== 'range' ? `${q.qualifier.replace('_', ' ')} ` : ''}
            {q.qualifier === 'range' && q.low !== null && q.high !== null ? `${fmtNumber(q.low)}–${fmtNumber(q.high)}` : fmtNumber(q.value)}
            {q.unit ? ` ${q.unit}` : ''}
          </FactLink></td>
          <td>{q.kind}</td>
          <td>{q.subjectEntity ? <EntityChip entity={q.subjectEntity} /> : q.subject ?? '—'}</td>
          <td>{q.holderEntity ? <EntityChip entity={q.holderEntity} /> : q.holder ?? '—'}</td>
          <td>{labelDate(q.date)}</td>
          <td className="quote">“{q.quote}”</td>
        </tr>
      ))}</tbody>
    </table></div>
  );
}
