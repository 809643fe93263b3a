import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { REPO_ROOT } from '../helpers/corpus.ts';

const BIN = join(REPO_ROOT, 'bin', 'atlas.mjs');
const atlas = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ATLAS_DB: undefined } });

describe('atlas ingest/extract --date', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-date-'));
  const file = join(dir, 'report.txt');
  writeFileSync(file, 'date 2001-01-01\nThe defense ministers met on Wednesday in Astana.\n');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('dates the document, and its weekdays, from --date over what the text states', () => {
    const r = atlas(['extract', file, '--format', 'json', '--date', '2019-03-14']);
    expect(r.status).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.meta).toMatchObject({ publishedDate: '2019-03-14', publishedRule: 'given' });
    expect(x.events.map((e: { date: { start: string } }) => e.date.start)).toEqual(['2019-03-13']);
  });

  it('stores the given date with the document', async () => {
    const db = join(dir, 'atlas.db');
    expect(atlas(['ingest', file, '--db', db, '--date', '2019-03-14', '--quiet']).status).toBe(0);
    const store = await openStore(db);
    try {
      expect((await store.listDocuments({ limit: 5, offset: 0 })).items.map((d) => d.publishedDate)).toEqual(['2019-03-14']);
    } finally {
      await store.close();
    }
    // atlas show gives each mention's document with its date.
    expect(atlas(['show', 'Astana', '--db', db]).stdout).toMatch(/doc \d+ \(2019-03-14\)/);
  });

  it('refuses a date that is not a calendar day, with exit code 2', () => {
    const r = atlas(['extract', file, '--date', '2019-02-30']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--date must be a calendar day written YYYY-MM-DD, found "2019-02-30"');
  });
});
