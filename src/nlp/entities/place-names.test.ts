import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load.ts';
import { extract } from '../pipeline.ts';

const kb = loadKnowledge();
const place = (text: string, bare: string) => extract(text, kb).entities.find((e) => e.type === 'PLACE' && (e.name === bare || e.aliases.some((a) => a.alias === bare)));

describe('places named with a generic head', () => {
  it('names a place by its fuller form and keeps the bare name as an alias', () => {
    const e = place('President Mirziyoyev visited a military unit in the Surkhandarya region in November 2023.', 'Surkhandarya');
    expect(e?.name).toBe('Surkhandarya region');
    expect(e?.aliases.map((a) => a.alias)).toContain('Surkhandarya');
  });

  it('leaves countries alone', () => {
    expect(place('The Kazakhstan region of Central Asia is vast.', 'Kazakhstan')?.name).toBe('Kazakhstan');
  });
});
