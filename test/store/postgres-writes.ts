import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { extractionA, extractionB, makeDoc, RUN, TEXT_A, TEXT_B } from './fixtures.ts';
import { expectFailedPutRolledBack } from './rollback-check.ts';
import type { TestPostgres } from './postgres-server.ts';

/** Writes under PostgreSQL: concurrent writers and a failure inside the transaction. */
export function postgresWriteTests(server: () => TestPostgres): void {
  describe('postgres: concurrent and failing writes', () => {
    it('puts two documents at once (and again from a second process): entities resolve to one each', async () => {
      const url = await server().freshDatabaseUrl();
      const [one, two] = [await openStore(url), await openStore(url)];
      const puts = await Promise.all([
        one.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN),
        two.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN),
        one.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN),
      ]);
      expect(puts.map((p) => p.status).sort()).toEqual(['added', 'added', 'unchanged']);
      // NTO (acronym in B, full name in A) and Sylvania (same key) are one entity each, whichever put came first.
      expect((await one.findEntities('NTO', 'ORG')).map((e) => e.documentCount)).toEqual([2]);
      expect((await two.findEntities('Sylvania')).map((e) => e.mentionCount)).toEqual([3]);
      expect(await one.stats()).toEqual(await two.stats());
      expect((await one.stats()).documents).toBe(2);
      await Promise.all([one.close(), two.close()]);
    });

    it('rolls back every write of a put that fails inside its transaction', async () => {
      const url = await server().freshDatabaseUrl();
      const store = await openStore(url);
      const raw = new pg.Client(url);
      await raw.connect();
      await expectFailedPutRolledBack(store, {
        arm: async () => {
          await raw.query(`CREATE FUNCTION fail_boom() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.rule = 'boom' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`);
          await raw.query('CREATE TRIGGER fail_quantity BEFORE INSERT ON quantities FOR EACH ROW EXECUTE FUNCTION fail_boom()');
        },
        disarm: async () => { await raw.query('DROP TRIGGER fail_quantity ON quantities'); },
      });
      await raw.end();
      await store.close();
    });
  });
}
