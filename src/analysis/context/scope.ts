import { foldName } from '../../model/names.ts';
import type { EntityRef, StoredEntity } from '../../model/views.ts';
import type { AnalysisContext } from './context.ts';

export type Belonging = 'own' | 'foreign' | 'unknown';

/**
 * Decides whether facts concern the focus country. A fact whose holder/subject belongs to no known
 * country counts for the country its document mentions most (a document is usually about one country).
 */
export class CountryScope {
  readonly key: string | null;
  private primaryByDoc: Map<number, string | null> | null = null;

  constructor(private readonly ctx: AnalysisContext, readonly country: StoredEntity | null) {
    this.key = country ? foldName(country.name) : null;
  }

  belonging(ref: EntityRef | StoredEntity | null | undefined): Belonging {
    if (!ref || !this.key) return 'unknown';
    const e = this.ctx.index.get(ref.id);
    if (!e) return 'unknown';
    const k = this.ctx.countries.countryKeyOf(e);
    if (!k) return 'unknown';
    return k === this.key ? 'own' : 'foreign';
  }

  /** Loads, once, which country each document mentions most. */
  async prepare(): Promise<void> {
    if (this.primaryByDoc || !this.key) return;
    this.primaryByDoc = await primaryCountries(this.ctx);
  }

  /** True when a fact with these entities (first decisive one wins) in this document concerns the country. */
  concerns(documentId: number, ...refs: (EntityRef | null | undefined)[]): boolean {
    if (!this.key) return true;
    for (const r of refs) {
      const b = this.belonging(r);
      if (b !== 'unknown') return b === 'own';
    }
    const primary = this.primaryByDoc?.get(documentId);
    return primary === undefined || primary === null || primary === this.key;
  }
}

/** The country each document mentions most, as a folded key (null when it names none). */
export function primaryCountries(ctx: AnalysisContext): Promise<Map<number, string | null>> {
  return ctx.loads.once('primaryCountries', () => countPrimaryCountries(ctx));
}

async function countPrimaryCountries(ctx: AnalysisContext): Promise<Map<number, string | null>> {
  const counts = new Map<number, Map<string, number>>();
  // Counted in the store: the mentions of countries, not every mention of every document.
  for (const c of await ctx.loads.mentionCounts(ctx.countries.countries().map((e) => e.id))) {
    const name = ctx.index.get(c.entityId)?.name;
    if (!name) continue;
    const byCountry = counts.get(c.documentId) ?? new Map<string, number>();
    const k = foldName(name);
    byCountry.set(k, (byCountry.get(k) ?? 0) + c.count);
    counts.set(c.documentId, byCountry);
  }
  const out = new Map<number, string | null>();
  for (const [doc, byCountry] of counts) {
    // Ties go to the country mentioned first (the counts come in order of first mention).
    const best = [...byCountry].sort((a, b) => b[1] - a[1])[0];
    out.set(doc, best ? best[0] : null);
  }
  return out;
}
