import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/ingest/collect-files.ts';
import { tempFolder } from './fixtures.ts';

const dir = tempFolder();
afterAll(() => dir.remove());

const p = (rel: string) => join(dir.root, rel);

dir.file('b.txt', 'b');
dir.file('a.md', 'a');
dir.file('notes.csv', 'x,y');
dir.file('README', 'no extension');
dir.file('sub/z.PDF', '%PDF');
dir.file('sub/deeper/c.docx', 'docx');
dir.file('sub/page.htm', '<p>x</p>');
dir.file('.hidden.txt', 'hidden');
dir.file('.git/config.txt', 'hidden dir');
dir.file('node_modules/pkg/readme.md', 'dependency');
dir.file('sub/~$c.docx', 'office lock file');
symlinkSync(dir.root, p('sub/loop'));
symlinkSync(p('b.txt'), p('sub/b-link.txt'));

describe('collectFiles', () => {
  it('walks folders recursively in sorted order, skipping hidden entries and node_modules', async () => {
    const { files } = await collectFiles([dir.root]);
    expect(files).toEqual([p('a.md'), p('b.txt'), p('sub/deeper/c.docx'), p('sub/page.htm'), p('sub/z.PDF')]);
  });

  it('reports unsupported files with a reason', async () => {
    const { skipped } = await collectFiles([dir.root]);
    expect(skipped.map((s) => s.path)).toEqual([p('README'), p('notes.csv'), p('sub/loop')]);
    expect(skipped[0].reason).toMatch(/no file extension/);
    expect(skipped[1].reason).toMatch(/unsupported format \.csv.*\.txt/);
    expect(skipped[2].reason).toMatch(/link to a folder, not followed/);
  });

  it('lists a file reached through a file link once', async () => {
    const { files } = await collectFiles([p('b.txt'), p('sub')]);
    expect(files.filter((f) => f.endsWith('.txt'))).toEqual([p('b.txt')]);
  });

  it('takes explicit files, keeps argument order and lists a file once', async () => {
    const { files } = await collectFiles([p('b.txt'), p('sub'), p('b.txt'), p('.hidden.txt')]);
    expect(files).toEqual([p('b.txt'), p('sub/deeper/c.docx'), p('sub/page.htm'), p('sub/z.PDF'), p('.hidden.txt')]);
  });

  it('gives the same answer every time', async () => {
    expect(await collectFiles([dir.root])).toEqual(await collectFiles([dir.root]));
  });

  it('rejects a missing path with a clear message', async () => {
    await expect(collectFiles([p('b.txt'), p('missing-folder')])).rejects.toMatchObject({
      name: 'InvalidInput',
      message: `atlas: no such file or folder: ${p('missing-folder')}`,
    });
  });
});
