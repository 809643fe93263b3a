import { z } from 'zod';
import { readKnowledge } from './read-knowledge.ts';
import { loadRelationTypes } from '../../knowledge-files/relation-types.ts';

// The word lists that read sentences live in knowledge/link-cues.json (the link step, src/nlp/relations).
const Lexicon = z.object({
  note: z.string(),
  forceKinds: z.array(z.string()),
  forceKindOrder: z.array(z.string()),
  titleAttributes: z.array(z.string()),
  institutionWords: z.array(z.string()),
  stopWords: z.array(z.string()),
  notHeldStatuses: z.array(z.string()),
  instrumentIgnoreWords: z.array(z.string()),
  notForceUnits: z.array(z.string()),
  militaryNameWords: z.array(z.string()),
  rankWords: z.array(z.string()),
  startWords: z.array(z.string()),
  endWords: z.array(z.string()),
});
/** The word lists, with the relation predicates the views read taken from schema/relation-types.json. */
export type AnalysisLexicon = z.infer<typeof Lexicon> & { structurePredicates: string[]; postPredicates: string[] };

let cached: AnalysisLexicon | null = null;

/** knowledge/analysis-lexicon.json: the word lists the views read facts with. */
export function analysisLexicon(): AnalysisLexicon {
  if (cached) return cached;
  const relations = [...loadRelationTypes().values()];
  return (cached = {
    ...readKnowledge('analysis-lexicon.json', Lexicon),
    structurePredicates: relations.filter((r) => r.structure).map((r) => r.id),
    postPredicates: relations.filter((r) => r.post).map((r) => r.id),
  });
}

/** True when `text` contains one of `words` as whole words (case-insensitive). */
export function hasWord(text: string | null | undefined, words: string[]): boolean {
  return !!text && words.some((w) => wordRegex(w).test(text));
}

const regexCache = new Map<string, RegExp>();
export function wordRegex(w: string): RegExp {
  let r = regexCache.get(w);
  if (!r) {
    r = new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
    regexCache.set(w, r);
  }
  return r;
}
