import type { Entity, Mention } from '../../model/facts.ts';
import type { Sentence } from '../../model/provenance.ts';
import { lineIndexOf } from '../line-index.ts';

export interface Holder {
  /** The entity the text names; null when a capital stands for a country the text does not name itself. */
  key: string | null;
  name: string;
}

const HOLDER_TYPES = new Set(['ORG', 'PLACE', 'PROGRAM']);
// Who acts or owns: a named program or exercise is only the holder when no state or organization is.
const ACTOR_TYPES = new Set(['ORG', 'PLACE']);
// How many sentences back a paragraph's subject still holds the figures of a sentence that names none.
const MAX_CARRY = 2;
// How many sentences back "the service" may look for the body it names.
const MAX_DEFINITE_BACK = 4;
const singular = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

// A name after one of these is where or with whom something happens, not who has the figure.
const NOT_SUBJECT_AFTER = new Set([
  'in', 'at', 'from', 'to', 'into', 'with', 'near', 'across', 'within', 'through', 'for', 'against', 'than',
  'between', 'toward', 'towards', 'via', 'like', 'on', 'onto', 'over', 'under', 'among', 'by', 'as', 'and', 'or',
  'outside', 'inside', 'throughout', 'beyond', 'around', 'without', 'about', 'during', 'after', 'before', 'since',
  'until', 'following', 'amid', 'despite', 'upon', 'per', 'including', 'near', 'off', 'along',
]);

/** A dash right after a list item's name, before its figure. */
const GAPPED = /^\s*[-\u2013\u2014]\s*(?:(?:an?|some|about|around|approximately|nearly|almost|over|more than|up to)\s+)*$/i;
const GAP_START = /(?:,|\band|;)\s*$/;

/**
 * Who has a figure: the organization or place that is the subject of its sentence (the first such
 * name before the figure that does not follow a preposition); else the holder of one of the two
 * sentences before it in the same paragraph; else the document's main country.
 */
export class HolderFinder {
  /** Holder-type mentions by sentence; filtered to subject positions when a sentence is first asked about. */
  private readonly raw = new Map<number, { m: Mention; e: Entity }[]>();
  private readonly bySentence = new Map<number, { m: Mention; e: Entity }[]>();
  private readonly sentenceHolder = new Map<number, Holder | null>();
  private main: Holder | null | undefined;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    private readonly mentions: readonly Mention[],
    private readonly entities: ReadonlyMap<string, Entity>,
    /** The numbers lexicon's cue regexes for a definite opening and for participation. */
    private readonly cues: { definiteOpening: RegExp; participationBefore: RegExp },
    /** Lower-case capital name -> its country's name: "Moscow announced" speaks for Russia. */
    private readonly capitals: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const m of mentions) {
      const e = entities.get(m.entityKey);
      if (!e || !HOLDER_TYPES.has(e.type)) continue;
      const list = this.raw.get(m.sentence);
      if (list) list.push({ m, e });
      else this.raw.set(m.sentence, [{ m, e }]);
    }
  }

  /** The holder of a figure at `offset` in sentence `s`. */
  holderAt(s: number, offset: number): Holder | null {
    return this.ownHolder(s, offset) ?? this.definite(s, offset) ?? this.carried(s) ?? this.mainCountry();
  }

  /**
   * "The service is believed to number 5,000": a sentence opened by "the" and an organization's head word
   * speaks of the last body named with that word ("Border Service of ...") in the sentences before.
   */
  definite(s: number, offset: number): Holder | null {
    const sent = this.sentences[s];
    if (!sent) return null;
    const m = this.cues.definiteOpening.exec(this.text.slice(sent.start, Math.min(offset, sent.end)));
    if (!m) return null;
    const head = singular(m[1]!.toLowerCase());
    for (let k = s - 1; k >= 0 && s - k <= MAX_DEFINITE_BACK; k--) {
      const list = this.raw.get(k);
      if (!list) continue;
      for (let j = list.length - 1; j >= 0; j--) {
        const e = list[j]!.e;
        if (e.type === 'ORG' || e.type === 'PLACE') {
          if (e.name.toLowerCase().split(/[\s-]+/).some((w) => singular(w) === head)) return this.asHolder(e);
        }
      }
    }
    return null;
  }

  /** "... exercise was held ... with about 1,500 troops": the troops and machines taking part belong to the exercise. */
  exerciseAt(s: number, offset: number): Holder | null {
    const sent = this.sentences[s];
    if (!sent || !this.cues.participationBefore.test(this.text.slice(Math.max(sent.start, offset - 40), offset))) return null;
    let pick: Entity | null = null;
    for (const { m, e } of this.raw.get(s) ?? []) {
      if (m.start < offset && e.type === 'PROGRAM' && e.attributes.kind === 'exercise') pick = e;
    }
    return pick ? { key: pick.key, name: pick.name } : null;
  }

  /** The subject-position name before `offset` in sentence `s`, if any. */
  ownHolder(s: number, offset: number): Holder | null {
    const list = this.candidates(s);
    let k = 0;
    while (k < list.length && list[k].m.end <= offset) k++;
    const gapped = this.gappedItem(s, offset);
    if (gapped) return gapped;
    if (k === 0) return null;
    // The first state or organization in subject position; a program name only when there is none.
    let first = 0;
    while (first < k && !ACTOR_TYPES.has(list[first].e.type)) first++;
    if (first === k) first = 0;
    let pick = list[first];
    // "Kazakhstan's Air Defense Forces": the possessed name is the subject.
    const next = list[first + 1];
    if (first + 1 < k && /^[’']s?\s+$/.test(this.text.slice(pick.m.end, next.m.start))) pick = next;
    return this.asHolder(pick.e);
  }

  /** "Kyrgyzstan sent 150 soldiers, and Armenia - 100 of its troops": a name and a dash stand for the verb left out. */
  private gappedItem(s: number, offset: number): Holder | null {
    let last: { m: Mention; e: Entity } | null = null;
    for (const x of this.raw.get(s) ?? []) if (x.m.end <= offset && (!last || x.m.end > last.m.end)) last = x;
    if (!last || !ACTOR_TYPES.has(last.e.type) || !GAPPED.test(this.text.slice(last.m.end, offset))) return null;
    return GAP_START.test(this.text.slice(Math.max(0, last.m.start - 6), last.m.start)) ? this.asHolder(last.e) : null;
  }

  /** A capital used for its government ("Baku signed", "Washington's aid") holds as its country. */
  asHolder(e: Entity): Holder {
    const country = e.type === 'PLACE' ? this.capitals.get(e.name.toLowerCase()) : undefined;
    if (!country) return { key: e.key, name: e.name };
    for (const x of this.entities.values()) if (x.type === 'PLACE' && x.name === country) return { key: x.key, name: x.name };
    return { key: null, name: country };
  }

  private candidates(s: number): { m: Mention; e: Entity }[] {
    let list = this.bySentence.get(s);
    if (!list) {
      list = (this.raw.get(s) ?? []).filter((x) => this.isSubjectPosition(x.m)).sort((a, b) => a.m.start - b.m.start);
      this.bySentence.set(s, list);
    }
    return list;
  }

  private carried(s: number): Holder | null {
    for (let k = s - 1; k >= 0 && s - k <= MAX_CARRY; k--) {
      if (!this.sameBlock(k, k + 1)) return null;
      if (!this.sentenceHolder.has(k)) this.sentenceHolder.set(k, this.ownHolder(k, Number.MAX_SAFE_INTEGER));
      const h = this.sentenceHolder.get(k);
      if (h) return h;
    }
    return null;
  }

  // The place named most often: in writing about one country's defense, that country.
  private mainCountry(): Holder | null {
    if (this.main === undefined) {
      const counts = new Map<string, number>();
      for (const m of this.mentions) {
        if (this.entities.get(m.entityKey)?.type === 'PLACE') counts.set(m.entityKey, (counts.get(m.entityKey) ?? 0) + 1);
      }
      let best: string | null = null;
      for (const [k, n] of counts) if (!best || n > counts.get(best)!) best = k;
      const e = best ? this.entities.get(best) : undefined;
      this.main = e ? this.asHolder(e) : null;
    }
    return this.main;
  }

  // Sentences of one paragraph, or a list whose lead-in line ends with ":" or its items with ",".
  private sameBlock(a: number, b: number): boolean {
    const sa = this.sentences[a];
    const sb = this.sentences[b];
    if (!sa || !sb) return false;
    if (lineIndexOf(this.text).lastNewlineAtOrBefore(sb.start) < sa.end) return true;
    return /[:,;]\s*$/.test(this.text.slice(sa.start, sa.end)) || /^\s*(and|or)\b/.test(this.text.slice(sb.start, sb.end));
  }

  private isSubjectPosition(m: Mention): boolean {
    let k = m.start - 1;
    const t = this.text;
    while (k >= 0 && t[k] === ' ') k--;
    if (t[k] === '(') return false;
    let w = wordEndingAt(t, k);
    if (w === 'the') {
      k -= w.length;
      while (k >= 0 && t[k] === ' ') k--;
      w = wordEndingAt(t, k);
    }
    return !NOT_SUBJECT_AFTER.has(w);
  }
}

function wordEndingAt(t: string, k: number): string {
  let j = k;
  while (j >= 0 && /\p{L}/u.test(t[j])) j--;
  return t.slice(j + 1, k + 1).toLowerCase();
}
