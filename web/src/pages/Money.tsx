import { useApi } from '../api.ts';
import { Empty, Page } from '../components/Status.tsx';
import { EntityChip, fmtNumber } from '../components/links.tsx';
import { FigureLink, SourceLink } from '../components/FigureLink.tsx';
import { CountryPicker } from '../components/CountryPicker.tsx';
import { PlotFigure } from '../components/PlotFigure.tsx';
import type { MoneyView } from '../types.ts';
import type { PageProps } from '../pages.ts';

export default function Money({ route }: PageProps) {
  const country = route.params.get('country') ?? '';
  const view = useApi<MoneyView>('/views/money', { country });
  return (
    <Page name="money" title="Money" loaded={view}>
      {(v) => {
        const usdYears = v.rows.filter((r) => r.year !== null && r.usd && r.usd.usd > 0).map((r) => ({ year: String(r.year), usd: r.usd!.usd, category: r.category, series: r.series ?? r.figure.source.ref }));
        return (
          <>
            <CountryPicker value={country} resolved={v.country?.name} />
            {usdYears.length > 0 && (
              <section className="panel">
                <h3>Stated figures per year in US dollars, by category (a line joins only figures of one measure)</h3>
                <PlotFigure label="stated money figures per year in USD, by category (log scale)" deps={[usdYears]} make={(Plot, width) => Plot.plot({
                  width, height: 260, marginLeft: 60,
                  x: { type: 'point', label: null, domain: [...new Set(usdYears.map((d) => d.year))].sort(), inset: 20 },
                  y: { type: 'log', label: 'USD (log scale)', grid: true, ticks: powersOfTen(usdYears.map((d) => d.usd)), tickFormat: '~s' },
                  color: { legend: true },
                  marks: [
                    Plot.lineY(usdYears, { x: 'year', y: 'usd', z: 'series', stroke: 'category', sort: 'year', strokeOpacity: 0.5 }),
                    Plot.dot(usdYears, { x: 'year', y: 'usd', fill: 'category', r: 5, tip: true }),
                  ],
                })} />
              </section>
            )}
            {v.rows.length === 0 ? <Empty>No money figures found yet.</Empty> : (
              <div className="table-wrap"><table>
                <thead><tr><th>Category</th><th>Holder</th><th className="num">Figure</th><th>Currency</th><th>Year</th><th className="num">USD</th><th>Quote</th></tr></thead>
                <tbody>{v.rows.map((r) => (
                  <tr key={r.figure.source.ref}>
                    <td>{r.category}</td>
                    <td>{r.holder ? <EntityChip entity={r.holder} /> : '—'}</td>
                    <td className="num"><FigureLink figure={r.figure} /></td>
                    <td title={r.currencyReason ?? undefined}>{r.currency}{r.currencyReason ? ' *' : ''}</td><td>{r.year ?? '—'}</td>
                    <td className="num" title={r.usd?.note}>{r.usd ? `${fmtNumber(Math.round(r.usd.usd))} (${r.usd.method})` : '—'}</td>
                    <td className="quote">“{r.figure.source.quote}”</td>
                  </tr>
                ))}</tbody>
              </table></div>
            )}
            {v.impliedRates.length > 0 && (
              <>
                <h2>Exchange rates implied by the text</h2>
                <div className="table-wrap"><table>
                  <thead><tr><th>Currency</th><th>Year</th><th className="num">Per USD</th><th>From</th></tr></thead>
                  <tbody>{v.impliedRates.map((r) => (
                    <tr key={`${r.local.ref}${r.usd.ref}`}><td>{r.currency}</td><td>{r.year ?? '—'}</td><td className="num">{fmtNumber(r.rate)}</td>
                      <td><SourceLink source={r.local}>local figure</SourceLink> / <SourceLink source={r.usd}>USD figure</SourceLink></td></tr>
                  ))}</tbody>
                </table></div>
              </>
            )}
            {v.shareOfGdp.length > 0 && <p>Share of GDP: {v.shareOfGdp.map((f, i) => <span key={f.source.ref}>{i > 0 && ' · '}<FigureLink figure={f} />{f.dateLabel ? ` (${f.dateLabel})` : ''}</span>)}</p>}
            <p className="muted">Conversions: {v.fxTable.note} ({v.fxTable.source}).</p>
          </>
        );
      }}
    </Page>
  );
}

// Log axes read best with one tick per power of ten.
function powersOfTen(values: number[]): number[] {
  const lo = Math.floor(Math.log10(Math.min(...values)));
  const hi = Math.ceil(Math.log10(Math.max(...values)));
  return Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
}
