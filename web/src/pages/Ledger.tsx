import { useEffect, useState } from 'react';
import { useApi } from '../api.ts';
import { href, setParams } from '../router.ts';
import { Empty, Page } from '../components/Status.tsx';
import { EntityChip } from '../components/links.tsx';
import { FigureLink } from '../components/FigureLink.tsx';
import type { ForcesView, InventoryView, LedgerView, MoneyView } from '../types.ts';
import { ledgerSuggestions } from '../views/ledger-suggestions.ts';
import type { ReactNode } from 'react';
import type { PageProps } from '../pages.ts';

export default function Ledger({ route }: PageProps) {
  const subject = route.params.get('subject') ?? '';
  const [draft, setDraft] = useState(subject);
  useEffect(() => setDraft(subject), [subject]);
  const view = useApi<LedgerView>(subject ? '/views/ledger' : null, { subject });
  const form = (
    <form className="toolbar" onSubmit={(e) => { e.preventDefault(); setParams({ subject: draft.trim() }); }}>
      <label>Subject <input type="text" className="subject-input" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="a unit, a system, a budget…" /></label>
      <button type="submit">Show figures</button>
    </form>
  );
  if (!subject) return <LedgerStart form={form} />;
  return (
    <Page name="ledger" title={<>Ledger <span className="sub">“{subject}”</span></>} loaded={view}>
      {(v) => (
        <>
          {form}
          <p>{v.entities.map((e) => <EntityChip key={e.id} entity={e} />)}</p>
          {v.figures.length === 0 ? <Empty>No figures about {subject}.</Empty> : (
            <div className="table-wrap"><table>
              <thead><tr><th className="num">Figure</th><th>Kind</th><th>Holder</th><th>Date</th><th>Sentence</th><th>Document</th></tr></thead>
              <tbody>{v.figures.map((f) => (
                <tr key={f.source.ref}>
                  <td className="num"><FigureLink figure={f} /></td><td>{f.kind}</td>
                  <td>{f.holder ? <EntityChip entity={f.holder} /> : f.holderText ?? '—'}</td><td>{f.dateLabel ?? '—'}</td>
                  <td className="quote">{f.sentenceText ?? f.source.quote}</td><td className="muted">{f.documentTitle}</td>
                </tr>
              ))}</tbody>
            </table></div>
          )}
          {v.groups.some((g) => g.competing) && (
            <>
              <h2>Competing figures</h2>
              <ul>{v.groups.filter((g) => g.competing).map((g) => (
                <li key={g.key}>{g.label ?? g.key}: {g.values.map((x, i) => <span key={i}>{i > 0 && ' vs '}<a href={href(`/facts/${g.refs[i]}`)}>{x.toLocaleString('en-US')}</a></span>)}</li>
              ))}</ul>
            </>
          )}
        </>
      )}
    </Page>
  );
}

/** No subject yet: say what the ledger does and offer subjects that have figures. */
function LedgerStart({ form }: { form: ReactNode }) {
  const inventory = useApi<InventoryView>('/views/inventory');
  const money = useApi<MoneyView>('/views/money');
  const forces = useApi<ForcesView>('/views/forces');
  const all = [inventory, money, forces];
  const settled = all.every((x) => x.state !== 'loading');
  const data = (x: (typeof all)[number]) => (x.state === 'ok' ? x.data : undefined);
  const suggestions = settled ? ledgerSuggestions({ inventory: data(inventory) as InventoryView | undefined, money: data(money) as MoneyView | undefined, forces: data(forces) as ForcesView | undefined }) : [];
  return (
    <section className="page" data-page="ledger" data-ready={settled ? 'true' : undefined}>
      <header className="page-head"><h1>Ledger</h1></header>
      {form}
      <p className="muted">Every figure stated about one subject, side by side, competing values flagged.</p>
      {settled && (suggestions.length === 0 ? <Empty>No figures stored yet.</Empty> : (
        <div className="suggestions" data-list="suggestions">
          <span className="muted">Subjects with figures: </span>
          {suggestions.map((x) => (
            <a key={x.subject} className="chip" href={href('/ledger', { subject: x.subject })} style={{ ['--c' as string]: '#0f766e' }}>
              {x.subject}<span className="chip-extra">{x.figures}</span>
            </a>
          ))}
        </div>
      ))}
    </section>
  );
}
