import { useApi } from '../api.ts';
import { EventTitle } from '../components/EventTitle.tsx';
import { labelDate } from '../dates.ts';
import { Empty, Page } from '../components/Status.tsx';
import { EntityChip, FactLink } from '../components/links.tsx';
import { SourceLink } from '../components/FigureLink.tsx';
import type { PeopleView } from '../types.ts';
import type { PageProps } from '../pages.ts';

export default function People(_: PageProps) {
  const view = useApi<PeopleView>('/views/people');
  return (
    <Page name="people" title="People" loaded={view}>
      {(v) => (
        <>
          {v.people.length === 0 ? <Empty>No people found yet.</Empty> : (
            <div className="table-wrap"><table>
              <thead><tr><th>Person</th><th>Titles</th><th>Posts</th><th>Appointments</th></tr></thead>
              <tbody>{v.people.map((p) => (
                <tr key={p.person.id}>
                  <td><EntityChip entity={p.person} /></td>
                  <td>{p.titles.join(', ') || '—'}</td>
                  <td>{p.posts.map((x) => (
                    <div key={x.source.ref}><SourceLink source={x.source}>{x.post ?? 'post'}</SourceLink>{x.org && <> · <EntityChip entity={x.org} /></>}{x.from.label ? <span className="muted"> from {x.from.label}</span> : x.attested?.label ? <span className="muted"> in post by {x.attested.label}</span> : null}</div>
                  ))}</td>
                  <td>{p.appointments.map((a) => <div key={a.ref}><FactLink documentId={a.source.documentId} factRef={a.ref}>{labelDate(a.date)}</FactLink> <EventTitle title={a.title} quote={a.source.quote} /></div>)}</td>
                </tr>
              ))}</tbody>
            </table></div>
          )}
          {v.posts.length > 0 && (
            <>
              <h2>Posts and their holders</h2>
              <div className="table-wrap"><table>
                <thead><tr><th>Post</th><th>Holders</th></tr></thead>
                <tbody>{v.posts.map((p) => (
                  <tr key={p.post}><td>{p.post}</td><td>{p.holders.map((h) => <span key={h.source.ref}><EntityChip entity={h.person} extra={h.from.label ?? undefined} /><SourceLink source={h.source} /> </span>)}</td></tr>
                ))}</tbody>
              </table></div>
            </>
          )}
        </>
      )}
    </Page>
  );
}
