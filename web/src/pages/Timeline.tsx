import { useApi } from '../api.ts';
import { yAxisRoom } from '../components/plot-labels.ts';
import { navigate, setParams } from '../router.ts';
import { labelDate, yearOfDate } from '../dates.ts';
import { eventColorScale, typeLabel } from '../colors.ts';
import { displayTitle } from '../text/event-title.ts';
import { Empty, Page } from '../components/Status.tsx';
import { PlotFigure } from '../components/PlotFigure.tsx';
import { EventList } from './Entity.tsx';
import type { EventFactT, TimelineT } from '../types.ts';
import type { PageProps } from '../pages.ts';

export default function Timeline({ route }: PageProps) {
  const p = route.params;
  const type = p.get('type') ?? '';
  const entity = p.get('entity') ?? '';
  // Date bounds filter client-side over the whole span so the range inputs know the full extent.
  const all = useApi<TimelineT>('/timeline', { type, entity });
  return (
    <Page name="timeline" title="Timeline" loaded={all}>
      {(t) => {
        const years = t.events.map((e) => yearOfDate(e.date));
        const min = years.length ? Math.min(...years) : 1990;
        const max = years.length ? Math.max(...years) : 2020;
        const from = Number(p.get('from') || min);
        const to = Number(p.get('to') || max);
        const shown = t.events.filter((e) => yearOfDate(e.date) <= to && Number(e.date.end.slice(0, 4)) >= from);
        const partners = new Map<number, { id: number; name: string; type: string; n: number }>();
        for (const e of t.events) for (const q of e.participants) {
          const x = partners.get(q.id) ?? { id: q.id, name: q.name, type: q.type, n: 0 };
          x.n++;
          partners.set(q.id, x);
        }
        return (
          <>
            <div className="toolbar" aria-label="filters">
              <label>From <input type="range" min={min} max={max} value={from} onChange={(e) => setParams({ from: Math.min(Number(e.target.value), to) }, { replace: true })} aria-valuetext={String(from)} /> <strong>{from}</strong></label>
              <label>To <input type="range" min={min} max={max} value={to} onChange={(e) => setParams({ to: Math.max(Number(e.target.value), from) }, { replace: true })} aria-valuetext={String(to)} /> <strong>{to}</strong></label>
              <button type="button" onClick={() => setParams({ from: '', to: '' })}>Whole span</button>
              <label>Event type
                <select value={type} onChange={(e) => setParams({ type: e.target.value })}>
                  <option value="">all</option>
                  {Object.entries(t.types).sort((a, b) => b[1] - a[1]).map(([k, n]) => <option key={k} value={k}>{typeLabel(k)} ({n})</option>)}
                </select>
              </label>
              <label>Partner
                <select value={entity} onChange={(e) => setParams({ entity: e.target.value })}>
                  <option value="">any</option>
                  {[...partners.values()].sort((a, b) => b.n - a.n).map((x) => <option key={x.id} value={x.id}>{x.name} ({x.n})</option>)}
                </select>
              </label>
            </div>
            {shown.length === 0 ? <Empty>No events in this window.</Empty> : (
              <>
                <div className="panel">
                  <PlotFigure
                    label="events by date and type; click one to open its sentence"
                    deps={[shown]}
                    onPick={(d) => { const ev = d as EventFactT; navigate(`/documents/${ev.documentId}`, { fact: ev.ref }); }}
                    make={(Plot, width) => {
                      const y = yAxisRoom(Object.keys(t.types).map(typeLabel), width, 0.3);
                      return Plot.plot({
                      width, height: 70 + 34 * Object.keys(t.types).length, marginLeft: y.marginLeft,
                      x: { type: 'utc', label: null, inset: 8, domain: [new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(to, 11, 31))] },
                      y: { label: null, tickFormat: (d: string) => y.tickFormat(typeLabel(d)) },
                      color: eventColorScale(Object.keys(t.types)),
                      marks: [
                        Plot.gridX({ stroke: '#e2e8f0', strokeOpacity: 1 }),
                        Plot.dot(shown, {
                          x: (e: EventFactT) => new Date(e.date.start), y: 'type', r: 6, fill: 'type',
                          fillOpacity: 0.8, tip: true, title: (e: EventFactT) => `${labelDate(e.date)}\n${displayTitle(e.title, e.quote)}`,
                        }),
                      ],
                      });
                    }}
                  />
                </div>
                <p className="muted">{shown.length} events, {from}–{to}</p>
                <EventList events={shown} />
              </>
            )}
          </>
        );
      }}
    </Page>
  );
}
