import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read-document.ts';
import { itemsToLines } from '../../src/ingest/readers/pdf-lines.ts';
import { buildPdf } from './build-pdf.ts';
import { tempFolder } from './fixtures.ts';

const dir = tempFolder();
afterAll(() => dir.remove());

describe('readDocument: .pdf', () => {
  it('reads the text layer back as lines, pages separated by a blank line', async () => {
    const pdf = buildPdf({
      pages: [
        [
          { x: 72, y: 720, text: 'Coastal Defense Review' },
          { x: 72, y: 690, text: 'The navy (with its marines) was' },
          { x: 72, y: 674, text: 'reorganized in two stages.' },
        ],
        [{ x: 72, y: 720, text: 'Second page text.' }],
      ],
    });
    const doc = await readDocument(dir.file('coastal.pdf', pdf));
    expect(doc.format).toBe('pdf');
    expect(doc.text).toBe(
      'Coastal Defense Review\nThe navy (with its marines) was\nreorganized in two stages.\n\nSecond page text.',
    );
    expect(doc.title).toBe('Coastal Defense Review');
    expect(doc.byteSize).toBe(pdf.byteLength);
    expect(doc.publishedDate).toBeNull();
  });

  it('joins runs on the same baseline left to right, whatever order they were drawn in', async () => {
    const pdf = buildPdf({
      pages: [[
        { x: 135, y: 700, text: 'second half' },
        { x: 72, y: 700, text: 'First half,' },
        { x: 72, y: 680, text: 'next line' },
      ]],
    });
    const doc = await readDocument(dir.file('runs.pdf', pdf));
    expect(doc.text).toBe('First half, second half\nnext line');
  });

  it('takes title and creation date from the Info dictionary', async () => {
    const pdf = buildPdf({
      title: 'Annual Posture Statement',
      creationDate: 'D:20150317093000+05\'00\'',
      pages: [[{ x: 72, y: 720, text: 'Body line.' }]],
    });
    const doc = await readDocument(dir.file('posture.pdf', pdf));
    expect(doc.title).toBe('Annual Posture Statement');
    expect(doc.publishedDate).toBe('2015-03-17');
  });

  it('ignores a placeholder metadata title', async () => {
    const pdf = buildPdf({ title: 'Microsoft Word - draft3.docx', pages: [[{ x: 72, y: 720, text: 'Real Heading' }]] });
    const doc = await readDocument(dir.file('placeholder.pdf', pdf));
    expect(doc.title).toBe('Real Heading');
  });

  it('rejects a PDF without a text layer with a clear message', async () => {
    const path = dir.file('scan.pdf', buildPdf({ pages: [[], []] }));
    await expect(readDocument(path)).rejects.toMatchObject({
      name: 'InvalidInput',
      message: expect.stringMatching(/scan\.pdf.*no text layer \(scanned PDF\?\)/),
    });
  });
});

describe('itemsToLines', () => {
  const item = (str: string, x: number, y: number, width: number) => ({ str, transform: [10, 0, 0, 10, x, y], width });

  it('keeps a superscript on its line and separates far-apart cells with a tab', () => {
    expect(itemsToLines([item('troops', 0, 100, 30), item('1', 30, 103, 4), item('in', 37, 100, 8)])).toEqual(['troops1 in']);
    expect(itemsToLines([item('Unit', 0, 100, 20), item('3,000', 200, 100, 25)])).toEqual(['Unit\t3,000']);
  });

  it('does not add a space between runs that touch', () => {
    expect(itemsToLines([item('Kaz', 0, 100, 15), item('akhstan', 15, 100, 35)])).toEqual(['Kazakhstan']);
  });
});
