import { join } from 'node:path';
import { z } from 'zod';
import { InvalidSchema } from '../model/errors.ts';
import { KNOWLEDGE_DIR, readJsonFile, SCHEMA_DIR } from './read-json-file.ts';

/** A trigger: a regex source fragment (matched case-insensitively on word boundaries) with the id its events carry. */
export const TriggerDef = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a trigger id is lower-case words joined by hyphens'),
  pattern: z.string().min(1),
  /** Overrides the type's weight for this trigger. */
  weight: z.number().min(0).max(10).optional(),
  /** Sentences this trigger types as its event type (a test runs them through the pipeline). */
  examples: z.array(z.string().min(1)).optional(),
});
export type TriggerDef = z.infer<typeof TriggerDef>;

/** One event type, the one record every part reads it from (like a followthemoney schema). */
export const EventTypeDef = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  label: z.string().min(1),
  description: z.string().min(1),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  /** The cooperation code (knowledge/cooperation-codes.json) an event of this type counts as in the partners view; null: the codes' default. */
  cooperation: z.string().nullable(),
  /** Happens once (a signing, an accession, a founding): the audit flags one such happening told with two dates. */
  oneOff: z.boolean(),
  /** How specific the type is: when several triggers fire in one clause the heaviest wins. */
  weight: z.number().min(0).max(10),
  /** Sentences of this type (a test runs them through the pipeline). */
  examples: z.array(z.string().min(1)),
  triggers: z.array(TriggerDef),
});
export type EventTypeDef = z.infer<typeof EventTypeDef>;

export const CooperationCodes = z.object({
  note: z.string(),
  codes: z.array(z.string().regex(/^[a-z_]+$/)).min(1),
  /** A cooperation word an event may carry -> its code. */
  aliases: z.record(z.string(), z.string()),
  default: z.string(),
});
export type CooperationCodes = z.infer<typeof CooperationCodes>;

export interface EventTypeRegistry {
  types: EventTypeDef[];
  byId: ReadonlyMap<string, EventTypeDef>;
  cooperation: CooperationCodes;
}

/**
 * Reads schema/event-types.json with knowledge/cooperation-codes.json and checks every reference
 * between them at start: a cooperation code that is no code, a duplicate type or trigger id, an
 * alias or default that names no code stops the atlas with the file and the name at fault.
 */
export function loadEventTypes(schemaDir = SCHEMA_DIR, knowledgeDir = KNOWLEDGE_DIR): EventTypeRegistry {
  const typesPath = join(schemaDir, 'event-types.json');
  const codesPath = join(knowledgeDir, 'cooperation-codes.json');
  const types = readJsonFile(typesPath, z.array(EventTypeDef).min(1));
  const cooperation = readJsonFile(codesPath, CooperationCodes);
  const codes = new Set(cooperation.codes);
  const fail = (path: string, what: string) => {
    throw new InvalidSchema(`atlas: ${path}: ${what}`);
  };
  for (const [alias, code] of Object.entries(cooperation.aliases)) if (!codes.has(code)) fail(codesPath, `alias "${alias}" names unknown code "${code}" (codes: ${[...codes].join(', ')})`);
  if (!codes.has(cooperation.default)) fail(codesPath, `default "${cooperation.default}" is no code`);
  const byId = new Map<string, EventTypeDef>();
  for (const t of types) {
    if (byId.has(t.id)) fail(typesPath, `event type "${t.id}" is defined twice`);
    byId.set(t.id, t);
    if (t.cooperation !== null && !codes.has(t.cooperation)) fail(typesPath, `event type "${t.id}" names unknown cooperation code "${t.cooperation}" (codes in ${codesPath}: ${[...codes].join(', ')})`);
    const ids = new Set<string>();
    for (const tr of t.triggers) {
      if (ids.has(tr.id)) fail(typesPath, `event type "${t.id}" has two triggers with id "${tr.id}"`);
      ids.add(tr.id);
    }
  }
  return { types, byId, cooperation };
}

/** The code an event of `type` counts as, its own cooperation word first ("train" -> train_educate). */
export function cooperationCodeOf(reg: EventTypeRegistry, own: string | null, type: string): string {
  const { aliases, codes, default: fallback } = reg.cooperation;
  const mine = own ? aliases[own.toLowerCase()] ?? (codes.includes(own) ? own : null) : null;
  return mine ?? reg.byId.get(type.toLowerCase())?.cooperation ?? fallback;
}
