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
  sentence(index: number): { text: string; start: number; end: number } | null {
    const s = this.state.sentences.find((x) => x.index === index);
    return s ? { text: this.state.text.slice(s.start, s.end), start: s.start, end: s.end } : null;
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
