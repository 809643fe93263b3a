import type { ForceNode, ForcesView, Figure } from '../../model/analysis.ts';
import type { StoredEntity, StoredMention, StoredQuantity, StoredRelation } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';
import { analysisLexicon, hasWord } from '../common/lexicon.ts';
import { kindOf } from '../context/countries.ts';
import { loadContext, resolveCountry, type AnalysisContext } from '../context/context.ts';
import { attrString, refOf } from '../context/entity-index.ts';
import { CountryScope } from '../context/scope.ts';
import { holderInClause, isStrength, isWholeForce } from '../common/strength.ts';
import { lref, type LinkIndex } from '../context/links.ts';
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
  const all = (await ctx.loads.quantities()).filter((q) => q.kind === 'personnel');
  // Only the mentions the prose's "including" links join, not every mention of the store.
  const mentions = await ctx.loads.mentionsByIds(ctx.links.ofType('includes').flatMap((l) => [l.from.id, ...(l.to ? [l.to.id] : [])]));
  const quantities = all.filter((q) => isStrength(q, ctx.links)).map((q) => {
    const holder = holderInClause(q, ctx.links);
    // A figure whose named holder sits in another clause is the country's own (when it concerns it).
    return holder === q.holderEntity ? q : { ...q, holderEntity: country && scope.concerns(q.documentId) ? refOf(country) : null };
  });
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
  applyInclusions(parentOf, members, mentions, ctx.links);
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
  // The country's stated strength: only figures of its whole force, never a contingent, a category or a part.
  const countryPersonnel: Figure[] = country ? (personnelOf.get(country.id) ?? []).filter((q) => isWholeForce(q, ctx.links)).map(figureOf) : [];
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
  const isForce = (e: StoredEntity) => {
    const kind = kindOf(e) ?? '';
    if (!lex.forceKinds.includes(kind)) return false;
    // A school or institute is a military one only when its name says so (a think tank is not).
    return !hasWord(kind, lex.institutionWords) || hasWord(e.name, lex.militaryNameWords);
  };
  // Linked to a military organization of the country (a university department linked to its university is not).
  const linked = new Set<number>();
  for (const r of structure) {
    const [a, b] = [ctx.index.get(r.subject.id), ctx.index.get(r.object.id)];
    if (!a || !b || a.type !== 'ORG' || b.type !== 'ORG' || ctx.countries.isInternational(a) || ctx.countries.isInternational(b)) continue;
    if (isForce(b)) linked.add(a.id);
    if (isForce(a)) linked.add(b.id);
  }
  return ctx.index.entities.filter((e) => {
    if (e.type !== 'ORG' || scope.belonging(e) === 'foreign' || ctx.countries.isInternational(e)) return false;
    const forceKind = isForce(e);
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

/**
 * Containment the prose states outright ("A, including the B": links of type `includes`). It
 * refines a relation that made B a sibling of A (both under the same parent): B moves under A.
 * Never creates a cycle.
 */
function applyInclusions(
  parentOf: Map<number, { parent: number; link: string }>,
  members: StoredEntity[],
  mentions: StoredMention[],
  links: LinkIndex,
): void {
  const ids = new Set(members.map((m) => m.id));
  const entityOf = new Map(mentions.map((m) => [m.id, m.entity.id]));
  for (const l of links.ofType('includes')) {
    const [a, b] = [entityOf.get(l.from.id), l.to ? entityOf.get(l.to.id) : undefined];
    if (a === undefined || b === undefined || a === b || !ids.has(a) || !ids.has(b)) continue;
    const current = parentOf.get(b);
    if (current && current.parent !== parentOf.get(a)?.parent) continue;
    let cur: number | undefined = a;
    const seen = new Set<number>();
    while (cur !== undefined && !seen.has(cur) && cur !== b) { seen.add(cur); cur = parentOf.get(cur)?.parent; }
    if (cur === b) continue;
    parentOf.set(b, { parent: a, link: lref(l) });
  }
}
