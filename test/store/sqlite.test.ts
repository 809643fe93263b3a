import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidInput } from '../../src/model/errors.ts';
import { openStore } from '../../src/store/open-store.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import { runStoreContract } from './store.contract.ts';
import { extractionA, extractionA2, extractionB, makeDoc, RUN, TEXT_A, TEXT_A2, TEXT_B } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-store-'));
let n = 0;
const freshPath = () => join(dir, `store-${++n}.db`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract('sqlite (temp file)', () => openSqliteStore(freshPath()));

describe('sqlite store specifics', () => {
  it('migrates once: reopening the same file keeps data and schema_migrations', async () => {
    const path = freshPath();
    const first = await openSqliteStore(path);
    await first.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
    const stats = await first.stats();
    await first.close();

    const again = await openSqliteStore(path);
    expect(await again.stats()).toEqual(stats);
    expect((await again.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN)).status).toBe('unchanged');
    expect((await again.search('helicopters', { limit: 5, offset: 0 })).sentences.total).toBe(1);
    await again.close();

    const raw = new Database(path, { readonly: true });
    const rows = raw.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as { version: number }[];
    expect(rows.map((r) => r.version)).toEqual([1]);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('rolls back every write of a put that fails inside its transaction', async () => {
    const path = freshPath();
    const store = await openSqliteStore(path);
    await store.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
    await store.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);
    const before = { stats: await store.stats(), entities: await store.listEntities({ limit: 1000, offset: 0 }), mentions: await store.mentions({}) };

    // A failure after the old version was deleted and the new entities and mentions were written.
    const raw = new Database(path);
    raw.exec(`CREATE TRIGGER fail_quantity BEFORE INSERT ON quantities WHEN NEW.rule = 'boom'
              BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    const x = extractionA2();
    x.quantities[0] = { ...x.quantities[0]!, rule: 'boom' };
    await expect(store.putDocument(makeDoc('a.txt', 'Doc A v2', TEXT_A2), x, RUN)).rejects.toThrow(/injected failure/);
    raw.exec('DROP TRIGGER fail_quantity');
    raw.close();

    expect(await store.stats()).toEqual(before.stats);
    expect(await store.listEntities({ limit: 1000, offset: 0 })).toEqual(before.entities);
    expect(await store.mentions({})).toEqual(before.mentions);
    expect((await store.search('helicopters', { limit: 5, offset: 0 })).sentences.total).toBe(1);
    expect((await store.search('Raven', { limit: 5, offset: 0 })).entities).toEqual([]);
    // And the store still works afterwards.
    expect((await store.putDocument(makeDoc('a.txt', 'Doc A v2', TEXT_A2), extractionA2(), RUN)).status).toBe('replaced');
    await store.close();
  });

  it('opens sqlite paths and URLs, and refuses postgres for now', async () => {
    const path = freshPath();
    const viaUrl = await openStore(`sqlite:${path}`);
    expect(viaUrl.dialect).toBe('sqlite');
    await viaUrl.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);
    await viaUrl.close();
    const viaPath = await openStore(path);
    expect((await viaPath.stats()).documents).toBe(1);
    await viaPath.close();
    await expect(openStore('postgres://localhost/atlas')).rejects.toThrow(InvalidInput);
    await expect(openStore('postgres://localhost/atlas')).rejects.toThrow('PostgreSQL support is not implemented yet');
    await expect(openStore('mysql://localhost/atlas')).rejects.toThrow(InvalidInput);
  });
});
