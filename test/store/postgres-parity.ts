import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../src/model/views.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { emptyExtraction, entity, ev, extractionA, extractionB, makeDoc, RUN, TEXT_A, TEXT_B, TEXT_RANK } from './fixtures.ts';
import type { TestPostgres } from './postgres-server.ts';

// Names that sort differently byte-wise (as SQLite does) and by a locale's rules.
const TEXT_UNITS = 'The alpha unit, the Zulu Unit and the Bravo unit met in Zürich at the café.';
function unitsExtraction() {
  const units = ['alpha unit', 'Zulu Unit', 'Bravo unit'].map((n) => entity(`x:ORG:${n.toLowerCase().replace(' ', '-')}`, 'ORG', n));
  return { ...emptyExtraction(TEXT_UNITS), entities: units, mentions: units.map((u) => ({ ...ev(TEXT_UNITS, u.name), entityKey: u.key })) };
}

async function fill(s: AtlasStore): Promise<AtlasStore> {
  await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
  await s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);
  await s.putDocument(makeDoc('r.txt', 'Radar notes', TEXT_RANK), emptyExtraction(TEXT_RANK), RUN);
  await s.putDocument(makeDoc('u.txt', 'Units', TEXT_UNITS), unitsExtraction(), RUN);
  return s;
}

// Ranks are each engine's own scale (bm25, ts_rank), and among entities (short name lists, where
// bm25's length weighting decides) the order may differ; everything else must agree.
const withoutRank = (r: SearchResult) => ({
  sentences: { ...r.sentences, items: r.sentences.items.map(({ rank: _rank, ...hit }) => hit) },
  entities: [...r.entities].sort((a, b) => a.id - b.id),
});

/** The PostgreSQL store answers as the SQLite store does, in a database whose locale sorts "alpha" before "Zulu". */
export function postgresParityTests(server: () => TestPostgres): void {
  describe('postgres: the same answers as SQLite', () => {
    it('reads, sorts and searches the same data identically', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'atlas-parity-'));
      const lite = await fill(await openStore(join(dir, 'atlas.db')));
      const pg = await fill(await openStore(await server().freshDatabaseUrl({ icuLocale: 'en-US' })));
      try {
        const both = async <T>(read: (s: AtlasStore) => Promise<T>) => {
          const [a, b] = [await read(lite), await read(pg)];
          expect(b).toEqual(a);
          return b;
        };
        await both((s) => s.stats());
        const orgs = await both((s) => s.listEntities({ type: 'ORG', limit: 100, offset: 0 }));
        expect(orgs.items.map((e) => e.name).slice(-4)).toEqual(['Bravo unit', 'Ministry of Defence of Freedonia', 'Zulu Unit', 'alpha unit']);
        await both((s) => s.listEntities({ query: 'uni', limit: 100, offset: 0 }));
        await both((s) => s.mentions({}));
        await both((s) => s.events({ from: '2016' }));
        await both(async (s) => ({ ...(await s.getDocument(2))!, ingestedAt: 'when it was put' }));
        for (const q of ['radar', 'helicopter', 'Sylvania exercise', 'Falcon-9', 'NTO pilots', 'frobnicate radar', 'Petrovsky', 'cafe', 'ZURICH', 'unit*', 'us', 'the alpha']) {
          await both(async (s) => withoutRank(await s.search(q, { limit: 10, offset: 0 })));
        }
      } finally {
        await lite.close();
        await pg.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
