/**
 * schema/event-types.json is one record per event type: its cooperation code, whether it happens once,
 * its triggers with ids, and example sentences. The loader checks every reference at start; the
 * examples are run through the pipeline; the firing trigger's id is the event's rule.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEventTypes } from '../../src/knowledge-files/event-types.ts';
import { KNOWLEDGE_DIR, SCHEMA_DIR } from '../../src/knowledge-files/read-json-file.ts';
import { loadKnowledge } from '../../src/nlp/knowledge/load.ts';
import { newState, runSteps } from '../../src/nlp/pipeline.ts';

/** A copy of schema/ and knowledge/ with one JSON file changed by `edit`. */
function brokenCopy(dir: 'schema' | 'knowledge', file: string, edit: (data: any) => void): { schema: string; knowledge: string } {
  const root = mkdtempSync(join(tmpdir(), 'atlas-types-'));
  cpSync(SCHEMA_DIR, join(root, 'schema'), { recursive: true });
  cpSync(KNOWLEDGE_DIR, join(root, 'knowledge'), { recursive: true });
  const path = join(root, dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, JSON.stringify(data));
  return { schema: join(root, 'schema'), knowledge: join(root, 'knowledge') };
}

describe('event type records', () => {
  it('load with every cross-reference satisfied', () => {
    const reg = loadEventTypes();
    expect(reg.types.map((t) => t.id)).toContain('agreement');
    for (const t of reg.types) if (t.cooperation) expect(reg.cooperation.codes).toContain(t.cooperation);
  });

  it.each([
    ['an unknown cooperation code', 'schema', 'event-types.json', (d: any) => { d[0].cooperation = 'hug'; }, /unknown cooperation code "hug"/],
    ['two triggers with one id', 'schema', 'event-types.json', (d: any) => { d[0].triggers[1].id = d[0].triggers[0].id; }, /two triggers with id/],
    ['a type defined twice', 'schema', 'event-types.json', (d: any) => { d.push(d[0]); }, /defined twice/],
    ['an alias naming no code', 'knowledge', 'cooperation-codes.json', (d: any) => { d.aliases.sign = 'nope'; }, /names unknown code "nope"/],
    ['a type without the one-off flag', 'schema', 'event-types.json', (d: any) => { delete d[0].oneOff; }, /oneOff/],
  ] as const)('stops at start on %s, naming the file', (_what, dir, file, edit, message) => {
    const paths = brokenCopy(dir, file, edit);
    expect(() => loadEventTypes(paths.schema, paths.knowledge)).toThrow(message);
    expect(() => loadEventTypes(paths.schema, paths.knowledge)).toThrow(file);
  });

  it('stops the pipeline too when a type override names no type', () => {
    const paths = brokenCopy('knowledge', 'event-cues.json', (d) => { d.typeOverrides[0].to = 'picnic'; });
    expect(() => loadKnowledge({ knowledge: paths.knowledge, schema: paths.schema })).toThrow(/unknown event type "picnic"/);
  });

  const kb = loadKnowledge();
  const examples = loadEventTypes().types.flatMap((t) => [
    ...t.examples.map((sentence) => ({ type: t.id, sentence, trigger: null as string | null })),
    ...t.triggers.flatMap((tr) => (tr.examples ?? []).map((sentence) => ({ type: t.id, sentence, trigger: tr.id }))),
  ]);
  it.each(examples)('types its example as $type: $sentence', ({ type, sentence, trigger }) => {
    const events = runSteps(newState(sentence, kb)).events;
    expect(events.map((e) => e.type)).toContain(type);
    const ev = events.find((e) => e.type === type)!;
    // The firing trigger's id is the event's rule.
    expect(ev.rule).toMatch(new RegExp(`^events\\.${type}\\.[a-z0-9-]+(?:@[a-z-]+)?$`));
    if (trigger) expect(ev.rule.split('@')[0]).toBe(`events.${type}.${trigger}`);
  });
});
