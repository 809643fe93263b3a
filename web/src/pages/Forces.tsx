import { useApi } from '../api.ts';
import { Empty, Page } from '../components/Status.tsx';
import { EntityChip } from '../components/links.tsx';
import { FigureLink, SourceLink } from '../components/FigureLink.tsx';
import { CountryPicker } from '../components/CountryPicker.tsx';
import type { ForceNode, ForcesView } from '../types.ts';
import type { PageProps } from '../pages.ts';

export default function Forces({ route }: PageProps) {
  const country = route.params.get('country') ?? '';
  const view = useApi<ForcesView>('/views/forces', { country });
  return (
    <Page name="forces" title="Force structure" loaded={view}>
      {(v) => (
        <>
          <CountryPicker value={country} resolved={v.country?.name} />
          {v.personnel.length > 0 && (
            <p>Stated strength of {v.country?.name ?? 'the country'}: {v.personnel.map((f, i) => <span key={f.source.ref}>{i > 0 && ' · '}<FigureLink figure={f} />{f.dateLabel && <span className="muted"> ({f.dateLabel})</span>}</span>)}</p>
          )}
          {v.roots.length === 0 ? <Empty>No military organizations found for this country yet.</Empty> : (
            <div className="panel"><ul className="tree">{v.roots.map((n) => <Node key={n.entity.id} node={n} />)}</ul></div>
          )}
        </>
      )}
    </Page>
  );
}

function Node({ node }: { node: ForceNode }) {
  return (
    <li>
      <div className="tree-row">
        <EntityChip entity={node.entity} />
        {node.kind && <span className="muted">{node.kind}</span>}
        {node.personnel.map((f) => <span key={f.source.ref} className="tree-fig"><FigureLink figure={f} /> personnel{f.dateLabel ? ` (${f.dateLabel})` : ''}</span>)}
        {node.posts.map((p) => <span key={p.source.ref} className="tree-post">{p.post ?? 'head'}: <EntityChip entity={p.person} /> <SourceLink source={p.source} /></span>)}
      </div>
      {node.children.length > 0 && <ul className="tree">{node.children.map((c) => <Node key={c.entity.id} node={c} />)}</ul>}
    </li>
  );
}
