/** schema/quantity-kinds.json: a noun's second reading ("fighters": jets or combatants) is data, checked at start. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_DIR, SCHEMA_DIR } from '../../src/knowledge-files/read-json-file.ts';
import { loadNumbers } from '../../src/nlp/knowledge/numbers.ts';
import { quantitiesOf } from '../../src/nlp/numbers/test-helpers.ts';

const kinds = (text: string) => quantitiesOf(text, []).quantities.map((q) => [q.value, q.kind]);

describe('quantity kinds: senses', () => {
  it('read fighters as people where the sentence speaks of recruits or an army, as jets where it speaks of aircraft', () => {
    expect(kinds('The Taliban planned to recruit 150,000 fighters.')).toEqual([[150000, 'personnel']]);
    expect(kinds('The army of 100,000 fighters will get its own uniform.')).toEqual([[100000, 'personnel']]);
    expect(kinds('The air force flies 30 fighters.')).toEqual([[30, 'equipment']]);
    expect(kinds('Kazakhstan bought 12 fighters from Russia.')).toEqual([[12, 'equipment']]);
    // A model named in the phrase is a machine, whatever the sentence says.
    expect(kinds('The army will get 12 Su-30SM fighters.')).toEqual([[12, 'equipment']]);
  });

  it('stop the loader on a sense for a noun no kind lists or of a kind that does not exist', () => {
    for (const [change, error] of [
      [(d: any) => { d.senses[0].noun = 'starship'; }, /sense of "starship" is for a noun no kind lists/],
      [(d: any) => { d.senses[0].kind = 'robots'; }, /sense of "fighter" names unknown kind robots/],
    ] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'atlas-kinds-'));
      cpSync(SCHEMA_DIR, dir, { recursive: true });
      const path = join(dir, 'quantity-kinds.json');
      const data = JSON.parse(readFileSync(path, 'utf8'));
      change(data);
      writeFileSync(path, JSON.stringify(data));
      expect(() => loadNumbers(KNOWLEDGE_DIR, dir)).toThrow(error);
    }
  });
});
