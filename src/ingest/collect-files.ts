import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { InvalidInput } from '../model/errors.ts';
import { displayPath } from './display-path.ts';
import { describeSupported, formatOf } from './formats.ts';

export interface CollectedFiles {
  files: string[];
  skipped: { path: string; reason: string }[];
}

/** Entries never walked into: hidden ones, dependency trees, Office lock files ("~$x.docx"). */
function isIgnored(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules' || name.startsWith('~$');
}

/**
 * Expands files and folders into the documents to read: folders recursively, in sorted order,
 * arguments in the order given, each file once. A file named explicitly is always considered;
 * inside folders hidden entries are passed over silently, unsupported files are reported in
 * `skipped`, and links to folders are not followed (they could loop or leave the tree).
 */
export async function collectFiles(paths: string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const skipped: CollectedFiles['skipped'] = [];
  const seen = new Set<string>();

  const addFile = async (path: string) => {
    const key = await realpath(path).catch(() => path);
    if (seen.has(key)) return;
    seen.add(key);
    if (formatOf(path)) files.push(path);
    else skipped.push({ path, reason: unsupportedReason(path) });
  };

  const walk = async (dir: string) => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      skipped.push({ path: dir, reason: `folder cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    const names = entries.filter((e) => !isIgnored(e.name)).sort((a, b) => byCodePoint(a.name, b.name));
    for (const entry of names) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) await addFile(path);
      else if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => null);
        if (!target) skipped.push({ path, reason: 'broken link' });
        else if (target.isFile()) await addFile(path);
        else if (target.isDirectory()) skipped.push({ path, reason: 'link to a folder, not followed' });
        else skipped.push({ path, reason: `link to ${specialKind(target)}, not a regular file` });
      } else skipped.push({ path, reason: `${specialKind(entry)}, not a regular file` });
    }
  };

  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new InvalidInput(`atlas: no such file or folder: ${displayPath(path)}`);
    if (info.isDirectory()) await walk(path);
    else await addFile(path);
  }
  return { files, skipped };
}

/** Pipes, devices and sockets are never read (a pipe waits for a writer, /dev/zero never ends). */
function specialKind(e: Dirent | Stats): string {
  if (e.isFIFO()) return 'a named pipe (FIFO)';
  if (e.isCharacterDevice()) return 'a character device';
  if (e.isBlockDevice()) return 'a block device';
  if (e.isSocket()) return 'a socket';
  return 'not a file or folder';
}

function unsupportedReason(path: string): string {
  const ext = extname(basename(path));
  const what = ext ? `unsupported format ${ext}` : 'no file extension';
  return `${what} (supported: ${describeSupported()})`;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
