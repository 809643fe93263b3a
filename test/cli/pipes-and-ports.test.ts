import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DOCS, REPO_ROOT } from '../helpers/corpus.ts';

const BIN = join(REPO_ROOT, 'bin', 'atlas.mjs');
const env = { ...process.env, ATLAS_DB: undefined, ATLAS_TOKEN: undefined };

function atlas(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Runs the command with its stdout a pipe whose reader has already gone (`| head -0`, made deterministic). */
function atlasIntoClosedPipe(args: string[], cwd: string): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, err }));
  });
}

describe('the atlas command in pipes and on busy ports', () => {
  let dir: string;
  let db: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-pipes-'));
    db = join(dir, 'atlas.db');
    mkdirSync(join(dir, 'docs'));
    copyFileSync(join(FIXTURE_DOCS, 'kyrgyz-defense-brief.md'), join(dir, 'docs', 'brief.md'));
    expect(atlas(['ingest', join(dir, 'docs'), '--db', db, '--quiet'], dir).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits quietly, with no stack trace, when the reader of its output goes away (EPIPE)', async () => {
    const commands = [
      ['show', 'CSTO'], ['show', 'CSTO', '--json'], ['stats'], ['entities'], ['search', 'defense'],
      ['timeline'], ['partners'], ['inventory'], ['audit'], ['ledger', 'CSTO'], ['explain', 'm1'], ['--help'],
    ];
    const results = await Promise.all(commands.map(async (args) => ({ args: args.join(' '), ...(await atlasIntoClosedPipe(args[0] === '--help' ? args : [...args, '--db', db], dir)) })));
    for (const r of results) {
      expect(r.err, r.args).not.toMatch(/EPIPE|Error|at .*\(.*:\d+:\d+\)/);
      expect(r.code, `${r.args}: ${r.err}`).toBe(0);
    }
  });

  it('numbers sentences from 1 for people, as the web atlas does; --json keeps the stored index', () => {
    const json = JSON.parse(atlas(['show', 'CSTO', '--db', db, '--json'], dir).out);
    const first = json.mentions[0];
    const text = atlas(['show', 'CSTO', '--db', db], dir).out;
    expect(text).toContain(`m${first.id} doc ${first.documentId} §${first.sentence + 1}: `);
    const explained = atlas(['explain', `m${first.id}`, '--db', db], dir).out;
    expect(explained).toMatch(new RegExp(`sentence §${first.sentence + 1}\\b`));
    const hits = JSON.parse(atlas(['search', 'CSTO', '--db', db, '--json'], dir).out).sentences.items;
    expect(atlas(['search', 'CSTO', '--db', db], dir).out).toContain(`doc ${hits[0].documentId} §${hits[0].sentence + 1}: `);
  });

  it('says which port is busy and suggests --port instead of printing EADDRINUSE', async () => {
    const busy: Server = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as AddressInfo).port;
    try {
      const r = atlas(['serve', '--db', db, '--port', String(port)], dir);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`port ${port} is already in use`);
      expect(r.err).toMatch(/--port/);
      expect(r.err).not.toMatch(/EADDRINUSE|\n\s+at /);
    } finally {
      busy.close();
    }
  });
});
