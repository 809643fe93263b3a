/**
 * The bad-input corpus: every hostile or odd file the issue lists, generated here (nothing big is
 * committed), ingested in one batch between two good documents. Each has its expected outcome
 * (landed, or failed/skipped with its message); the good documents after the bad ones land, the
 * exit code says a file failed, and the SQLite file passes `PRAGMA integrity_check`. Sizes are just
 * big enough that the old non-linear behaviour would run into the (generous) test timeout.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryWithoutNul, deepHtml, docxBomb, longLine, longWord, plainText, unclosedBold } from '../../bench/hostile-inputs.ts';
import { REPO_ROOT } from '../helpers/corpus.ts';

const BIN = join(REPO_ROOT, 'bin', 'atlas.mjs');
const isRoot = process.getuid?.() === 0;
const canMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

function atlas(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 240_000, env: { ...process.env, ATLAS_DB: undefined } });
  return { code: r.status, out: r.stdout, err: r.stderr, signal: r.signal };
}

interface Summary {
  documents: { added: number };
  failures: { path: string; error: string }[];
  skipped: { path: string; reason: string }[];
}

describe('the bad-input corpus', () => {
  let dir: string;
  let docs: string;
  let db: string;
  let run: ReturnType<typeof atlas>;
  let summary: Summary;
  const failure = (name: string) => summary.failures.find((f) => f.path.endsWith(`/${name}`))?.error;
  const skip = (name: string) => summary.skipped.find((f) => f.path.endsWith(`/${name}`))?.reason;
  const titles = () => new Database(db, { readonly: true }).prepare('SELECT source_path AS p FROM documents').all().map((r) => (r as { p: string }).p);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
    docs = join(dir, 'docs');
    mkdirSync(docs);
    const put = (name: string, content: string | Uint8Array) => writeFileSync(join(docs, name), content);
    put('00-good.txt', 'Kazakhstan Army Report\nThe Ground Forces of Kazakhstan received 12 helicopters in 2019.\n');
    put('empty.txt', '');
    put('whitespace.txt', ' \n\t \n\n   \n');
    put('invalid-utf8.txt', Buffer.from('Caf\xe9 report\nThe army of Kyrgyzstan has 5 tanks \x96 and 7 trucks.\n', 'latin1'));
    put('utf16-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tajikistan Border Report\nTajikistan deployed 300 troops in 2021.\n', 'utf16le')]));
    put('huge-line.txt', longLine(2 << 20)); // 2 MB on one line
    put('long-word.txt', `Report\n${longWord(1 << 20)}\n`); // a 1 MB "word"
    put('unclosed-bold.md', unclosedBold(200 << 10));
    put('deep-unclosed.html', deepHtml(300_000)); // 60,000 unclosed <div>s
    put('deep-closed.html', `<html><body>${'<div>'.repeat(5000)}<p>Deep text.</p>${'</div>'.repeat(5000)}</body></html>`);
    put('bomb.docx', await docxBomb(4 << 20)); // expands to 4 MB; the run allows 1 MB
    put('too-big.txt', plainText(3 << 20)); // past --max-file-size 3000000
    put('too-long.html', `<html><body><p>${plainText(2_300_000)}</p></body></html>`); // text past --max-text-length
    put('binary.txt', binaryWithoutNul(20_000));
    put('nul.txt', Buffer.from('text\0with\0nul\0bytes'));
    put('unreadable.txt', 'Uzbekistan bought 4 aircraft in 2020.\n');
    chmodSync(join(docs, 'unreadable.txt'), 0o000);
    put('evil\u001b[31mname.txt', binaryWithoutNul(5000, 7));
    symlinkSync('.', join(docs, 'loop')); // a folder loop through a link
    symlinkSync('/dev/zero', join(docs, 'zero.txt'));
    if (canMkfifo) spawnSync('mkfifo', [join(docs, 'fifo.txt'), join(dir, 'arg-fifo.txt')]);
    symlinkSync('/dev/zero', join(dir, 'arg-zero.txt'));
    put('zz-good.txt', 'Mongolia Peacekeeping Note\nMongolia sent 850 peacekeepers to South Sudan in 2012.\n');
    db = join(dir, 'atlas.db');
    const args = ['ingest', docs, join(dir, 'arg-zero.txt'), ...(canMkfifo ? [join(dir, 'arg-fifo.txt')] : []), '--db', db, '--json',
      '--max-file-size', '3000000', '--max-expanded-size', '1M', '--max-text-length', '2200000'];
    run = atlas(args);
    summary = JSON.parse(run.out) as Summary;
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finishes the batch with exit code 1 (a file failed) and lands the good documents after the bad ones', () => {
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    const landed = titles().map((p) => p.split('/').pop());
    expect(landed).toEqual(expect.arrayContaining(['00-good.txt', 'zz-good.txt', 'invalid-utf8.txt', 'utf16-bom.txt', 'huge-line.txt', 'long-word.txt', 'unclosed-bold.md', 'deep-unclosed.html']));
    expect(summary.documents.added).toBe(landed.length);
  });

  it('keeps the SQLite file consistent', () => {
    const store = new Database(db, { readonly: true });
    expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
    store.close();
  });

  it('refuses empty and whitespace-only files', () => {
    expect(failure('empty.txt')).toBe(`cannot read ${docs}/empty.txt: no text found in this txt file`);
    expect(failure('whitespace.txt')).toBe(`cannot read ${docs}/whitespace.txt: no text found in this txt file`);
  });

  it('reads invalid UTF-8 as Windows-1252 and UTF-16 by its byte order mark', () => {
    const store = new Database(db, { readonly: true });
    const title = (name: string) => (store.prepare('SELECT title FROM documents WHERE source_path = ?').get(join(docs, name)) as { title: string }).title;
    expect(title('invalid-utf8.txt')).toBe('Café report');
    expect(title('utf16-bom.txt')).toBe('Tajikistan Border Report');
    store.close();
  });

  it('names the limit, the value and the flag when a limit is passed', () => {
    expect(failure('deep-closed.html')).toBe(`cannot read ${docs}/deep-closed.html: nesting depth 5,003 levels exceeds the limit of 1,000 levels (raise it with --max-depth)`);
    expect(failure('bomb.docx')).toMatch(/bomb\.docx: expanded archive size 4,\d{3},\d{3} bytes \(4(\.\d)? MiB\) exceeds the limit of 1,048,576 bytes \(1 MiB\) \(raise it with --max-expanded-size\)$/);
    expect(failure('too-big.txt')).toBe(`cannot read ${docs}/too-big.txt: file size 3,145,728 bytes (3 MiB) exceeds the limit of 3,000,000 bytes (2.9 MiB) (raise it with --max-file-size)`);
    expect(failure('too-long.html')).toMatch(/too-long\.html: text length 2,\d{3},\d{3} characters exceeds the limit of 2,200,000 characters \(raise it with --max-text-length\)$/);
  });

  it('refuses binary content, with or without NUL bytes', () => {
    expect(failure('binary.txt')).toMatch(/binary\.txt: binary content without NUL bytes \(\d+\.\d% of its characters are control characters or undecodable bytes\), not text/);
    expect(failure('nul.txt')).toMatch(/nul\.txt: binary content, not text/);
  });

  it('refuses pipes and devices by name, in folders and as arguments, also through links', () => {
    expect(skip('zero.txt')).toBe('link to a character device, not a regular file');
    expect(failure('arg-zero.txt')).toBe(`cannot read ${dir}/arg-zero.txt: a character device, reached through a symbolic link, not a regular file (only regular files are read)`);
    if (canMkfifo) {
      expect(skip('fifo.txt')).toBe('a named pipe (FIFO), not a regular file');
      expect(failure('arg-fifo.txt')).toBe(`cannot read ${dir}/arg-fifo.txt: a named pipe (FIFO), not a regular file (only regular files are read)`);
    }
  });

  it('does not follow a link that loops back to its folder', () => {
    expect(skip('loop')).toBe('link to a folder, not followed');
  });

  it.skipIf(isRoot)('reports a file it may not read', () => {
    expect(failure('unreadable.txt')).toBe(`cannot read ${docs}/unreadable.txt: permission denied`);
  });

  it('escapes control characters of file names in messages and on the terminal', () => {
    expect(failure('evil\u001b[31mname.txt')).toContain(`${docs}/evil\\x1B[31mname.txt: binary content`);
    const r = atlas(['ingest', join(docs, 'evil\u001b[31mname.txt'), '--db', join(dir, 'evil.db')]);
    expect(r.code).toBe(1);
    expect(r.out + r.err).toContain('evil\\x1B[31mname.txt');
    expect(r.out + r.err).not.toContain('\u001b');
  });
});

describe('limit flags', () => {
  it('rejects a malformed limit with exit code 2', () => {
    const r = atlas(['extract', join(REPO_ROOT, 'package.json'), '--max-file-size', 'lots']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--max-file-size must be a positive number');
  });
});
