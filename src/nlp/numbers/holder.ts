import type { Entity, Mention } from '../../model/facts.ts';
import type { Sentence } from '../../model/provenance.ts';

export interface Holder {
  key: string;
  name: string;
}

const HOLDER_TYPES = new Set(['ORG', 'PLACE', 'PROGRAM']);
// How many sentences back a paragraph's subject still holds the figures of a sentence that names none.
const MAX_CARRY = 2;
// A name after one of these is where or with whom something happens, not who has the figure.
const NOT_SUBJECT_AFTER = new Set([
  'in', 'at', 'from', 'to', 'into', 'with', 'near', 'across', 'within', 'through', 'for', 'against', 'than',
  'between', 'toward', 'towards', 'via', 'like', 'on', 'onto', 'over', 'under', 'among', 'by', 'as', 'and', 'or',
  'outside', 'inside', 'throughout', 'beyond', 'around', 'without', 'about',
]);

/**
 * Who has a figure: the organization or place that is the subject of its sentence (the first such
 * name before the figure that does not follow a preposition); else the holder of one of the two
 * sentences before it in the same paragraph; else the document's main country.
 */
export class HolderFinder {
  private readonly bySentence = new Map<number, { m: Mention; e: Entity }[]>();
  private readonly sentenceHolder = new Map<number, Holder>();
  private readonly main: Holder | null;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    mentions: readonly Mention[],
    entities: ReadonlyMap<string, Entity>,
  ) {
    const placeCounts = new Map<string, number>();
    for (const m of mentions) {
      const e = entities.get(m.entityKey);
      if (!e) continue;
      if (e.type === 'PLACE') placeCounts.set(e.key, (placeCounts.get(e.key) ?? 0) + 1);
      if (!HOLDER_TYPES.has(e.type) || !this.isSubjectPosition(m)) continue;
      const list = this.bySentence.get(m.sentence) ?? [];
      list.push({ m, e });
      this.bySentence.set(m.sentence, list);
    }
    for (const list of this.bySentence.values()) list.sort((a, b) => a.m.start - b.m.start);
    let best: string | null = null;
    for (const [k, n] of placeCounts) if (!best || n > placeCounts.get(best)!) best = k;
    const e = best ? entities.get(best) : undefined;
    this.main = e ? { key: e.key, name: e.name } : null;
  }

  /** The holder of a figure at `offset` in sentence `s`. */
  holderAt(s: number, offset: number): Holder | null {
    return this.ownHolder(s, offset) ?? this.carried(s) ?? this.main;
  }

  /** The subject-position name before `offset` in sentence `s`, if any. */
  ownHolder(s: number, offset: number): Holder | null {
    const list = this.bySentence.get(s);
    if (!list) return null;
    const before = list.filter((x) => x.m.end <= offset);
    if (!before.length) return null;
    let pick = before[0];
    // "Kazakhstan's Air Defense Forces": the possessed name is the subject.
    const next = before[1];
    if (next && /^[’']s?\s+$/.test(this.text.slice(pick.m.end, next.m.start))) pick = next;
    return { key: pick.e.key, name: pick.e.name };
  }

  private carried(s: number): Holder | null {
    for (let k = s - 1; k >= 0 && s - k <= MAX_CARRY; k--) {
      if (!this.sameBlock(k, k + 1)) return null;
      const h = this.holderOfSentence(k);
      if (h) return h;
    }
    return null;
  }

  private holderOfSentence(k: number): Holder | null {
    if (!this.sentenceHolder.has(k)) {
      const h = this.ownHolder(k, Number.MAX_SAFE_INTEGER);
      if (h) this.sentenceHolder.set(k, h);
    }
    return this.sentenceHolder.get(k) ?? null;
  }

  // Sentences of one paragraph, or a list whose lead-in line ends with ":" or its items with ",".
  private sameBlock(a: number, b: number): boolean {
    const sa = this.sentences[a];
    const sb = this.sentences[b];
    if (!sa || !sb) return false;
    const between = this.text.slice(sa.end, sb.start);
    if (!between.includes('\n')) return true;
    return /[:,;]\s*$/.test(this.text.slice(sa.start, sa.end)) || /^\s*(and|or)\b/.test(this.text.slice(sb.start, sb.end));
  }

  private isSubjectPosition(m: Mention): boolean {
    const before = this.text.slice(Math.max(0, m.start - 30), m.start);
    if (/\(\s*$/.test(before)) return false;
    const w = /(\p{L}+)\s+(?:the\s+)?$/iu.exec(before);
    return !w || !NOT_SUBJECT_AFTER.has(w[1].toLowerCase());
  }
}
