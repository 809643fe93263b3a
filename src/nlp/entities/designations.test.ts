import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load.ts';
import { compileDesignations, findDesignations } from './designations.ts';
import { lexiconOf } from './lexicon.ts';

const find = (text: string) => findDesignations(text, lexiconOf(loadKnowledge()).designations).map((h) => [h.canonical, h.plural, text.slice(h.start, h.end)]);

describe('designation patterns', () => {
  it('canonicalizes families and keeps suffix letters', () => {
    expect(find('Mig 29 and MiG-31BM, S-300PMU2 and Il-76MD')).toEqual([
      ['MiG-29', false, 'Mig 29'], ['MiG-31BM', false, 'MiG-31BM'], ['S-300PMU2', false, 'S-300PMU2'], ['Il-76MD', false, 'Il-76MD'],
    ]);
  });

  it('reads a trailing lower-case s as a plural', () => {
    expect(find('forty T-72s and six SA-6s')).toEqual([['T-72', true, 'T-72s'], ['SA-6', true, 'SA-6s']]);
  });

  it('does not fire inside other words or on bare numbers', () => {
    expect(find('the G-20 summit, a T-shirt, 2S-3 and model X-300')).toEqual([]);
  });

  it('reads helicopter variant suffixes, Airbus helicopter numbers and Soviet truck designations', () => {
    expect(find('Mi-8AMTSh, Mi-8MTV-5 and Mi-17V-5 flew beside H215M and AS350 helicopters; UAZ-469 and Ural-4320 trucks followed.')).toEqual([
      ['Mi-8AMTSh', false, 'Mi-8AMTSh'], ['Mi-8MTV-5', false, 'Mi-8MTV-5'], ['Mi-17V-5', false, 'Mi-17V-5'],
      ['H215M', false, 'H215M'], ['AS350', false, 'AS350'], ['UAZ-469', false, 'UAZ-469'], ['Ural-4320', false, 'Ural-4320'],
    ]);
  });
});

describe('first-character hint', () => {
  it('finds what the patterns find without it', () => {
    const patterns = loadKnowledge().equipment.patterns;
    const hinted = compileDesignations(patterns);
    expect(hinted.any.source.startsWith('(?=[')).toBe(true);
    const plain = { ...hinted, any: new RegExp(hinted.any.source.replace(/^\(\?=\[[^\]]*\]\)/, ''), 'gu') };
    const texts = ['Mig 29 and MiG-31BM, S-300PMU2, Il-76MD, T-72s, SA-6s, 2S19, M1A2, Type 99A, Leopard 2A4, F/A-18, x-T-72, /S-300'];
    for (const d of ['../shared/corpus', 'bench/proxy/corpus']) {
      try { for (const f of readdirSync(d)) if (f.endsWith('.txt')) texts.push(readFileSync(`${d}/${f}`, 'utf8')); } catch { /* not here */ }
    }
    for (const t of texts) expect(findDesignations(t, hinted)).toEqual(findDesignations(t, plain));
  });
});
