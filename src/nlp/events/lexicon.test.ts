import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidSchema } from '../../model/errors.ts';
import { loadEvents } from '../knowledge/events.ts';
import { KNOWLEDGE_DIR, SCHEMA_DIR } from '../knowledge/load.ts';
import { allMatches } from '../all-matches.ts';
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

describe('clause breaks', () => {
  it('match as the lookbehind form (?<!\\s)\\s+ would: same places, same lengths', () => {
    const ev = compileEvents(loadEvents(KNOWLEDGE_DIR, SCHEMA_DIR));
    const plain = new RegExp(ev.clauseBreak.source.split('\\s(?<!\\s\\s)\\s*').join('(?<!\\s)\\s+'), ev.clauseBreak.flags);
    expect(plain.source).not.toBe(ev.clauseBreak.source);
    const pieces = [' ', '  ', '\n', '\t', ',', ';', ':', 'while', 'but', 'and', 'x', '—', 'Which', 'of'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''));
    const spans = (re: RegExp, t: string) => allMatches(re, t).map((m) => [m.index, m[0].length]);
    fc.assert(fc.property(text, (t) => {
      expect(spans(ev.clauseBreak, t)).toEqual(spans(plain, t));
    }), { numRuns: 2000 });
  });
});
