import { afterAll, describe, expect, it } from 'vitest';
import { DocumentInput } from '../../src/model/document.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { tempFolder } from './fixtures.ts';

const dir = tempFolder();
afterAll(() => dir.remove());

describe('readDocument: .txt', () => {
  it('normalizes the text and reports size, hash and a title', async () => {
    const body = '\uFEFFShare\r\nNorthern Fleet Gets New Frigates\r\n\r\nThe navy commissioned two frigates in\u00A0spring.\r\n';
    const path = dir.file('fleet.txt', body);
    const doc = await readDocument(path);
    expect(DocumentInput.parse(doc)).toEqual(doc);
    expect(doc.format).toBe('txt');
    expect(doc.text).toBe('Share\nNorthern Fleet Gets New Frigates\n\nThe navy commissioned two frigates in spring.');
    expect(doc.title).toBe('Northern Fleet Gets New Frigates');
    expect(doc.byteSize).toBe(Buffer.byteLength(body));
    expect(doc.publishedDate).toBeNull();
  });

  it('falls back to the file name when body text comes before any title line', async () => {
    const long = 'The defense ministry published a long statement on procurement. '.repeat(4);
    const doc = await readDocument(dir.file('ministry-statement.txt', `Share\n${long}\nIntroduction\nMore text.`));
    expect(doc.title).toBe('ministry-statement');
  });

  it('gives identical text in different files the same hash, and changed text another', async () => {
    const a = await readDocument(dir.file('a.txt', 'Same words.\r\n'));
    const b = await readDocument(dir.file('b.txt', 'Same words.\n'));
    const c = await readDocument(dir.file('c.txt', 'Same words!\n'));
    expect(a.contentHash).toBe(b.contentHash);
    expect(c.contentHash).not.toBe(a.contentHash);
  });

  it('reads legacy Windows-1252 text', async () => {
    const bytes = new Uint8Array([...Buffer.from('Caf'), 0xe9, 0x20, 0x93, 0x71, 0x94]);
    const doc = await readDocument(dir.file('legacy.txt', bytes));
    expect(doc.text).toBe('Caf\u00e9 \u201Cq\u201D');
  });
});

describe('readDocument: .md', () => {
  const md = [
    '---',
    'title: "Air Defense Modernization"',
    'date: 2021-06-15',
    '---',
    '',
    '# Heading That Is Not The Title',
    '',
    'The **air force** received *new* radars from',
    'a [domestic supplier](https://example.org/supplier) in `2020`.',
    '',
    '- first item with __bold__',
    '1. numbered item',
    '> quoted line',
    '',
    '```text',
    '# not a heading **kept**',
    '```',
    '',
    '| Unit | Men |',
    '|------|-----|',
    '| 1st Brigade | 3000 |',
    '',
    '---',
    '![a radar](radar.png) snake_case_name stays',
  ].join('\n');

  it('drops markup, keeps link text and code, joins soft-wrapped lines, reads front matter', async () => {
    const doc = await readDocument(dir.file('air.md', md));
    expect(doc.format).toBe('md');
    expect(doc.title).toBe('Air Defense Modernization');
    expect(doc.publishedDate).toBe('2021-06-15');
    const lines = doc.text.split('\n');
    expect(lines).toContain('Heading That Is Not The Title');
    expect(lines).toContain('The air force received new radars from a domestic supplier in 2020.');
    expect(lines).toContain('first item with bold');
    expect(lines).toContain('numbered item');
    expect(lines).toContain('quoted line');
    expect(lines).toContain('# not a heading **kept**');
    expect(lines).toContain('1st Brigade\t3000');
    expect(lines).toContain('a radar snake_case_name stays');
    expect(doc.text).not.toContain('https://');
    expect(doc.text).not.toContain('---');
    expect(doc.text).not.toContain('```');
  });

  it('takes the first heading as title without front matter, setext headings included', async () => {
    const doc = await readDocument(dir.file('setext.md', 'Border Guard Reform\n===================\n\nBody text here.\n'));
    expect(doc.title).toBe('Border Guard Reform');
    expect(doc.text).toBe('Border Guard Reform\n\nBody text here.');
  });
});
