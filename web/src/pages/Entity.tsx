import { useApi } from '../api.ts';
import { href, navigate } from '../router.ts';
import { EVENT_COLOR } from '../colors.ts';
import { labelDate } from '../dates.ts';
import { Empty, Page } from '../components/Status.tsx';
import { EntityChip, FactLink, TypeBadge } from '../components/links.tsx';
import { PlotFigure } from '../components/PlotFigure.tsx';
import { QuantityTable } from '../components/QuantityTable.tsx';
import { KindHeader } from '../entity/KindHeader.tsx';
import { distinctClaims, mentionsBySentence, unquoted } from '../entity/group.ts';
import { EventTitle, EventTypeLabel } from '../components/EventTitle.tsx';
import { displayTitle } from '../text/event-title.ts';
import type { EntityDetailT, EventFactT } from '../types.ts';
import type { PageProps } from '../pages.ts';

const MAX_MENTIONS = 40;

export default function Entity({ route }: PageProps) {
  const id = Number(route.path[1]);
  const entity = useApi<EntityDetailT>(`/entities/${id}`);
  return (
    <Page name="entity" title={entity.state === 'ok' ? <>{entity.data.name} <TypeBadge type={entity.data.type} /></> : 'Entity'} loaded={entity}>
      {(e) => {
        const sentences = mentionsBySentence(e.mentions);
        const claims = distinctClaims(e.claims);
        return (
        <>
          <p className="muted">
            {e.mentionCount} mentions in {e.documentCount} document{e.documentCount === 1 ? '' : 's'} · {e.source === 'gazetteer' ? 'known to the gazetteer' : 'found in text'}
            {' · '}<a href={href('/timeline', { entity: e.id })}>events on the timeline</a>
            {' · '}<a href={href('/ledger', { subject: e.name })}>ledger</a>
          </p>
          {e.aliases.length > 0 && <p><span className="muted">Also called </span>{e.aliases.map((a) => <span key={a.alias + a.kind} className="chip" style={{ ['--c' as string]: '#64748b' }} title={a.kind}>{a.alias}</span>)}</p>}
          <div className="grid2">
            <KindHeader entity={e} />
            <section className="panel">
              <h3>Related entities</h3>
              {e.related.length === 0 ? <Empty>None yet.</Empty> : e.related.map((r) => <EntityChip key={r.id} entity={r} extra={r.weight} />)}
            </section>
          </div>
          <h2>Figures ({e.quantities.length})</h2>
          {e.quantities.length === 0 ? <Empty>No figures about {e.name}.</Empty> : <QuantityTable rows={e.quantities} />}
          <h2>Events ({e.events.length})</h2>
          {e.events.length === 0 ? <Empty>No dated events.</Empty> : <><EventStrip events={e.events} /><EventList events={e.events} /></>}
          {claims.length > 0 && <>
            <h2>Statements ({claims.length})</h2>
            <ul className="hits" data-list="statements">{claims.map((c) => <li key={c.ref}><FactLink documentId={c.documentId} factRef={c.ref}>“{unquoted(c.text)}”</FactLink></li>)}</ul>
          </>}
          <h2>Mentions ({e.mentions.length < e.mentionCount ? `the first ${e.mentions.length} of ${e.mentionCount}` : e.mentions.length} in {sentences.length} sentence{sentences.length === 1 ? '' : 's'})</h2>
          <ol className="hits" data-list="mentions">
            {sentences.slice(0, MAX_MENTIONS).map((s) => (
              <li key={s.key} data-sentence={`${s.documentId}:${s.sentence}`}>
                <FactLink documentId={s.documentId} factRef={s.ref}>{s.sentenceText}</FactLink>
                <div className="hit-meta">{s.documentTitle} · sentence {s.sentence + 1} · {[...new Set(s.mentions.map((m) => `“${m.quote}”`))].join(', ')} · {[...new Set(s.mentions.map((m) => m.rule))].join(', ')}</div>
              </li>
            ))}
          </ol>
          {sentences.length > MAX_MENTIONS && <p className="muted">…and {sentences.length - MAX_MENTIONS} more sentences.</p>}
        </>
        );
      }}
    </Page>
  );
}

function EventStrip({ events }: { events: EventFactT[] }) {
  return (
    <div className="panel">
      <PlotFigure
        label="this entity's events over time; click one to open it"
        deps={[events]}
        onPick={(d) => { const ev = d as EventFactT; navigate(`/documents/${ev.documentId}`, { fact: ev.ref }); }}
        make={(Plot, width) => Plot.plot({
          width, height: 110, marginLeft: 24, marginRight: 24,
          x: { type: 'utc', label: null },
          y: { axis: null },
          marks: [
            Plot.ruleY([0], { stroke: '#cbd5e1' }),
            Plot.dot(events, Plot.dodgeY({ x: (e: EventFactT) => new Date(e.date.start), r: 6, fill: EVENT_COLOR, fillOpacity: 0.8, tip: true, title: (e: EventFactT) => `${labelDate(e.date)} · ${displayTitle(e.title, e.quote)}` })),
          ],
        })}
      />
    </div>
  );
}

export function EventList({ events }: { events: EventFactT[] }) {
  return (
    <div className="table-wrap"><table>
      <thead><tr><th>Date</th><th>Event</th><th>Type</th><th>Who</th></tr></thead>
      <tbody>{events.map((ev) => (
        <tr key={ev.ref}>
          <td><FactLink documentId={ev.documentId} factRef={ev.ref}>{labelDate(ev.date)}</FactLink></td>
          <td><FactLink documentId={ev.documentId} factRef={ev.ref} title={ev.quote}><EventTitle title={ev.title} quote={ev.quote} /></FactLink></td>
          <td><EventTypeLabel type={ev.type} cooperation={ev.cooperation} /></td>
          <td>{ev.participants.map((p) => <EntityChip key={`${p.id}${p.role}`} entity={p} />)}</td>
        </tr>
      ))}</tbody>
    </table></div>
  );
}
