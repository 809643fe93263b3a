import { useApi } from '../api.ts';
import { Empty, Page } from '../components/Status.tsx';
import { EntityChip } from '../components/links.tsx';
import { FigureLink } from '../components/FigureLink.tsx';
import { CountryPicker } from '../components/CountryPicker.tsx';
import { TotalsChart } from '../components/TotalsChart.tsx';
import { TotalCheckRow } from '../components/TotalCheck.tsx';
import type { InventoryView } from '../types.ts';
import type { PageProps } from '../pages.ts';

export default function Inventory({ route }: PageProps) {
  const country = route.params.get('country') ?? '';
  const view = useApi<InventoryView>('/views/inventory', { country });
  return (
    <Page name="inventory" title="Inventory" loaded={view}>
      {(v) => (
        <>
          <CountryPicker value={country} resolved={v.country?.name} />
          <div className="bars">
            <TotalsChart title="By role" totals={v.byRole} />
            <TotalsChart title="By origin" totals={v.byOrigin} />
            <TotalsChart title="By status" totals={v.byStatus} />
          </div>
          {v.holders.length === 0 ? <Empty>No equipment holdings found yet.</Empty> : v.holders.map((h, i) => (
            <section key={h.holder?.id ?? `t${i}`}>
              <h2>{h.holder ? <EntityChip entity={h.holder} /> : h.holderText ?? 'Unattributed'}</h2>
              <div className="table-wrap"><table>
                <thead><tr><th>System</th><th className="num">Count</th><th>Status</th><th>Role</th><th>Origin</th><th>Date</th></tr></thead>
                <tbody>{h.items.map((it) => (
                  <tr key={it.count.source.ref}>
                    <td>{it.model ? <EntityChip entity={it.model} /> : it.modelText ?? it.count.subject ?? '—'}</td>
                    <td className="num"><FigureLink figure={it.count} /></td>
                    <td>{it.status ?? '—'}</td><td>{it.role ?? '—'}</td><td>{it.origin ?? '—'}</td><td>{it.count.dateLabel ?? '—'}</td>
                  </tr>
                ))}</tbody>
              </table></div>
            </section>
          ))}
          {v.statedTotals.length > 0 && (
            <>
              <h2>Stated totals against their parts</h2>
              <div className="table-wrap"><table>
                <thead><tr><th className="num">Stated total</th><th>Parts</th><th className="num">Sum</th><th className="num">Difference</th></tr></thead>
                <tbody>{v.statedTotals.map((t) => <TotalCheckRow key={t.total.source.ref} check={t} />)}</tbody>
              </table></div>
            </>
          )}
          <p className="muted">Counts link to the sentence that states them. Totals by role, origin and status add the stated counts; click a bar for its sources.</p>
        </>
      )}
    </Page>
  );
}
