import { perDocumentDerivation } from '../context/derivations.ts';
import type { EntityRef } from '../../model/views.ts';
import type { AnalysisContext } from '../context/context.ts';
import type { CountryScope } from '../context/scope.ts';
import type { VectorMatcher } from './vectors.ts';
import { LinkIndex, lref } from '../context/links.ts';

export type VectorRef = EntityRef & { vector: string };
export interface Statement { partner: VectorRef; documentId: number; sentence: number; ref: string }

/**
 * Foreign countries and international bodies named in the country's documents beside words of
 * cooperation ("ties with", "partnership", "assistance"): partners the prose names without an
 * extracted event, such as a long-standing relationship stated undated.
 */
export async function cooperationStatements(ctx: AnalysisContext, scope: CountryScope, matcher: VectorMatcher): Promise<Statement[]> {
  // Only mentions with a cooperation cue can be statements: found once per document version, in the store's order.
  const perDocument = await ctx.loads.perDocument(CUED_MENTIONS);
  const out: Statement[] = [];
  for (const { m, cue } of perDocument.flat()) {
    if (!scope.concerns(m.documentId)) continue;
    const e = ctx.index.get(m.entity.id);
    if (!e || (e.type !== 'PLACE' && e.type !== 'ORG')) continue;
    const country = ctx.countries.isCountry(e);
    // Partners are states and international organizations, nothing else (a program is not one).
    const international = ctx.countries.isInternational(e);
    if (!(country && scope.belonging(e) === 'foreign') && !international) continue;
    if (!cue) continue;
    out.push({
      partner: { id: e.id, name: e.name, type: e.type, vector: matcher.vectorOf(e, ctx.countries.countryKeyOf(e)) },
      documentId: m.documentId,
      sentence: m.sentence,
      ref: lref(cue),
    });
  }
  return out;
}

/** The foreign country an organization, service or person belongs to, when the store knows it; else itself. */
export function rollUp(p: VectorRef, ctx: AnalysisContext, matcher: VectorMatcher): VectorRef {
  const e = ctx.index.get(p.id);
  if (!e || ctx.countries.isCountry(e) || ctx.countries.isInternational(e)) return p;
  const key = ctx.countries.countryKeyOf(e);
  const country = key ? ctx.countries.countryNamed(key) : null;
  if (!country || country.id === e.id) return p;
  return { id: country.id, name: country.name, type: country.type, vector: matcher.vectorOf(country, key) };
}

const CUED_MENTIONS = perDocumentDerivation('partners.cued', (d) => {
  const own = new LinkIndex(d.links);
  const ids = new Set(own.ofType('cooperation_context').filter((l) => l.from.kind === 'mention').map((l) => l.from.id));
  return d.mentions.filter((m) => ids.has(m.id)).map((m) => ({ m, cue: own.cue('mention', m.id, 'cooperation_context') }));
});
