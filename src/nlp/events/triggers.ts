import { quoteAt, type QuoteRange } from '../claims/quote-ranges.ts';
import type { CompiledEvents } from './lexicon.ts';
import { scanTriggers } from './trigger-scan.ts';

export interface TriggerHit {
  type: string;
  /** The firing trigger's id ("agreement.signed"): the event's rule. */
  id: string;
  weight: number;
  start: number;
  end: number;
  quoted: boolean;
}

/**
 * Every trigger in [start, end) of the text; overlapping hits keep the heavier (then longer) one.
 * Not triggers: a capitalized word inside a multiword name ("Collective Security Treaty
 * Organization"), a word that states an intention or a topic ("plans to join", "to discuss procurement") or
 * a negated one ("never joined the bloc").
 */
export function findTriggers(
  text: string, start: number, end: number, ev: CompiledEvents, quotes: readonly QuoteRange[], dates: readonly { start: number; end: number; date?: { precision: string } }[] = [],
): TriggerHit[] {
  const body = text.slice(start, end);
  // "will take place in Anapa on 5 June", "exercises will be held in 2024": a plan with its date set is a scheduled event, not an intention.
  const scheduled = dates.some((d) => d.start >= start && d.end <= end && (d.date?.precision === 'day' || d.date?.precision === 'month' || d.date?.precision === 'year'));
  const hits: TriggerHit[] = [];
  for (const found of scanTriggers(ev.triggers.scanner, body)) {
    const s = start + found.index;
    const e = s + found.length;
    // "post-war" is not a war: a trigger never continues a hyphenated word.
    if (text[s - 1] === '-') continue;
    const alt = ev.triggers.alternatives[found.alternative]!;
    if (insideName(text, s, e, start)) continue;
    // A word inside a date expression ("during the same trip") is that date's, not a new event.
    if (dates.some((d) => s < d.end && d.start < e)) continue;
    const from = Math.max(start, s - 80);
    // Dates are blanked first: the month "May" is no modal.
    let before = text.slice(from, s);
    for (const d of dates) if (d.end > from && d.start < s) before = before.slice(0, Math.max(0, d.start - from)) + ' '.repeat(Math.min(s, d.end) - Math.max(from, d.start)) + before.slice(Math.min(s, d.end) - from);
    if ((!scheduled && ev.intentionBefore.test(before)) || ev.negatedBefore.test(before)) continue;
    // "the proposed assistance", "an expressed wish": a speech verb after a determiner is an adjective.
    if (alt.type === 'statement' && DETERMINER_BEFORE.test(before)) continue;
    hits.push({ type: alt.type, id: alt.id, weight: alt.weight, start: s, end: e, quoted: !!quoteAt(quotes, s) });
  }
  hits.sort((a, b) => b.weight - a.weight || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TriggerHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  kept.sort((a, b) => a.start - b.start);
  return kept.filter((h, i) => i === 0 || !TOPIC_AFTER.test(text.slice(kept[i - 1].end, h.start)));
}

/**
 * "an agreement between Georgia and Russia on the withdrawal of forces", "talks on arms purchases": what
 * follows on/about/regarding is the first trigger's topic, not a happening of its own.
 */
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|this|these|those)\s+$/i;
const TOPIC_AFTER = /^\s+(?:between\s+[^,;.]{1,60}?\s+)?(?:on|about|regarding|concerning)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d-]+\s+){0,3}$/u;

function insideName(text: string, s: number, e: number, clauseStart: number): boolean {
  if (!/^\p{Lu}/u.test(text[s] ?? '')) return false;
  const next = /^\s+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(e, e + 30));
  const prev = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(text.slice(Math.max(clauseStart, s - 30), s));
  const sentenceStart = /(?:^|[.!?:;\u201c"]\s*)$/.test(text.slice(Math.max(0, s - 3), s)) || s === clauseStart;
  return !!next || (!!prev && !sentenceStart);
}

/**
 * The trigger that types a clause. A speech verb that comes before every other trigger makes the
 * clause a statement (what follows is what was said); otherwise the heaviest trigger wins, the
 * earliest among equals. Statements only win alone.
 */
const POINTING_BACK = /\b(?:this|these|those)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const OCCASION = /^\s+(?:(?:at|during|after|following|before|on the sidelines of)\s+)?(?:an?|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

const AUDIENCE_AT = /^\s+(?:(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:participating|taking part|involved|attending|gathered)\s+(?:in|at|for)|at\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:ceremony|opening|closing|launch|start|end|sidelines)(?:\s+(?:of|for))?(?:\s+(?:opening|closing|launching|starting))?)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d-]+\s+){0,2}$/iu;

/** How far after a reported happening's trigger a modal still makes it a plan ("funding would increase"). */
const PLAN_REACH = 25;

export function chooseTrigger(hits: readonly TriggerHit[], text = '', future: RegExp | null = null): TriggerHit | null {
  if (!hits.length) return null;
  const first = hits[0];
  // "told a government meeting that ...", "said at the ceremony opening the drills": the gathering is where it was said.
  if (first.type === 'statement' && hits[1]?.type === 'meeting' && OCCASION.test(text.slice(first.end, hits[1].start))) return first;
  // "told the troops taking part in the drills", "said at the ceremony of opening the drills": the happening is where it was said.
  if (first.type === 'statement' && hits[1] && hits[1].type !== 'statement' && AUDIENCE_AT.test(text.slice(first.end, hits[1].start))) return first;
  // "Mottaki stated that this conference demonstrates ...": what is said about a happening told before is a statement.
  if (first.type === 'statement' && hits[1] && hits[1].type !== 'statement' && POINTING_BACK.test(text.slice(Math.max(first.end, hits[1].start - 40), hits[1].start))) return first;
  let best: TriggerHit | null = null;
  for (const h of hits) if (h.type !== 'statement' && (!best || h.weight > best.weight)) best = h;
  // "The ministry reported that Belarus signed a contract": what was reported happened, and is the event;
  // "Akhmetov announced that funding would increase": a plan announced is the announcement.
  if (first.type === 'statement' && (!best || !future || future.test(text.slice(first.end, best.end + PLAN_REACH)))) return first;
  return best ?? first;
}

/** Applies the lexicon's type overrides ("established" + "institute" -> education). */
export function overrideType(type: string, clauseText: string, ev: CompiledEvents): string {
  for (const o of ev.overrides) if (o.from.has(type) && o.when.test(clauseText)) return o.to;
  return type;
}
