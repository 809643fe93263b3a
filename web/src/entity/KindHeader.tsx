import { Fragment, type ReactElement } from 'react';
import { Empty } from '../components/Status.tsx';
import { EntityChip, FactLink } from '../components/links.tsx';
import type { EntityDetailT, RelationFactT } from '../types.ts';

const PARENT = /^(part_of|subordinate_to|member_of|belongs_to|located_in)$/;
const POST = /^(holds_post|holds|heads|commands|serves_as|leads)$/;

/** What kind of thing this is, said its own way: a person's posts, an org's parent and units, a system's role and origin. */
export function KindHeader({ entity }: { entity: EntityDetailT }) {
  const own = (r: RelationFactT) => r.subject.id === entity.id;
  const rel = (r: RelationFactT, other: 'subject' | 'object', label?: string | null) => (
    <li key={r.ref}>{label && <span>{label} </span>}<EntityChip entity={r[other]} /> <FactLink documentId={r.documentId} factRef={r.ref}>source</FactLink></li>
  );
  const rows: { title: string; items: ReactElement[] }[] = [];
  if (entity.type === 'PERSON') {
    rows.push({ title: 'Posts', items: entity.relations.filter((r) => own(r) && POST.test(r.predicate)).map((r) => rel(r, 'object', r.label)) });
  }
  if (entity.type === 'ORG') {
    rows.push({ title: 'Part of', items: entity.relations.filter((r) => own(r) && PARENT.test(r.predicate)).map((r) => rel(r, 'object', r.predicate === 'member_of' ? 'member of' : null)) });
    rows.push({ title: 'Units and members', items: entity.relations.filter((r) => !own(r) && PARENT.test(r.predicate)).map((r) => rel(r, 'subject')) });
    rows.push({ title: 'People', items: entity.relations.filter((r) => !own(r) && POST.test(r.predicate)).map((r) => rel(r, 'subject', r.label)) });
  }
  const shown = new Set(rows.flatMap((r) => r.items.map((i) => String(i.key))));
  const other = entity.relations.filter((r) => !shown.has(r.ref));
  if (other.length) {
    rows.push({ title: 'Other relations', items: other.map((r) => (
      <li key={r.ref}><EntityChip entity={r.subject} /> {r.predicate.replace(/_/g, ' ')}{r.label ? ` (${r.label})` : ''} <EntityChip entity={r.object} /> <FactLink documentId={r.documentId} factRef={r.ref}>source</FactLink></li>
    )) });
  }
  const attrs = Object.entries(entity.attributes).filter(([, v]) => v !== null && v !== '' && typeof v !== 'object');
  return (
    <section className="panel kind-header" data-kind={entity.type}>
      <h3>{entity.type === 'EQUIPMENT' ? 'System' : entity.type === 'PERSON' ? 'Person' : entity.type === 'ORG' ? 'Organization' : 'About'}</h3>
      {attrs.length > 0 && <dl className="kv">{attrs.map(([k, v]) => <Fragment key={k}><dt>{k.replace(/_/g, ' ')}</dt><dd>{String(v)}</dd></Fragment>)}</dl>}
      {rows.filter((r) => r.items.length > 0).map((r) => <div key={r.title}><h3>{r.title}</h3><ul className="plain">{r.items}</ul></div>)}
      {attrs.length === 0 && rows.every((r) => r.items.length === 0) && <Empty>No posts, parents or attributes found yet.</Empty>}
    </section>
  );
}
