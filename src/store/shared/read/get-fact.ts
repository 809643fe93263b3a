import type { Kysely } from 'kysely';
import type { FactRef } from '../../../model/views.ts';
import type { StoredFact } from '../../store.ts';
import type { AtlasDb } from '../schema.ts';
import { events } from './events.ts';
import { claims, mentions, quantities } from './facts.ts';
import { relations } from './relations.ts';
import { links } from './links.ts';

export async function getFact(db: Kysely<AtlasDb>, ref: FactRef): Promise<StoredFact | null> {
  const by = { id: ref.id };
  switch (ref.kind) {
    case 'mention': { const [fact] = await mentions(db, by); return fact ? { kind: 'mention', fact } : null; }
    case 'quantity': { const [fact] = await quantities(db, by); return fact ? { kind: 'quantity', fact } : null; }
    case 'event': { const [fact] = await events(db, by); return fact ? { kind: 'event', fact } : null; }
    case 'relation': { const [fact] = await relations(db, by); return fact ? { kind: 'relation', fact } : null; }
    case 'claim': { const [fact] = await claims(db, by); return fact ? { kind: 'claim', fact } : null; }
    case 'link': { const [fact] = await links(db, by); return fact ? { kind: 'link', fact } : null; }
  }
}
