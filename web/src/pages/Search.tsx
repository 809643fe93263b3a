import { useEffect, useState, type FormEvent } from 'react';
import { useApi } from '../api.ts';
import { href, setParams } from '../router.ts';
import { typeColor, typeLabel } from '../colors.ts';
import { Empty, Page } from '../components/Status.tsx';
import { EntityChip } from '../components/links.tsx';
import { Pager } from '../components/Pager.tsx';
import { Snippet } from '../components/Snippet.tsx';
import type { SearchResponseT } from '../types.ts';
import type { PageProps } from '../pages.ts';

const LIMIT = 20;

export default function Search({ route }: PageProps) {
  const q = route.params.get('q') ?? '';
  const type = route.params.get('type') ?? '';
  const year = route.params.get('year') ?? '';
  const offset = Number(route.params.get('offset') ?? 0);
  const result = useApi<SearchResponseT>(q ? '/search' : null, { q, type, year, limit: LIMIT, offset });
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const submit = (e: FormEvent) => { e.preventDefault(); setParams({ q: draft.trim(), offset: 0 }); };
  const form = (
    <form className="toolbar" role="search" onSubmit={submit}>
      <label htmlFor="search-q" className="sr-only">Search</label>
      <input id="search-q" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="e.g. CSTO, air defense, 2008" style={{ minWidth: 320 }} autoFocus={!q} />
      <button type="submit">Search</button>
    </form>
  );
  if (!q) {
    return <section className="page" data-page="search" data-ready="true"><header className="page-head"><h1>Search</h1></header>{form}<Empty>Type a name, an acronym or words from the documents.</Empty></section>;
  }
  return (
    <Page name="search" title={<>Search <span className="sub">“{q}”</span></>} loaded={result}>
      {(r) => (
        <>
          {form}
          <div className="toolbar" aria-label="filters">
            <div className="facets" role="group" aria-label="entity type">
              <button type="button" aria-pressed={!type} className={!type ? 'active' : ''} onClick={() => setParams({ type: '', offset: 0 })}>All types</button>
              {Object.entries(r.facets.types).sort((a, b) => b[1] - a[1]).map(([t, n]) => (
                <button key={t} type="button" aria-pressed={type === t} className={type === t ? 'active' : ''} style={{ borderColor: typeColor(t) }} onClick={() => setParams({ type: t, offset: 0 })}>{typeLabel(t)} · {n}</button>
              ))}
            </div>
            <label>Year
              <select value={year} onChange={(e) => setParams({ year: e.target.value, offset: 0 })}>
                <option value="">any</option>
                {Object.entries(r.facets.years).sort((a, b) => Number(a[0]) - Number(b[0])).map(([y, n]) => <option key={y} value={y}>{y} ({n})</option>)}
              </select>
            </label>
          </div>
          <h2>Entities</h2>
          {r.entities.length === 0 ? <Empty>No entity matches.</Empty> : (
            <div className="entity-hits">{r.entities.map((e) => <EntityChip key={e.id} entity={e} extra={`${e.mentionCount}×`} />)}</div>
          )}
          <h2>Sentences <span className="muted">({r.sentences.total})</span></h2>
          {r.sentences.items.length === 0 ? <Empty>No sentence matches{year ? ` in ${year}` : ''}.</Empty> : (
            <ol className="hits">
              {r.sentences.items.map((h) => (
                <li key={`${h.documentId}:${h.sentence}`}>
                  <a href={href(`/documents/${h.documentId}`, { s: h.sentence })}><Snippet text={h.snippet} /></a>
                  <div className="hit-meta">{h.documentTitle} · sentence {h.sentence + 1}{h.years.length ? ` · ${h.years.slice(0, 6).join(', ')}` : ''}</div>
                </li>
              ))}
            </ol>
          )}
          <Pager total={r.sentences.total} limit={LIMIT} offset={offset} />
        </>
      )}
    </Page>
  );
}
