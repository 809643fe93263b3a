import type { ForceNode, ForcesView, Figure } from '../../model/analysis.ts';
import type { StoredEntity, StoredQuantity, StoredRelation } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';
import { analysisLexicon } from '../common/lexicon.ts';
import { kindOf } from '../context/countries.ts';
import { loadContext, resolveCountry, type AnalysisContext } from '../context/context.ts';
import { attrString, refOf } from '../context/entity-index.ts';
import { CountryScope } from '../context/scope.ts';
import { compareDates, dateLabel, figureOf, rref, sourceOf } from '../context/sources.ts';

export interface ForcesParams { country?: string }

/**
 * The force-structure tree of one country: its military organizations linked by part_of-like
 * relations (or a `parent` attribute), each with the personnel strengths stated for it and its post holders.
 */
export async function forcesView(store: AtlasStore, params: ForcesParams = {}): Promise<ForcesView> {
  const ctx = await loadContext(store);
  const country = resolveCountry(ctx, params.country);
  const scope = new CountryScope(ctx, country);
  await scope.prepare();
  const quantities = (await store.quantities({ kind: 'personnel' })).filter((q) => q.kind === 'personnel');
  const lex = analysisLexicon();
  const structure = ctx.relations.filter((r) => lex.structurePredicates.includes(r.predicate));
  const posts = ctx.relations.filter((r) => lex.postPredicates.includes(r.predicate) && r.subject.type === 'PERSON');

  const personnelOf = new Map<number, StoredQuantity[]>();
  for (const q of quantities) {
    const owner = q.holderEntity ?? (q.subjectEntity?.type === 'ORG' ? q.subjectEntity : null);
    if (!owner) continue;
    personnelOf.set(owner.id, [...(personnelOf.get(owner.id) ?? []), q]);
  }

  const members = selectOrgs(ctx, scope, structure, personnelOf);
  const parentOf = chooseParents(ctx, members, structure);
  const nodes = new Map<number, ForceNode>();
  for (const e of members) {
    nodes.set(e.id, {
      entity: refOf(e),
      kind: kindOf(e),
      link: null,
      personnel: (personnelOf.get(e.id) ?? []).sort((a, b) => compareDates(a.date, b.date)).map(figureOf),
      posts: posts.filter((r) => r.object.id === e.id).map((r) => ({
        person: r.subject,
        post: r.label,
        from: { date: r.validFrom, label: dateLabel(r.validFrom) },
        source: sourceOf('relation', r),
      })),
      children: [],
    });
  }
  const roots: ForceNode[] = [];
  for (const [id, node] of nodes) {
    const p = parentOf.get(id);
    const parent = p ? nodes.get(p.parent) : undefined;
    if (parent && p) {
      node.link = p.link;
      parent.children.push(node);
    } else roots.push(node);
  }
  const order = (n: ForceNode) => {
    const i = lex.forceKindOrder.indexOf(n.kind ?? '');
    return i < 0 ? lex.forceKindOrder.length : i;
  };
  const sortTree = (list: ForceNode[]) => {
    list.sort((a, b) => order(a) - order(b) || b.children.length - a.children.length || a.entity.name.localeCompare(b.entity.name));
    list.forEach((n) => sortTree(n.children));
  };
  sortTree(roots);
  const countryPersonnel: Figure[] = country ? (personnelOf.get(country.id) ?? []).map(figureOf) : [];
  return { country: country ? refOf(country) : null, personnel: countryPersonnel, roots };
}

/** Organizations of the country that belong in a force tree: a military kind, a structural link, or a stated strength. */
function selectOrgs(
  ctx: AnalysisContext,
  scope: CountryScope,
  structure: StoredRelation[],
  personnelOf: Map<number, StoredQuantity[]>,
): StoredEntity[] {
  const lex = analysisLexicon();
  const linked = new Set<number>();
  for (const r of structure) if (r.subject.type === 'ORG' && r.object.type === 'ORG') linked.add(r.subject.id).add(r.object.id);
  return ctx.index.entities.filter((e) => {
    if (e.type !== 'ORG' || scope.belonging(e) === 'foreign' || ctx.countries.isInternational(e)) return false;
    const forceKind = lex.forceKinds.includes(kindOf(e) ?? '');
    const strengths = personnelOf.get(e.id) ?? [];
    if (scope.belonging(e) === 'own') return forceKind || linked.has(e.id) || strengths.length > 0;
    // No country known for the org: keep it when its own facts place it in this country.
    return (forceKind || linked.has(e.id) || strengths.length > 0) && strengths.every((q) => scope.concerns(q.documentId));
  });
}

function chooseParents(
  ctx: AnalysisContext,
  members: StoredEntity[],
  structure: StoredRelation[],
): Map<number, { parent: number; link: string }> {
  const ids = new Set(members.map((m) => m.id));
  const out = new Map<number, { parent: number; link: string }>();
  const sorted = [...structure].sort((a, b) => b.confidence - a.confidence || a.id - b.id);
  for (const r of sorted) {
    if (r.predicate === 'commands') continue; // a person or org commanding is not containment
    if (ids.has(r.subject.id) && ids.has(r.object.id) && r.subject.id !== r.object.id && !out.has(r.subject.id)) {
      out.set(r.subject.id, { parent: r.object.id, link: rref(r) });
    }
  }
  for (const e of members) {
    if (out.has(e.id)) continue;
    const name = attrString(e, 'parent', 'parentName', 'partOf');
    const parent = name ? ctx.index.find(name, 'ORG').find((p) => ids.has(p.id) && p.id !== e.id) : undefined;
    if (parent) out.set(e.id, { parent: parent.id, link: 'attribute:parent' });
  }
  // Break cycles: walk up from each node; a node that reaches itself loses its link.
  for (const id of ids) {
    const seen = new Set<number>([id]);
    for (let cur = out.get(id)?.parent; cur !== undefined; cur = out.get(cur)?.parent) {
      if (seen.has(cur)) {
        out.delete(id);
        break;
      }
      seen.add(cur);
    }
  }
  return out;
}
