import type { EventLexicon } from '../knowledge/events.ts';
import { escapeRe } from '../dates/lexicon.ts';

export interface CompiledTrigger {
  type: string;
  weight: number;
  re: RegExp;
}

/** The event lexicon compiled once per loaded knowledge. */
export interface CompiledEvents {
  triggers: CompiledTrigger[];
  cooperation: Map<string, string | null>;
  overrides: { from: Set<string>; to: string; when: RegExp }[];
  future: RegExp;
  clauseBreak: RegExp;
  anaphoricSubject: RegExp;
}

const cache = new WeakMap<EventLexicon, CompiledEvents>();

export function compileEvents(lex: EventLexicon): CompiledEvents {
  const hit = cache.get(lex);
  if (hit) return hit;
  const triggers: CompiledTrigger[] = [];
  for (const t of lex.types) {
    for (const trig of t.triggers) {
      const pattern = typeof trig === 'string' ? trig : trig.pattern;
      const weight = typeof trig === 'string' ? t.weight : trig.weight;
      triggers.push({ type: t.id, weight, re: new RegExp(`(?<![\\w-])(?:${pattern})(?![\\w-])`, 'gi') });
    }
  }
  const c = lex.cues;
  const compiled: CompiledEvents = {
    triggers,
    cooperation: new Map(lex.types.map((t) => [t.id, t.cooperation])),
    overrides: c.typeOverrides.map((o) => ({ from: new Set(o.from), to: o.to, when: new RegExp(`\\b(?:${o.when})\\b`, 'i') })),
    future: c.futureCues.length ? new RegExp(`\\b(?:${c.futureCues.join('|')})\\b`, 'i') : /(?!)/,
    clauseBreak: c.clauseBreaks.length ? new RegExp(c.clauseBreaks.map((b) => escapeRe(b)).join('|'), 'gi') : /(?!)/g,
    anaphoricSubject: new RegExp(`^\\s*(?:${c.anaphoricSubjects.map(escapeRe).join('|')})\\s+([\\w-]+)`, 'i'),
  };
  cache.set(lex, compiled);
  return compiled;
}
