import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidSchema } from '../../model/errors.ts';
import { KNOWLEDGE_DIR, SCHEMA_DIR } from './load.ts';
import { loadGazetteer } from './gazetteer.ts';
import { loadEquipment } from './equipment.ts';

describe('gazetteer and equipment loaders', () => {
  it('load the knowledge files', () => {
    const g = loadGazetteer(KNOWLEDGE_DIR, SCHEMA_DIR);
    expect(g.countries.find((c) => c.iso2 === 'KZ')?.demonyms).toContain('Kazakhstani');
    expect(g.organizations.find((o) => o.acronym === 'CSTO')?.kind).toBe('alliance');
    expect(loadEquipment(KNOWLEDGE_DIR, SCHEMA_DIR).patterns.length).toBeGreaterThan(10);
  });

  it('reject a file with a duplicate id, naming the files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-kb-'));
    cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
    const path = join(dir, 'places.json');
    const data = JSON.parse(readFileSync(path, 'utf8')) as { places: { id: string }[] };
    data.places.push({ ...data.places[0]!, id: 'country-kz' });
    writeFileSync(path, JSON.stringify(data));
    expect(() => loadGazetteer(dir, SCHEMA_DIR)).toThrow(InvalidSchema);
    expect(() => loadGazetteer(dir, SCHEMA_DIR)).toThrow(/duplicate id "country-kz"/);
  });

  it('reject an equipment pattern that is not a valid regex', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-kb-'));
    cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
    const path = join(dir, 'equipment-patterns.json');
    writeFileSync(path, JSON.stringify({ patterns: [{ id: 'bad', regex: '(MiG', sep: '-', prefix: 'MiG', role: 'fighter', origin: 'SU' }] }));
    expect(() => loadEquipment(dir, SCHEMA_DIR)).toThrow(/pattern bad: invalid regex/);
  });
});
