import { useApi } from '../api.ts';
import { EventTitle } from '../components/EventTitle.tsx';
import { href } from '../router.ts';
import { labelDate } from '../dates.ts';
import { Empty, Page } from '../components/Status.tsx';
import { EntityChip, FactLink } from '../components/links.tsx';
import { SourceLink } from '../components/FigureLink.tsx';
import type { ProgramsView } from '../types.ts';
import type { PageProps } from '../pages.ts';

export default function Programs(_: PageProps) {
  const view = useApi<ProgramsView>('/views/programs');
  return (
    <Page name="programs" title="Programs, agreements and exercises" loaded={view}>
      {(v) => v.programs.length === 0 ? <Empty>No programs found yet.</Empty> : (
        <div className="table-wrap"><table>
          <thead><tr><th>Program</th><th>Kind</th><th>Parties</th><th>Span</th><th>Events</th><th>Periods and elements</th><th className="num">Mentions</th></tr></thead>
          <tbody>{v.programs.map((p) => (
            <tr key={p.program.id}>
              <td><EntityChip entity={p.program} /></td>
              <td>{p.kind ?? '—'}</td>
              <td className="chips">{p.parties.map((x) => <EntityChip key={x.id} entity={x} />)}</td>
              <td>{p.first.label ?? '—'}{p.last.label && p.last.label !== p.first.label ? `–${p.last.label}` : ''}</td>
              <td className="wide">{p.events.map((e) => <div key={e.ref}><FactLink documentId={e.source.documentId} factRef={e.ref}>{labelDate(e.date)}</FactLink> <EventTitle title={e.title} quote={e.source.quote} /></div>)}</td>
              <td className="wide">
                {p.periods.map((x) => <div key={x.source.ref}><SourceLink source={x.source}>{x.label}</SourceLink></div>)}
                {p.elements.map((x, i) => <div key={i} className="quote"><a href={href(`/documents/${x.documentId}`, { s: x.sentence })}>{x.text}</a></div>)}
              </td>
              <td className="num">{p.mentionCount}</td>
            </tr>
          ))}</tbody>
        </table></div>
      )}
    </Page>
  );
}
