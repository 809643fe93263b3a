import { linkCues } from './cues.ts';
import { m, type LinkContext } from './context.ts';
import { findWord } from './words.ts';

// "A (including the B)", "A include both the B and ...": B is a part of A.
const INCLUDES = /^\s*(?:\(\s*)?(?:including|incl\.|which includes?|includes?|include both|comprising|comprises)\s+(?:both\s+)?(?:the\s+)?$/i;
const MAX_ITEMS = 20;
const MAX_ITEM_CHARS = 300;

/**
 * Mention links: cooperation_context (a country or organization named beside words of cooperation),
 * includes (org A → org B when the text says "A, including B"), list_item (a program named in a
 * sentence ending with a colon → each short line that follows; the link's span is the item).
 */
export function linkMentionCues(ctx: LinkContext): void {
  const cues = linkCues();
  const entities = ctx.state.entities;
  for (const [sentenceIndex, group] of ctx.mentionsBySentence) {
    const sentence = ctx.sentence(sentenceIndex);
    if (!sentence) continue;
    const coop = findWord(sentence.text, cues.cooperationWords, sentence.start);
    for (const x of group) {
      const type = entities.get(x.fact.entityKey)?.type;
      if (coop && (type === 'PLACE' || type === 'ORG')) {
        ctx.add({ type: 'cooperation_context', rule: 'cooperation-words', from: m(x.index), value: coop.word, sentence: sentenceIndex, start: coop.start, end: coop.end, confidence: 0.6 });
      }
    }
    const orgs = group.filter((x) => entities.get(x.fact.entityKey)?.type === 'ORG');
    for (let i = 0; i + 1 < orgs.length; i++) {
      const [a, b] = [orgs[i], orgs[i + 1]];
      if (a.fact.entityKey !== b.fact.entityKey && INCLUDES.test(ctx.between(a.fact.end, b.fact.start))) {
        ctx.add({ type: 'includes', rule: 'includes-words', from: m(a.index), to: m(b.index), sentence: sentenceIndex, start: a.fact.start, end: b.fact.end });
      }
    }
    const programs = group.filter((x) => entities.get(x.fact.entityKey)?.type === 'PROGRAM');
    if (programs.length && sentence.text.trimEnd().endsWith(':')) linkListItems(ctx, sentenceIndex, programs.map((p) => p.index));
  }
}

function linkListItems(ctx: LinkContext, intro: number, programMentions: number[]): void {
  const text = ctx.state.text;
  const following = ctx.state.sentences.filter((s) => s.index > intro).sort((a, b) => a.index - b.index);
  let n = 0;
  for (const s of following) {
    const raw = text.slice(s.start, s.end);
    const startsLine = s.start === 0 || /\n\s*$/.test(text.slice(Math.max(0, s.start - 5), s.start));
    if (!startsLine || raw.trim().length > MAX_ITEM_CHARS || n >= MAX_ITEMS) break;
    n++;
    // The item without its bullet or number and trailing punctuation.
    const lead = /^\s*(?:(?:\d+[.)]|[-•*–])\s*)?/.exec(raw)![0].length;
    const trail = /[;,.]?\s*$/.exec(raw)![0].length;
    if (raw.length - trail <= lead) continue;
    for (const pm of programMentions) {
      ctx.add({ type: 'list_item', rule: 'colon-list', from: m(pm), sentence: s.index, start: s.start + lead, end: s.end - trail, number: n, confidence: 0.6 });
    }
  }
}
