import { useApi } from '../api.ts';
import { yAxisRoom } from '../components/plot-labels.ts';
import { href } from '../router.ts';
import { Empty, Page } from '../components/Status.tsx';
import { EntityChip } from '../components/links.tsx';
import { FigureLink } from '../components/FigureLink.tsx';
import { CountryPicker } from '../components/CountryPicker.tsx';
import { PlotFigure } from '../components/PlotFigure.tsx';
import type { EducationView } from '../types.ts';
import type { PageProps } from '../pages.ts';

export default function Education({ route }: PageProps) {
  const country = route.params.get('country') ?? '';
  const view = useApi<EducationView>('/views/education', { country });
  return (
    <Page name="education" title="Military education" loaded={view}>
      {(v) => {
        const abroad = v.flows.filter((f) => f.destination).map((f) => ({ destination: f.destination!.name, value: f.figure.value }));
        return (
          <>
            <CountryPicker value={country} resolved={v.country?.name} />
            {abroad.length > 1 && (
              <section className="panel">
                <h3>Students and cadets by destination</h3>
                <PlotFigure label="students by destination" deps={[abroad]} make={(Plot, width) => {
                  const y = yAxisRoom(abroad.map((a) => String(a.destination)), width);
                  return Plot.plot({
                    width, height: 40 + 26 * new Set(abroad.map((a) => a.destination)).size, marginLeft: y.marginLeft, x: { grid: true, label: null }, y: { label: null, tickFormat: y.tickFormat },
                    marks: [Plot.barX(abroad, Plot.groupY({ x: 'sum' }, { y: 'destination', x: 'value', fill: '#9333ea', sort: { y: '-x' }, tip: true })), Plot.ruleX([0])],
                  });
                }} />
              </section>
            )}
            <h2>Flows</h2>
            {v.flows.length === 0 ? <Empty>No education flows found yet.</Empty> : (
              <div className="table-wrap"><table>
                <thead><tr><th>Where</th><th className="num">How many</th><th>What</th><th>When</th><th>Quote</th></tr></thead>
                <tbody>{v.flows.map((f) => (
                  <tr key={f.figure.source.ref}>
                    <td>{f.destination ? <EntityChip entity={f.destination} /> : f.domestic ? 'at home' : '—'}</td>
                    <td className="num"><FigureLink figure={f.figure} /></td>
                    <td>{f.figure.subject ?? '—'}{f.event && <> · <a href={href(`/facts/${f.event}`)}>event</a></>}</td>
                    <td>{f.date.label ?? '—'}</td>
                    <td className="quote">“{f.figure.source.quote}”</td>
                  </tr>
                ))}</tbody>
              </table></div>
            )}
            {v.outcomes.length > 0 && (
              <>
                <h2>Attrition and retention</h2>
                <div className="table-wrap"><table>
                  <thead><tr><th>Kind</th><th className="num">Cohort</th><th className="num">Outcome</th><th className="num">Rate</th><th>Where</th></tr></thead>
                  <tbody>{v.outcomes.map((o) => (
                    <tr key={o.outcome.source.ref}><td>{o.kind}</td><td className="num"><FigureLink figure={o.cohort} /></td><td className="num"><FigureLink figure={o.outcome} /></td>
                      <td className="num">{o.rate.toFixed(1)}%</td><td>{o.destination ? <EntityChip entity={o.destination} /> : '—'}</td></tr>
                  ))}</tbody>
                </table></div>
              </>
            )}
            {v.statedShares.length > 0 && <p>Stated shares: {v.statedShares.map((f, i) => <span key={f.source.ref}>{i > 0 && ' · '}<FigureLink figure={f} />{f.subject ? ` ${f.subject}` : ''}</span>)}</p>}
          </>
        );
      }}
    </Page>
  );
}
