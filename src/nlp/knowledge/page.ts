import { existsSync } from 'node:fs';
import { z } from 'zod';
import { InvalidSchema } from '../../model/errors.ts';
import { readJsonFile } from '../../knowledge-files/read-json-file.ts';

const Words = z.array(z.string().min(1));

export const PageFurnitureFile = z.object({
  lines: Words,
  patterns: z.array(z.object({ id: z.string().regex(/^furniture\.[a-z-]+$/), pattern: z.string().min(1) })),
  stampLabels: z.object({ published: Words, updated: Words }),
  bylineLeads: Words,
  /** Words that open an author's credit ("By", "Story and photos by"). */
  authorLeads: Words.default([]),
  /** Labels that name the publication ("Publication:", "Source:"). */
  publisherLabels: Words.default([]),
});
export type PageFurnitureFile = z.infer<typeof PageFurnitureFile>;

/** Page furniture and stamp labels, compiled once per load. */
export interface PageLexicon {
  lines: Set<string>;
  patterns: { id: string; re: RegExp }[];
  stampLabels: PageFurnitureFile['stampLabels'];
  bylineLeads: string[];
  authorLeads: string[];
  publisherLabels: string[];
}

const EMPTY: PageFurnitureFile = { lines: [], patterns: [], stampLabels: { published: [], updated: [] }, bylineLeads: [], authorLeads: [], publisherLabels: [] };

/** Loads knowledge/page-furniture.json (optional: a knowledge folder without it has no furniture). */
export function loadPage(knowledgeDir: string): PageLexicon {
  const path = `${knowledgeDir}/page-furniture.json`;
  const file = existsSync(path) ? readJsonFile(path, PageFurnitureFile) : EMPTY;
  const patterns = file.patterns.map((p) => {
    try {
      return { id: p.id, re: new RegExp(p.pattern, 'iu') };
    } catch (e) {
      throw new InvalidSchema(`atlas: ${path}: pattern ${p.id}: ${(e as Error).message}`);
    }
  });
  return {
    lines: new Set(file.lines.map(foldLine)), patterns, stampLabels: file.stampLabels, bylineLeads: file.bylineLeads,
    authorLeads: file.authorLeads, publisherLabels: file.publisherLabels,
  };
}

/** A line as furniture lists compare it: lower case, bullets and surrounding punctuation gone. */
export function foldLine(line: string): string {
  return line.toLowerCase().replace(/[\s:|•·›»>#*_.,!-]+$/u, '').replace(/^[\s|•·›»>#*_-]+/u, '').replace(/\s+/g, ' ');
}
