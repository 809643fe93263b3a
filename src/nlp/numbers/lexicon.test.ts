import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidSchema } from '../../model/errors.ts';
import { KNOWLEDGE_DIR, loadKnowledge, SCHEMA_DIR } from '../knowledge/load.ts';
import { loadNumbers } from '../knowledge/numbers.ts';
import { compileNumbers, pluralOf } from './lexicon.ts';

describe('number lexicon', () => {
  it('compiles once per loaded lexicon', () => {
    const lex = loadKnowledge().numbers;
    expect(compileNumbers(lex)).toBe(compileNumbers(lex));
  });

  it('derives plurals and honours irregular ones given in the kinds file', () => {
    expect(pluralOf('company')).toBe('companies');
    expect(pluralOf('bus')).toBe('buses');
    expect(pluralOf('day')).toBe('days');
    const c = compileNumbers(loadKnowledge().numbers);
    expect(c.nouns.get('servicemen')?.kind).toBe('personnel');
    expect(c.nouns.get('aircraft')?.kind).toBe('equipment');
    expect(c.nouns.get('regiments')?.kind).toBe('count');
    expect(c.nouns.get('hectares')?.measure).toBe(true);
    expect(c.timeUnits.get('year')).toBe('years');
  });

  it('rejects a malformed file with its path and field', () => {
    const k = mkdtempSync(join(tmpdir(), 'atlas-numbers-'));
    cpSync(KNOWLEDGE_DIR, k, { recursive: true });
    const file = join(k, 'numbers.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.qualifiers.about = 'roughly';
    writeFileSync(file, JSON.stringify(data));
    expect(() => loadNumbers(k, SCHEMA_DIR)).toThrow(InvalidSchema);
    expect(() => loadNumbers(k, SCHEMA_DIR)).toThrow(/numbers\.json: qualifiers\.about/);
  });

  it('requires the five quantity kinds', () => {
    const s = mkdtempSync(join(tmpdir(), 'atlas-kinds-'));
    cpSync(SCHEMA_DIR, s, { recursive: true });
    const file = join(s, 'quantity-kinds.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.kinds = data.kinds.filter((k: { id: string }) => k.id !== 'money');
    writeFileSync(file, JSON.stringify(data));
    expect(() => loadNumbers(KNOWLEDGE_DIR, s)).toThrow(/missing kinds money/);
  });
});
