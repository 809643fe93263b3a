import type { Candidate } from './candidates.ts';
import type { Lexicon } from './lexicon.ts';
import { slug } from '../../model/names.ts';

/** The entity a candidate stands for: its key, type, a first name and what the knowledge says about it. */
export interface EntityDraft {
  key: string;
  name: string;
  /** The name is built from knowledge ("Ministry of Defense of Russia") and is kept over surface forms. */
  fixedName: boolean;
  source: 'gazetteer' | 'extracted';
  /** The entity's first attributes, built only by the candidate that creates the entity (most name one already seen). */
  attrs: () => Record<string, unknown>;
}

/** Folds a last-word plural so "Mobile Force" and "Mobile Forces" share a key. */
export function foldKey(name: string): string {
  const s = slug(name);
  return s.replace(/([a-z]{3,}[^s])s$/, '$1');
}

export function countryName(lx: Lexicon, iso: string): string {
  return lx.countriesByIso.get(iso)?.name ?? iso;
}

function demonymOf(lx: Lexicon, iso: string): string {
  return lx.countriesByIso.get(iso)?.demonyms[0] ?? countryName(lx, iso);
}

export function draftFor(c: Candidate, lx: Lexicon, focus: string | null, surface: string): EntityDraft {
  const ref = c.ref;
  switch (ref.kind) {
    case 'person':
      return { key: `x:PERSON:${slug(ref.name)}`, name: ref.name, fixedName: false, source: 'extracted', attrs: () => ({ ...c.attrs, titles: ref.titles }) };
    case 'named':
      return { key: `x:${c.type}:${foldKey(ref.name)}`, name: ref.name, fixedName: false, source: 'extracted', attrs: () => ({ ...c.attrs }) };
    case 'equipment':
      if (ref.payload) {
        const p = ref.payload;
        return { key: p.id, name: ref.canonical, fixedName: false, source: 'gazetteer', attrs: () => ({ ...p.attrs, canonical: p.canonical }) };
      }
      return { key: `x:EQUIPMENT:${slug(ref.canonical)}`, name: ref.canonical, fixedName: false, source: 'extracted', attrs: () => ({ ...c.attrs }) };
    case 'known': {
      const p = ref.payload;
      const country = c.country ?? null;
      const iso = country ?? focus;
      if (p.source === 'generic') {
        const body = lx.genericBodies.get(p.id);
        const base = body?.name ?? p.canonical;
        const withCountry = !!iso && !!(body?.nameWithCountry || (country && country !== focus));
        const name = withCountry ? `${base} of ${countryName(lx, iso!)}` : base;
        return { key: `x:ORG:${slug(withCountry ? name : `${base}${iso ? ` ${iso}` : ''}`)}`, name: withCountry ? name : surface, fixedName: withCountry, source: 'extracted', attrs: () => ({ kind: body?.kind ?? 'body', country: iso, generic: p.id }) };
      }
      if (p.source === 'branch') {
        if (iso && focus && iso !== focus) {
          const name = `${demonymOf(lx, iso)} ${p.canonical}`;
          return { key: `x:ORG:${foldKey(name)}`, name, fixedName: true, source: 'extracted', attrs: () => ({ kind: 'branch', branch: p.id, country: iso }) };
        }
        return { key: `x:ORG:${foldKey(p.id)}`, name: surface, fixedName: false, source: 'extracted', attrs: () => ({ kind: 'branch', branch: p.id, country: iso }) };
      }
      if (p.source === 'armed-forces') {
        const name = iso ? `Armed Forces of ${countryName(lx, iso)}` : 'Armed Forces';
        return { key: `x:ORG:${slug(name)}`, name, fixedName: true, source: 'extracted', attrs: () => ({ kind: 'armed-forces', country: iso }) };
      }
      return { key: p.id, name: surface, fixedName: false, source: 'gazetteer', attrs: () => ({ ...p.attrs, canonical: p.canonical }) };
    }
  }
}
