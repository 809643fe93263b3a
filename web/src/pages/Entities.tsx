import { useApi } from '../api.ts';
import { href, setParams } from '../router.ts';
import { ENTITY_TYPES, typeColor } from '../colors.ts';
import { Empty, Page } from '../components/Status.tsx';
import { Pager } from '../components/Pager.tsx';
import { TypeBadge } from '../components/links.tsx';
import type { EntitiesPageT } from '../types.ts';
import type { PageProps } from '../pages.ts';

const LIMIT = 50;

export default function Entities({ route }: PageProps) {
  const type = route.params.get('type') ?? '';
  const q = route.params.get('q') ?? '';
  const offset = Number(route.params.get('offset') ?? 0);
  const list = useApi<EntitiesPageT>('/entities', { type, q, limit: LIMIT, offset });
  return (
    <Page name="entities" title="Entities" loaded={list}>
      {(r) => (
        <>
          <div className="toolbar">
            <div className="facets" role="group" aria-label="entity type">
              <button type="button" aria-pressed={!type} className={!type ? 'active' : ''} onClick={() => setParams({ type: '', offset: 0 })}>All</button>
              {ENTITY_TYPES.map((t) => (
                <button key={t.id} type="button" aria-pressed={type === t.id} className={type === t.id ? 'active' : ''} style={{ borderColor: typeColor(t.id) }} onClick={() => setParams({ type: t.id, offset: 0 })}>{t.label}</button>
              ))}
            </div>
            <label>Name <input type="search" defaultValue={q} key={q} onKeyDown={(e) => { if (e.key === 'Enter') setParams({ q: (e.target as HTMLInputElement).value, offset: 0 }); }} placeholder="prefix, then Enter" /></label>
          </div>
          {r.items.length === 0 ? <Empty>No entities.</Empty> : (
            <div className="table-wrap"><table>
              <thead><tr><th>Name</th><th>Type</th><th>Aliases</th><th className="num">Mentions</th><th className="num">Documents</th></tr></thead>
              <tbody>{r.items.map((e) => (
                <tr key={e.id}>
                  <td><a href={href(`/entities/${e.id}`)}>{e.name}</a></td>
                  <td><TypeBadge type={e.type} /></td>
                  <td className="muted">{e.aliases.map((a) => a.alias).filter((a) => a !== e.name).slice(0, 4).join(', ')}</td>
                  <td className="num">{e.mentionCount}</td><td className="num">{e.documentCount}</td>
                </tr>
              ))}</tbody>
            </table></div>
          )}
          <Pager total={r.total} limit={LIMIT} offset={offset} />
        </>
      )}
    </Page>
  );
}
