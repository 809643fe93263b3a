import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InvalidSchema } from '../model/errors.ts';
import { displayPath } from './display-path.ts';
import { toIsoDate } from './iso-date.ts';

const TitleHints = z.object({
  furniture: z.array(z.string().min(1)),
  sectionHeadings: z.array(z.string().min(1)),
});

const HINTS_PATH = fileURLToPath(new URL('./title-hints.json', import.meta.url));
const MAX_TITLE_LENGTH = 150;
// A title sits at the top of a document: past this many lines it is body text.
const MAX_LINES_SCANNED = 12;

let hints: { furniture: Set<string>; sectionHeadings: Set<string> } | null = null;

function loadHints() {
  if (hints) return hints;
  let parsed;
  try {
    parsed = TitleHints.parse(JSON.parse(readFileSync(HINTS_PATH, 'utf8')));
  } catch (e) {
    throw new InvalidSchema(`atlas: cannot read ${HINTS_PATH}: ${(e as Error).message}`, e);
  }
  const fold = (xs: string[]) => new Set(xs.map(foldLine));
  hints = { furniture: fold(parsed.furniture), sectionHeadings: fold(parsed.sectionHeadings) };
  return hints;
}

function foldLine(line: string): string {
  return line.toLowerCase().replace(/[\s:|•·›»>#*_-]+$/u, '').replace(/^[\s|•·›»>#*_-]+/u, '').replace(/\s+/g, ' ');
}

function isFurniture(line: string): boolean {
  const folded = foldLine(line);
  if (folded.length < 3 || !/\p{L}/u.test(folded)) return true;
  if (loadHints().furniture.has(folded)) return true;
  if (/^(by|posted by|written by|author:)\s/i.test(line)) return true;
  if (/^(page\s+)?\d+(\s+of\s+\d+)?$/i.test(folded)) return true;
  if (/^(https?:\/\/|www\.)\S+$/i.test(folded)) return true;
  return line.length <= 40 && toIsoDate(line) !== null;
}

/**
 * The title of a plain-text document: its first line of title length that is not page furniture
 * ("Share", page numbers, bylines, dates). Null when body text or a generic section heading
 * ("Introduction") comes first: such a document has no title line.
 */
export function titleFromText(text: string): string | null {
  let scanned = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (++scanned > MAX_LINES_SCANNED) return null;
    if (line.length >= MAX_TITLE_LENGTH) return null;
    if (loadHints().sectionHeadings.has(foldLine(line))) return null;
    if (isFurniture(line)) continue;
    return line;
  }
  return null;
}

/** A title from metadata, unless it is empty or a placeholder a word processor wrote. */
export function cleanMetadataTitle(title: string | null | undefined): string | null {
  const t = (title ?? '').replace(/\s+/g, ' ').trim();
  if (t.length < 2 || t.length > 300) return null;
  if (/^(untitled|document\d*|microsoft word\b|title\b|slide \d+|presentation\d*)/i.test(t)) return null;
  if (/\.(docx?|pdf|odt|rtf|txt|indd|qxd)$/i.test(t)) return null;
  return t;
}

export function titleFromFileName(path: string): string {
  const name = basename(path, extname(path)).trim();
  return displayPath(name || basename(path));
}
