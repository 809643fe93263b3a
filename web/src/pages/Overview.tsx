import { useApi } from '../api.ts';
import { href, navigate } from '../router.ts';
import { ENTITY_TYPES, EVENT_COLOR, typeColor, typeLabel } from '../colors.ts';
import { Page } from '../components/Status.tsx';
import { PlotFigure } from '../components/PlotFigure.tsx';
import type { DocumentsPageT, StatsT, TimelineT } from '../types.ts';
import type { PageProps } from '../pages.ts';
import { auditFindingCount } from '../views/audit-count.ts';

export default function Overview(_: PageProps) {
  const stats = useApi<StatsT>('/stats');
  const docs = useApi<DocumentsPageT>('/documents', { limit: 8 });
  const timeline = useApi<TimelineT>('/timeline');
  const audit = useApi<unknown>('/views/audit');
  return (
    <Page name="overview" title="Overview" loaded={stats}>
      {(s) => {
        const types = [...new Set([...ENTITY_TYPES.map((t) => t.id), ...Object.keys(s.entitiesByType)])];
        const findings = audit.state === 'ok' ? auditFindingCount(audit.data) : null;
        return (
          <>
            <div className="cards" aria-label="corpus size">
              <Stat n={s.documents} label="documents" to={href('/documents')} />
              <Stat n={s.sentences} label="sentences" />
              <Stat n={s.entities} label="entities" to={href('/entities')} />
              <Stat n={s.quantities} label="stated figures" to={href('/inventory')} />
              <Stat n={s.events} label="events" to={href('/timeline')} />
              <Stat n={s.relations} label="relations" />
              <Stat n={findings} label="audit findings" to={href('/audit')} />
            </div>
            <h2>Entities by type</h2>
            <div className="cards">
              {types.map((t) => (
                <a key={t} className="card typed" style={{ ['--c' as string]: typeColor(t) }} href={href('/entities', { type: t })}>
                  <div className="big">{(s.entitiesByType[t] ?? 0).toLocaleString('en-US')}</div>
                  <div className="label">{typeLabel(t)}</div>
                </a>
              ))}
            </div>
            <h2>Events per year</h2>
            <div className="panel">
              {timeline.state === 'ok' && timeline.data.events.length > 0 ? <EventsStrip data={timeline.data} /> : <p className="muted">{timeline.state === 'loading' ? 'Loading…' : 'No dated events yet.'}</p>}
            </div>
            <h2>Latest documents</h2>
            {docs.state === 'ok' && (
              <div className="table-wrap"><table>
                <thead><tr><th>Title</th><th>Format</th><th className="num">Sentences</th><th>Published</th><th>Ingested</th></tr></thead>
                <tbody>{docs.data.items.map((d) => (
                  <tr key={d.id}><td><a href={href(`/documents/${d.id}`)}>{d.title}</a></td><td>{d.format}</td><td className="num">{d.sentenceCount}</td><td>{d.publishedDate ?? '—'}</td><td>{d.ingestedAt.slice(0, 10)}</td></tr>
                ))}</tbody>
              </table></div>
            )}
          </>
        );
      }}
    </Page>
  );
}

function Stat({ n, label, to }: { n: number | null; label: string; to?: string }) {
  const body = <><div className="big">{n === null ? '—' : n.toLocaleString('en-US')}</div><div className="label">{label}</div></>;
  return to ? <a className="card" href={to}>{body}</a> : <div className="card">{body}</div>;
}

function EventsStrip({ data }: { data: TimelineT }) {
  const counts = new Map<number, number>();
  for (const e of data.events) { const y = Number(e.date.start.slice(0, 4)); counts.set(y, (counts.get(y) ?? 0) + 1); }
  const years = [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year);
  return (
    <PlotFigure
      label="events per year; click a bar to open the timeline for that year"
      deps={[data]}
      onPick={(d) => { const y = (d as { year: number }).year; navigate('/timeline', { from: y, to: y }); }}
      make={(Plot, width) => Plot.plot({
        width, height: 160, marginLeft: 36,
        x: { label: null, tickFormat: 'd', interval: 1 },
        y: { label: 'events', grid: true },
        marks: [
          Plot.barY(years, { x: 'year', y: 'count', fill: EVENT_COLOR, tip: true }),
          Plot.ruleY([0]),
        ],
      })}
    />
  );
}
