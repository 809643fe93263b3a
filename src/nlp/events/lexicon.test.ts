import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidSchema } from '../../model/errors.ts';
import { loadEvents } from '../knowledge/events.ts';
import { KNOWLEDGE_DIR, SCHEMA_DIR } from '../knowledge/load.ts';
import { compileEvents } from './lexicon.ts';

describe('event lexicon', () => {
  it('loads every event type of the contract with triggers and a cooperation code', () => {
    const lex = loadEvents(KNOWLEDGE_DIR, SCHEMA_DIR);
    const ids = lex.types.map((t) => t.id).sort();
    expect(ids).toEqual(['agreement', 'appointment', 'budget', 'deployment', 'education', 'exercise', 'incident',
      'meeting', 'membership', 'other', 'procurement', 'reform', 'statement'].sort());
    for (const t of lex.types) if (t.id !== 'other') expect(t.triggers.length).toBeGreaterThan(0);
    expect(lex.types.find((t) => t.id === 'exercise')?.cooperation).toBe('exercise');
  });

  it('compiles once per loaded lexicon', () => {
    const lex = loadEvents(KNOWLEDGE_DIR, SCHEMA_DIR);
    expect(compileEvents(lex)).toBe(compileEvents(lex));
  });

  it('rejects a type override naming an unknown event type, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-events-'));
    cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
    const path = join(dir, 'event-cues.json');
    const cues = JSON.parse(readFileSync(path, 'utf8'));
    cues.typeOverrides.push({ from: ['reform'], to: 'parade', when: 'march' });
    writeFileSync(path, JSON.stringify(cues));
    expect(() => loadEvents(dir, SCHEMA_DIR)).toThrow(InvalidSchema);
    expect(() => loadEvents(dir, SCHEMA_DIR)).toThrow(/event-cues\.json.*parade/);
  });
});
