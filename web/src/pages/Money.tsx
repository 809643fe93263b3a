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
        const usdYears = v.rows.filter((r) => r.year !== null && r.usd).map((r) => ({ year: r.year!, usd: r.usd!.usd, category: r.category }));
        return (
          <>
            <CountryPicker value={country} resolved={v.country?.name} />
            {usdYears.length > 0 && (
              <section className="panel">
                <h3>Stated figures per year, in US dollars</h3>
                <PlotFigure label="stated money figures per year in USD, by category" deps={[usdYears]} make={(Plot, width) => Plot.plot({
                  width, height: 240, marginLeft: 70, x: { label: null, tickFormat: 'd', type: 'band' }, y: { label: 'USD', grid: true, tickFormat: '~s' },
                  color: { legend: true },
                  marks: [Plot.barY(usdYears, { x: 'year', y: 'usd', fill: 'category', tip: true }), Plot.ruleY([0])],
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
                    <td>{r.currency}</td><td>{r.year ?? '—'}</td>
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
