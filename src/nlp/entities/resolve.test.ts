import { describe, expect, it } from 'vitest';
import type { Entity, Mention } from '../../model/facts.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { resolveEntities } from './resolve.ts';

const HEADS = loadKnowledge().gazetteer.vocabulary.invertibleHeads;

const ent = (key: string, name: string, attrs: Record<string, unknown> = {}, aliases: string[] = []): Entity => ({
  key, type: key.split(':')[1] ?? 'ORG', name, aliases: aliases.map((a) => ({ alias: a, kind: 'name' })), attributes: attrs, source: 'extracted',
});
const mention = (key: string, quote: string, start: number): Mention => ({ start, end: start + quote.length, quote, sentence: 0, rule: 't', confidence: 1, entityKey: key });

describe('resolveEntities', () => {
  it('merges plural variants and inverted "Forces of X" names, naming the group by its most used fullest form', () => {
    const es = new Map([
      ['x:ORG:a', ent('x:ORG:a', 'Air Defense Forces')],
      ['x:ORG:b', ent('x:ORG:b', 'Forces of Air Defense')],
      ['x:ORG:c', ent('x:ORG:c', 'Air Defense Force')],
    ]);
    const ms = [mention('x:ORG:a', 'Air Defense Forces', 0), mention('x:ORG:a', 'Air Defense Forces', 30), mention('x:ORG:b', 'Forces of Air Defense', 60), mention('x:ORG:c', 'Air Defense Force', 90)];
    const out = resolveEntities(es, ms, HEADS);
    expect(out.size).toBe(1);
    const e = [...out.values()][0]!;
    expect(e.name).toBe('Air Defense Forces');
    expect(e.aliases.map((a) => a.alias).sort()).toEqual(['Air Defense Force', 'Forces of Air Defense']);
    expect(new Set(ms.map((m) => m.entityKey)).size).toBe(1);
  });

  it('keeps two countries\' bodies apart even when they share a form', () => {
    const es = new Map([
      ['x:ORG:mod-kz', ent('x:ORG:mod-kz', 'Ministry of Defense of Kazakhstan', { country: 'KZ', fixedName: true }, ['MoD'])],
      ['x:ORG:mod-ru', ent('x:ORG:mod-ru', 'Ministry of Defense of Russia', { country: 'RU', fixedName: true }, ['MoD'])],
    ]);
    const out = resolveEntities(es, [mention('x:ORG:mod-kz', 'MoD', 0), mention('x:ORG:mod-ru', 'MoD', 10)], HEADS);
    expect([...out.values()].map((e) => e.name).sort()).toEqual(['Ministry of Defense of Kazakhstan', 'Ministry of Defense of Russia']);
  });

  it('resolves a surname-only person to the one full name ending with it', () => {
    const es = new Map([
      ['x:PERSON:a', ent('x:PERSON:a', 'Daniyar Seitov', { titles: [] })],
      ['x:PERSON:b', ent('x:PERSON:b', 'Seitov', { titles: ['Colonel'] }, ['Colonel Seitov'])],
    ]);
    const ms = [mention('x:PERSON:a', 'Daniyar Seitov', 0), mention('x:PERSON:b', 'Seitov', 40)];
    const out = resolveEntities(es, ms, HEADS);
    expect(out.size).toBe(1);
    const p = [...out.values()][0]!;
    expect(p.name).toBe('Daniyar Seitov');
    expect(p.attributes.titles).toEqual(['Colonel']);
    expect(ms[1]!.entityKey).toBe('x:PERSON:a');
  });

  it('prefers a spelled-out name over an acronym', () => {
    const es = new Map([['gz:nato', { ...ent('gz:nato', 'NATO', {}, ['North Atlantic Treaty Organization']), source: 'gazetteer' as const }]]);
    const out = resolveEntities(es, [mention('gz:nato', 'NATO', 0), mention('gz:nato', 'NATO', 9), mention('gz:nato', 'North Atlantic Treaty Organization', 20)], HEADS);
    expect(out.get('gz:nato')?.name).toBe('North Atlantic Treaty Organization');
  });

  it('merges a body named by its head alone into the one longer "<head> of ..." name, never into two', () => {
    const es = new Map([
      ['x:ORG:a', ent('x:ORG:a', 'Border Troops of the State Committee for National Security')],
      ['x:ORG:b', ent('x:ORG:b', 'Border Troops')],
      ['x:ORG:c', ent('x:ORG:c', 'Internal Troops of the Interior Ministry')],
      ['x:ORG:d', ent('x:ORG:d', 'Internal Troops of the Defense Ministry')],
      ['x:ORG:e', ent('x:ORG:e', 'Internal Troops')],
    ]);
    const ms = [...es.keys()].map((k, i) => mention(k, es.get(k)!.name, i * 80));
    const out = resolveEntities(es, ms, HEADS);
    expect([...out.values()].map((e) => e.name).sort()).toEqual([
      'Border Troops of the State Committee for National Security', 'Internal Troops', 'Internal Troops of the Defense Ministry', 'Internal Troops of the Interior Ministry',
    ]);
  });
});

