import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read-document.ts';
import { buildDocx, tempFolder } from './fixtures.ts';

const dir = tempFolder();
afterAll(() => dir.remove());

describe('readDocument: .docx', () => {
  it('reads paragraphs as lines, runs of one paragraph joined', async () => {
    const bytes = await buildDocx(['Logistics Command Overview', ['The command ', 'moved to ', 'a new base.'], 'Second & last paragraph.']);
    const doc = await readDocument(dir.file('logistics.docx', bytes));
    expect(doc.format).toBe('docx');
    expect(doc.text).toBe('Logistics Command Overview\nThe command moved to a new base.\nSecond & last paragraph.');
    expect(doc.title).toBe('Logistics Command Overview');
    expect(doc.byteSize).toBe(bytes.byteLength);
  });

  it('prefers the core-properties title and reads the creation date', async () => {
    const bytes = await buildDocx(['First paragraph.'], { title: 'Reserve Forces & Mobilization', created: '2018-11-02T10:00:00Z' });
    const doc = await readDocument(dir.file('reserve.docx', bytes));
    expect(doc.title).toBe('Reserve Forces & Mobilization');
    expect(doc.publishedDate).toBe('2018-11-02');
  });
});
