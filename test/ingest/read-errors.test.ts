import { afterAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { readDocument } from '../../src/ingest/read-document.ts';
import { tempFolder } from './fixtures.ts';

const dir = tempFolder();
afterAll(() => dir.remove());

async function failure(path: string): Promise<Error> {
  try {
    await readDocument(path);
  } catch (e) {
    return e as Error;
  }
  throw new Error(`expected ${path} to fail`);
}

describe('readDocument errors', () => {
  it('names the file and the supported formats for an unsupported extension', async () => {
    const e = await failure(dir.file('slides.pptx', 'whatever'));
    expect(e.name).toBe('InvalidInput');
    expect(e.message).toContain('slides.pptx');
    expect(e.message).toMatch(/\.txt.*\.md.*\.html.*\.pdf.*\.docx/);
  });

  it('reports a missing file', async () => {
    const e = await failure(`${dir.root}/nope.txt`);
    expect(e.name).toBe('InvalidInput');
    expect(e.message).toBe(`atlas: no such file or folder: ${dir.root}/nope.txt`);
  });

  it('reports a .docx that is not a zip', async () => {
    const e = await failure(dir.file('broken.docx', 'plain text pretending to be Word'));
    expect(e.name).toBe('InvalidInput');
    expect(e.message).toMatch(/broken\.docx: not a valid \.docx file/);
  });

  it('reports a zip that is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const e = await failure(dir.file('other.docx', await zip.generateAsync({ type: 'uint8array' })));
    expect(e.message).toMatch(/other\.docx: not a Word document/);
  });

  it('reports a .pdf that is not a PDF', async () => {
    const e = await failure(dir.file('fake.pdf', 'this is not a pdf at all'));
    expect(e.name).toBe('InvalidInput');
    expect(e.message).toMatch(/fake\.pdf: not a valid PDF file/);
  });

  it('reports a truncated PDF without a library stack in the message', async () => {
    const e = await failure(dir.file('cut.pdf', '%PDF-1.4\n1 0 obj\n<< /Type /Catalog'));
    expect(e.name).toBe('InvalidInput');
    expect(e.message).toMatch(/^atlas: cannot read .*cut\.pdf: /);
    expect(e.message).not.toMatch(/\n\s+at /);
  });

  it('reports binary content in a text file', async () => {
    const e = await failure(dir.file('blob.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14])));
    expect(e.message).toMatch(/blob\.txt: binary content/);
  });

  it('reports a file with no text, e.g. a page whose only content is a script', async () => {
    expect((await failure(dir.file('empty.txt', '\uFEFF \r\n'))).message).toMatch(/empty\.txt: no text found/);
    const spa = '<html><body><div id="app"></div><script>render("APP_TEXT")</script></body></html>';
    expect((await failure(dir.file('app.html', spa))).message).toMatch(/app\.html: no text found in this html file/);
  });

  it('reports a folder given as a file', async () => {
    dir.file('folder.txt/inner.txt', 'x');
    const e = await failure(`${dir.root}/folder.txt`);
    expect(e.message).toMatch(/expected a file, found a folder/);
  });
});
