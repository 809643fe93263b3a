import type { Event, Mention, Quantity } from '../../model/facts.ts';
import type { FactLink, LinkEnd } from '../../model/links.ts';
import type { PipelineState } from '../state.ts';

export interface Indexed<T> { fact: T; index: number }

/** What every link finder reads: the facts of earlier steps grouped by sentence, and the text. */
export class LinkContext {
  readonly links: FactLink[] = [];
  readonly quantitiesBySentence = new Map<number, Indexed<Quantity>[]>();
  readonly mentionsBySentence = new Map<number, Indexed<Mention>[]>();
  readonly eventsBySentence = new Map<number, Indexed<Event>[]>();
  private readonly sentenceCache = new Map<number, Readonly<{ text: string; start: number; end: number }> | null>();

  constructor(readonly state: PipelineState) {
    const group = <T extends { sentence: number; start: number }>(list: T[], into: Map<number, Indexed<T>[]>) => {
      list.forEach((fact, index) => {
        const g = into.get(fact.sentence) ?? [];
        g.push({ fact, index });
        into.set(fact.sentence, g);
      });
      for (const g of into.values()) g.sort((a, b) => a.fact.start - b.fact.start);
    };
    group(state.quantities, this.quantitiesBySentence);
    group(state.mentions, this.mentionsBySentence);
    group(state.events, this.eventsBySentence);
  }

  /** The sentence's text and offsets. */
  sentence(index: number): Readonly<{ text: string; start: number; end: number }> | null {
    // Every finder asks for the sentences it visits: each is sliced once.
    let got = this.sentenceCache.get(index);
    if (got === undefined) {
      // Sentence i sits at index i (segment numbers them so); the scan stays for any other list.
      const at = this.state.sentences[index];
      const s = at?.index === index ? at : this.state.sentences.find((x) => x.index === index);
      got = s ? { text: this.state.text.slice(s.start, s.end), start: s.start, end: s.end } : null;
      this.sentenceCache.set(index, got);
    }
    return got;
  }

  between(start: number, end: number): string {
    return end >= start ? this.state.text.slice(start, end) : '';
  }

  /** Adds a link; its evidence span runs from `start` to `end` of the document text. */
  add(l: {
    type: string; rule: string; from: LinkEnd; to?: LinkEnd | null; value?: string | null; number?: number | null;
    sentence: number; start: number; end: number; confidence?: number;
  }): void {
    const [start, end] = l.start <= l.end ? [l.start, l.end] : [l.end, l.start];
    this.links.push({
      type: l.type, rule: `links.${l.rule}`, from: l.from, to: l.to ?? null, value: l.value ?? null, number: l.number ?? null,
      sentence: l.sentence, start, end, quote: this.state.text.slice(start, end), confidence: l.confidence ?? 0.8,
    });
  }
}

export const q = (index: number): LinkEnd => ({ kind: 'quantity', index });
export const ev = (index: number): LinkEnd => ({ kind: 'event', index });
export const m = (index: number): LinkEnd => ({ kind: 'mention', index });
export const isCurrency = (unit: string | null): unit is string => !!unit && /^[A-Z]{3}$/.test(unit);
export const isPercent = (x: Quantity) => x.kind === 'percent' || x.unit === 'percent';
export const isFold = (x: Quantity) => /^(fold|times|x)$/i.test(x.unit ?? '');
