import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidInput } from '../../src/model/errors.ts';
import { openStore } from '../../src/store/open-store.ts';
import { MIGRATIONS } from '../../src/store/sqlite/migrations/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import { sqliteDialect } from '../../src/store/sqlite/sqlite-dialect.ts';
import { expectUpgradeFromVersion1 } from './upgrade-check.ts';
import { expectFailedPutRolledBack } from './rollback-check.ts';
import { runStoreContract } from './store.contract.ts';
import { extractionA, extractionB, makeDoc, RUN, TEXT_A, TEXT_B } from './fixtures.ts';

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
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('upgrades a version 1 database in place: documents and facts kept, identity by path from then on', async () => {
    const path = freshPath();
    const sqlite = new Database(path);
    sqlite.pragma('foreign_keys = ON');
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
    await expectUpgradeFromVersion1(db, sqliteDialect, MIGRATIONS[0]!, () => openSqliteStore(path));
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('foreign_key_check')).toEqual([]);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  });

  it('rolls back every write of a put that fails inside its transaction', async () => {
    const path = freshPath();
    const store = await openSqliteStore(path);
    const raw = new Database(path);
    await expectFailedPutRolledBack(store, {
      arm: () => { raw.exec(`CREATE TRIGGER fail_quantity BEFORE INSERT ON quantities WHEN NEW.rule = 'boom'
                             BEGIN SELECT RAISE(ABORT, 'injected failure'); END`); },
      disarm: () => { raw.exec('DROP TRIGGER fail_quantity'); },
    });
    raw.close();
    await store.close();
  });

  it('opens sqlite paths and URLs, and refuses other schemes', async () => {
    const path = freshPath();
    const viaUrl = await openStore(`sqlite:${path}`);
    expect(viaUrl.dialect).toBe('sqlite');
    await viaUrl.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);
    await viaUrl.close();
    const viaPath = await openStore(path);
    expect((await viaPath.stats()).documents).toBe(1);
    await viaPath.close();
    await expect(openStore('mysql://localhost/atlas')).rejects.toThrow(InvalidInput);
  });
});
