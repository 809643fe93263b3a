import { useCallback, useMemo } from 'react';
import { yAxisRoom } from '../components/plot-labels.ts';
import { EventTitle } from '../components/EventTitle.tsx';
import { cooperationLabel } from '../text/cooperation.ts';
import { useApi } from '../api.ts';
import { setParams } from '../router.ts';
import { labelDate } from '../dates.ts';
import { Empty, Page } from '../components/Status.tsx';
import { EntityChip, FactLink } from '../components/links.tsx';
import { CountryPicker } from '../components/CountryPicker.tsx';
import { PlotFigure } from '../components/PlotFigure.tsx';
import { PartnerNetwork } from '../partners/Network.tsx';
import type { PartnersView } from '../types.ts';
import type { PageProps } from '../pages.ts';

const PALETTE = ['#dc2626', '#2563eb', '#ca8a04', '#16a34a', '#7c3aed', '#0891b2', '#db2777', '#64748b'];

export default function Partners({ route }: PageProps) {
  const p = route.params;
  const country = p.get('country') ?? '';
  const view = useApi<PartnersView>('/views/partners', { country });
  const vectors = view.state === 'ok' ? view.data.vectors : [];
  const colorOf = useCallback((v: string) => PALETTE[Math.max(0, vectors.findIndex((x) => x.id === v)) % PALETTE.length], [vectors]);
  const onPick = useCallback((id: number) => setParams({ partner: id, year: '', vector: '' }), []);
  return (
    <Page name="partners" title="Partners" loaded={view}>
      {(v) => <PartnersBody v={v} country={country} colorOf={colorOf} onPick={onPick} year={p.get('year')} vector={p.get('vector')} partner={p.get('partner')} />}
    </Page>
  );
}

function PartnersBody({ v, country, colorOf, onPick, year, vector, partner }: {
  v: PartnersView; country: string; colorOf: (v: string) => string; onPick: (id: number) => void;
  year: string | null; vector: string | null; partner: string | null;
}) {
  const label = (id: string) => v.vectors.find((x) => x.id === id)?.label ?? id;
  const cells = useMemo(() => v.years.flatMap((y) => y.cells.map((c) => ({ year: y.year, vector: label(c.vector), vectorId: c.vector, count: c.count }))), [v]);
  const balance = v.years.filter((y) => y.balance !== null).map((y) => ({ year: y.year, balance: y.balance! }));
  let selected: string[] | null = null;
  let caption = '';
  if (year && vector) {
    selected = v.years.find((y) => String(y.year) === year)?.cells.find((c) => c.vector === vector)?.events ?? [];
    caption = `${label(vector)} in ${year}`;
  } else if (partner) {
    const row = v.partners.find((x) => String(x.partner.id) === partner);
    selected = row?.events ?? [];
    caption = row ? `with ${row.partner.name}` : '';
  }
  const events = selected ? v.events.filter((e) => selected!.includes(e.ref)) : [];
  return (
    <>
      <CountryPicker value={country} resolved={v.country?.name} />
      {v.partners.length === 0 ? <Empty>No cooperation events with partners found yet.</Empty> : (
        <div>
          <section className="panel">
            <h3>Network <span className="muted">(click a partner to list its events)</span></h3>
            <PartnerNetwork view={v} colorOf={colorOf} onPick={onPick} />
            <div className="legend">{v.vectors.map((x) => <span key={x.id} style={{ ['--c' as string]: colorOf(x.id) }}>{x.label}</span>)}</div>
          </section>
          <section className="panel">
            <h3>Events per year and vector <span className="muted">(click a cell)</span></h3>
            <PlotFigure
              label="cooperation events per year and vector; click a cell to list its events"
              deps={[cells]}
              onPick={(d) => { const c = d as { year: number; vectorId: string }; setParams({ year: c.year, vector: c.vectorId, partner: '' }); }}
              make={(Plot, width) => {
                const y = yAxisRoom(v.vectors.map((x) => x.label), width, 0.35);
                // Counts on the darkest cells are drawn white to stay readable.
                const maxCell = Math.max(1, ...cells.map((c) => c.count));
                return Plot.plot({
                width, height: 60 + 34 * v.vectors.length, marginLeft: y.marginLeft, padding: 0.06,
                x: { label: null, tickFormat: 'd', type: 'band' }, y: { label: null, domain: v.vectors.map((x) => x.label), tickFormat: y.tickFormat },
                // Legend margins are legend options Plot reads from the scale (not in its types): the end ticks stay inside.
                color: { scheme: 'blues', legend: true, label: 'events', ...({ marginLeft: 12, marginRight: 12 } as object) },
                marks: [
                  Plot.cell(cells, { x: 'year', y: 'vector', fill: 'count', inset: 0.5, tip: true }),
                  Plot.text(cells, { x: 'year', y: 'vector', text: (d: { count: number }) => (d.count ? String(d.count) : ''), fill: (d: { count: number }) => (d.count > maxCell * 0.55 ? 'white' : 'black'), fontSize: 11 }),
                ],
                });
              }}
            />
            {balance.length > 1 && (
              <>
                <h3>Balance per year</h3>
                <PlotFigure label="multi-vector balance per year" deps={[balance]} make={(Plot, width) => Plot.plot({
                  width, height: 170, marginLeft: 40, x: { label: null, tickFormat: 'd' }, y: { domain: [-1, 1], grid: true, label: 'balance' },
                  marks: [Plot.ruleY([0], { stroke: '#94a3b8' }), Plot.lineY(balance, { x: 'year', y: 'balance', stroke: '#1d4ed8' }), Plot.dot(balance, { x: 'year', y: 'balance', fill: '#1d4ed8', tip: true })],
                })} />
                <p className="muted">{v.balanceFormula}</p>
              </>
            )}
          </section>
        </div>
      )}
      {selected && (
        <section>
          <h2>Events {caption} ({events.length})</h2>
          <div className="table-wrap"><table>
            <thead><tr><th>Date</th><th>Event</th><th>Kind</th><th>Partners</th></tr></thead>
            <tbody>{events.map((e) => (
              <tr key={e.ref}>
                <td><FactLink documentId={e.source.documentId} factRef={e.ref}>{labelDate(e.date)}</FactLink></td>
                <td><FactLink documentId={e.source.documentId} factRef={e.ref} title={e.source.quote}><EventTitle title={e.title} quote={e.source.quote} /></FactLink></td>
                <td>{cooperationLabel(e.cooperation)}</td>
                <td>{e.partners.map((x) => <EntityChip key={x.id} entity={x} extra={label(x.vector)} />)}</td>
              </tr>
            ))}</tbody>
          </table></div>
        </section>
      )}
      <h2>Partners</h2>
      <div className="table-wrap"><table>
        <thead><tr><th>Partner</th><th>Vector</th><th className="num">Events</th><th>By kind</th></tr></thead>
        <tbody>{v.partners.map((x) => (
          <tr key={x.partner.id}>
            <td><EntityChip entity={x.partner} /></td><td>{label(x.vector)}</td>
            <td className="num"><button type="button" className="linklike" onClick={() => onPick(x.partner.id)}>{x.count}</button></td>
            <td className="muted">{x.byCooperation.map((c) => `${cooperationLabel(c.key)} ${c.count}`).join(' · ')}</td>
          </tr>
        ))}</tbody>
      </table></div>
    </>
  );
}
