import { z } from 'zod';
import { foldName } from '../../model/names.ts';
import type { StoredEntity } from '../../model/views.ts';
import { namesOf } from '../context/entity-index.ts';
import { readKnowledge } from './read-knowledge.ts';
import { cooperationCodeOf, type EventTypeRegistry, loadEventTypes } from '../../knowledge-files/event-types.ts';

const VectorsFile = z.object({
  note: z.string(),
  balance: z.object({ plus: z.string(), minus: z.string(), formula: z.string() }),
  vectors: z.array(z.object({ id: z.string(), label: z.string(), countries: z.array(z.string()), names: z.array(z.string()) })).min(1),
});
export type VectorsFile = z.infer<typeof VectorsFile>;


let vectors: VectorsFile | null = null;
let registry: EventTypeRegistry | null = null;

/** schema/event-types.json with its cooperation codes, checked once. */
export function eventTypes(): EventTypeRegistry {
  return (registry ??= loadEventTypes());
}

/** Happens once (its record's `oneOff`): a signing, an accession, a founding. */
export function isOneOff(type: string): boolean {
  return eventTypes().byId.get(type)?.oneOff ?? false;
}

export function vectorsFile(): VectorsFile {
  return (vectors ??= readKnowledge('vectors.json', VectorsFile));
}

/** The catch-all vector: the last one listed, which names nothing. */
export function otherVector(): string {
  const v = vectorsFile().vectors;
  return v[v.length - 1].id;
}

/** Matches entities to vectors by folded name/alias, then by the folded key of their country. */
export class VectorMatcher {
  private readonly byName = new Map<string, string>();
  private readonly byCountry = new Map<string, string>();
  private readonly nameMemo = new WeakMap<object, string | null>();

  constructor(file: VectorsFile = vectorsFile()) {
    for (const v of file.vectors) {
      for (const n of v.names) if (!this.byName.has(foldName(n))) this.byName.set(foldName(n), v.id);
      for (const c of v.countries) if (!this.byCountry.has(foldName(c))) this.byCountry.set(foldName(c), v.id);
    }
  }

  /** The vector an entity belongs to by its names alone, or null. */
  byEntityName(e: Pick<StoredEntity, 'name' | 'aliases'>): string | null {
    // Once per entity object: its names are folded, and views ask for every participant.
    if (this.nameMemo.has(e)) return this.nameMemo.get(e)!;
    let found: string | null = null;
    for (const n of namesOf(e)) {
      const v = this.byName.get(n);
      if (v) {
        found = v;
        break;
      }
    }
    this.nameMemo.set(e, found);
    return found;
  }

  vectorOf(e: Pick<StoredEntity, 'name' | 'aliases'>, countryKey: string | null): string {
    return this.byEntityName(e) ?? (countryKey ? this.byCountry.get(countryKey) : undefined) ?? otherVector();
  }
}

/** Normalizes an event's cooperation code (or takes its type's) to one of the codes in cooperation-codes.json. */
export function cooperationCode(cooperation: string | null, type: string): string {
  return cooperationCodeOf(eventTypes(), cooperation, type);
}
