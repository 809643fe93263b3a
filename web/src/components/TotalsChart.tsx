import { useState } from 'react';
import { yAxisRoom } from './plot-labels.ts';
import { PlotFigure } from './PlotFigure.tsx';
import { fmtNumber } from './links.tsx';
import { QUANTITY_COLOR } from '../colors.ts';
import { href } from '../router.ts';

interface Total { key: string; count: number; refs: string[] }

/** A horizontal bar per key; clicking a bar lists the facts summed into it (each opens its sentence). */
export function TotalsChart({ title, totals }: { title: string; totals: Total[] }) {
  const [picked, setPicked] = useState<Total | null>(null);
  if (totals.length === 0) return <section className="panel"><h3>{title}</h3><p className="muted">Nothing stated.</p></section>;
  return (
    <section className="panel">
      <h3>{title}</h3>
      <PlotFigure
        label={`${title}; click a bar to list its sources`}
        deps={[totals]}
        onPick={(d) => setPicked(d as Total)}
        make={(Plot, width) => {
          const y = yAxisRoom(totals.map((t) => t.key), width, 0.45);
          return Plot.plot({
          width, height: 40 + 26 * totals.length, marginLeft: y.marginLeft,
          x: { label: null, grid: true }, y: { label: null, tickFormat: y.tickFormat },
          marks: [Plot.barX(totals, { y: 'key', x: 'count', fill: QUANTITY_COLOR, sort: { y: '-x' }, tip: true }), Plot.ruleX([0])],
          });
        }}
      />
      {picked && <p className="muted">{picked.key}: {fmtNumber(picked.count)} from {picked.refs.map((r, i) => <span key={r}>{i > 0 && ', '}<a href={href(`/facts/${r}`)}>{r}</a></span>)}</p>}
    </section>
  );
}
