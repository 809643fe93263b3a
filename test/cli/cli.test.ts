import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DOCS, REPO_ROOT } from '../helpers/corpus.ts';

const BIN = join(REPO_ROOT, 'bin', 'atlas.mjs');

function atlas(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ATLAS_DB: undefined } });
  if (process.env.DEBUG_CLI) console.log(args.join(' '), r.status, r.stdout.slice(0, 300), r.stderr.slice(0, 1000));
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the atlas command', () => {
  let dir: string;
  let db: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
    db = join(dir, 'atlas.db');
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    copyFileSync(join(FIXTURE_DOCS, 'kyrgyz-defense-brief.md'), join(docs, 'brief.md'));
    writeFileSync(join(docs, 'broken.pdf'), 'this is not a PDF at all');
    writeFileSync(join(docs, 'notes.xyz'), 'unsupported');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests a folder, reports and skips the broken file, and lands the rest', () => {
    const r = atlas(['ingest', join(dir, 'docs'), '--db', db, '--json'], dir);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.out);
    expect(summary.documents.added).toBe(1);
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0].path).toContain('broken.pdf');
    expect(summary.failures[0].error.length).toBeGreaterThan(10);
    expect(summary.skipped.map((s: { path: string }) => s.path).join()).toContain('notes.xyz');
    const stats = JSON.parse(atlas(['stats', '--db', db, '--json'], dir).out);
    expect(stats.documents).toBe(1);
    expect(stats.quantities).toBeGreaterThan(0);
  });

  it('lists, shows and explains what it stored', () => {
    const page = JSON.parse(atlas(['entities', '--db', db, '--type', 'ORG', '--json'], dir).out);
    expect(page.items.every((e: { type: string }) => e.type === 'ORG')).toBe(true);
    const shown = JSON.parse(atlas(['show', 'CSTO', '--db', db, '--json'], dir).out);
    expect(shown.entity.name).toBe('Collective Security Treaty Organization');
    expect(shown.mentions[0].sentenceText).toContain('CSTO');
    atlas(['export', '--db', db, '--out', join(dir, 'x'), '--format', 'jsonl'], dir);
    const firstQuantity = readFileSync(join(dir, 'x', 'quantities.jsonl'), 'utf8').split('\n')[0];
    const q = JSON.parse(atlas(['explain', `q${JSON.parse(firstQuantity).id}`, '--db', db, '--json'], dir).out);
    expect(q.kind).toBe('quantity');
    expect(q.sentenceText).toContain(q.fact.quote);
  });

  it('exports every table with provenance columns', () => {
    const out = join(dir, 'csv');
    const r = atlas(['export', '--db', db, '--out', out, '--format', 'csv'], dir);
    expect(r.code).toBe(0);
    for (const t of ['documents', 'entities', 'mentions', 'quantities', 'events']) expect(existsSync(join(out, `${t}.csv`))).toBe(true);
    const header = readFileSync(join(out, 'quantities.csv'), 'utf8').split('\n')[0];
    for (const col of ['document_id', 'sentence', 'start', 'end', 'quote', 'rule', 'value', 'kind']) expect(header.split(',')).toContain(col);
  });

  it('fails clearly on bad arguments, missing files and missing databases', () => {
    const missing = atlas(['extract', join(dir, 'nope.txt'), '--format', 'eval'], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.txt/);
    const format = atlas(['extract', join(FIXTURE_DOCS, 'kyrgyz-defense-brief.md'), '--format', 'xml'], dir);
    expect(format.code).toBe(2);
    expect(format.err).toMatch(/--format must be eval or json/);
    const unsupported = atlas(['extract', join(dir, 'docs', 'notes.xyz')], dir);
    expect(unsupported.code).toBe(2);
    const nodb = atlas(['stats', '--db', join(dir, 'absent.db')], dir);
    expect(nodb.code).toBe(2);
    expect(nodb.err).toMatch(/no atlas database/);
    expect(existsSync(join(dir, 'absent.db'))).toBe(false);
    expect(atlas(['entities', '--db', db, '--limit', 'ten'], dir).code).toBe(2);
    expect(atlas(['explain', 'zz9', '--db', db], dir).code).toBe(2);
    expect(atlas(['explain', 'q999999', '--db', db], dir).code).toBe(3);
    expect(atlas(['frobnicate'], dir).code).toBe(2);
  });

  it('prints the eval contract for one file', () => {
    const r = atlas(['extract', join(FIXTURE_DOCS, 'kyrgyz-defense-brief.md'), '--format', 'eval'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.doc).toBe('kyrgyz-defense-brief.md');
    expect(Object.keys(out)).toEqual(['doc', 'entities', 'quantities', 'events']);
    const csto = out.entities.find((e: { aliases: string[] }) => e.aliases.includes('CSTO'));
    expect(csto).toMatchObject({ name: 'Collective Security Treaty Organization', type: 'ORG' });
    expect(out.quantities.some((q: { value: number; kind: string }) => q.value === 10900 && q.kind === 'personnel')).toBe(true);
    expect(out.events.some((e: { date: string }) => e.date === '2014-06')).toBe(true);
  });
});
