import { NotFound } from '../../model/errors.ts';
import type { StoredEntity, StoredRelation } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';
import { CountryResolver } from './countries.ts';
import { EntityIndex } from './entity-index.ts';
import { loadEntities } from './load.ts';
import { LinkIndex } from './links.ts';
import { FactLoads } from './fact-loads.ts';
import { sharedPerGeneration, sharesContext } from './shared-context.ts';
import { FactSnapshot } from './fact-snapshot.ts';

/** What most views need in memory: every entity, the part_of edges, and who belongs to which country. */
export interface AnalysisContext {
  store: AtlasStore;
  index: EntityIndex;
  countries: CountryResolver;
  relations: StoredRelation[];
  /** What the text says about the stored facts (the extraction's links). */
  links: LinkIndex;
  /** Whole-store fact lists, loaded once per context. */
  loads: FactLoads;
}

/** The store's analysis context, shared by the views of one store generation when the store allows it (shared-context.ts). */
export function loadContext(store: AtlasStore): Promise<AnalysisContext> {
  if (!sharesContext(store)) return buildContext(store);
  // Shared: the facts come from a snapshot that refreshes only the documents changed since the last one.
  return sharedPerGeneration<AnalysisContext>(store, async (previous) => {
    const snapshot = await FactSnapshot.load(store, previous?.loads.snapshot ?? null);
    // The previous link index, patched with the changed documents' links, when the snapshot was refreshed.
    const links = previous && snapshot.changed
      ? previous.links.patched(snapshot.changed, snapshot.linksOf(snapshot.changed), snapshot.links())
      : new LinkIndex(snapshot.links());
    return contextOf(store, snapshot.entities, snapshot.relations(), links, new FactLoads(store, snapshot));
  });
}

async function buildContext(store: AtlasStore): Promise<AnalysisContext> {
  const [entities, relations, links] = await Promise.all([loadEntities(store), store.relations({}), LinkIndex.load(store)]);
  return contextOf(store, entities, relations, links, new FactLoads(store));
}

function contextOf(store: AtlasStore, entities: StoredEntity[], relations: StoredRelation[], links: LinkIndex, loads: FactLoads): AnalysisContext {
  const index = new EntityIndex(entities);
  return { store, index, countries: new CountryResolver(index, relations), relations, links, loads };
}

/**
 * The country a view is about: the one named (by name, alias or code), else the most mentioned
 * country in the store. Null only when the store knows no country at all.
 */
export function resolveCountry(ctx: AnalysisContext, name?: string | null): StoredEntity | null {
  if (name && name.trim()) {
    const named = ctx.countries.countryNamed(name) ?? ctx.index.find(name, 'PLACE')[0] ?? ctx.index.find(name)[0];
    if (!named) throw new NotFound(`atlas: no country named "${name}" in the atlas`);
    return named;
  }
  const all = ctx.countries.countries();
  all.sort((a, b) => b.mentionCount - a.mentionCount || b.documentCount - a.documentCount || a.id - b.id);
  return all[0] ?? null;
}
