import type { Mention } from '../../model/facts.ts';
import type { RelContext } from './relation-context.ts';
import { between, dateIn, evidence } from './relation-context.ts';

// Relations an organization takes part in, read from the words between two mentions: part_of, member_of (or participates_in), located_in.

const INCLUDES = /^\s*(?:,\s*)?(?:which\s+)?(?:now\s+|also\s+|currently\s+)?(?:include[sd]?|comprise[sd]?|consists?\s+of|consisted\s+of|encompass(?:es|ed)?|(?:is|are|was|were)\s+composed\s+of|(?:is|are|was|were)\s+made\s+up\s+of)\b/i;

export function partOf(ctx: RelContext, s: number, ms: Mention[]): void {
  const { state } = ctx;
  for (let i = 0; i < ms.length; i++) {
    const x = ms[i]!;
    if (ctx.ent(x)?.type !== 'ORG') continue;
    const next = ms[i + 1];
    // "X include(s) Y, Z and W"
    if (next) {
      const after = state.text.slice(x.end, next.start);
      if (INCLUDES.test(after)) {
        for (const y of ms.slice(i + 1)) {
          if (ctx.ent(y)?.type !== 'ORG' || ctx.ent(y)?.attributes.kind === 'country') continue;
          ctx.add({ subjectKey: y.entityKey, predicate: 'part_of', objectKey: x.entityKey, label: null, validFrom: dateIn(ctx, s), ...evidence(state, s, x, y, 'relations.part_of.includes', 0.75) });
        }
        continue;
      }
    }
    if (!next || ctx.ent(next)?.type !== 'ORG') continue;
    const mid = between(state, x, next);
    // "the CSTO's Collective Rapid Deployment Forces"
    if (/^[’']s\s+$/.test(mid)) {
      ctx.add({ subjectKey: next.entityKey, predicate: 'part_of', objectKey: x.entityKey, label: null, validFrom: null, ...evidence(state, s, x, next, 'relations.part_of.possessive', 0.7) });
    } else if (/^\s+(?:of|at|within|under)\s+(?:the\s+)?$/.test(mid)) {
      // "the Department of Politics at the University of Kent"
      ctx.add({ subjectKey: x.entityKey, predicate: 'part_of', objectKey: next.entityKey, label: null, validFrom: null, ...evidence(state, s, x, next, 'relations.part_of.of', 0.6) });
    } else if (/\bsubordinate(?:d)?\s+to\s+(?:the\s+)?$/i.test(mid) && mid.length < 60) {
      ctx.add({ subjectKey: x.entityKey, predicate: 'part_of', objectKey: next.entityKey, label: null, validFrom: null, ...evidence(state, s, x, next, 'relations.part_of.subordinate', 0.75) });
    }
  }
}

const JOINED = /^\s+(?:has\s+|had\s+|formally\s+|officially\s+)?(?:joined|join|became\s+a\s+member\s+of|is\s+a\s+member\s+of|was\s+a\s+member\s+of|acceded\s+to|entered|signed\s+up\s+to)\s+(?:the\s+)?$/i;

export function memberOf(ctx: RelContext, s: number, ms: Mention[]): void {
  const { state } = ctx;
  for (let i = 0; i < ms.length - 1; i++) {
    const c = ms[i]!;
    const ce = ctx.ent(c);
    if (ce?.type !== 'PLACE' || ce.attributes.kind !== 'country') continue;
    let k = i + 1;
    if (!JOINED.test(between(state, c, ms[k]!))) continue;
    // "joined NATO's Partnership for Peace": the program after the possessive.
    if (ms[k + 1] && /^[’']s\s+$/.test(between(state, ms[k]!, ms[k + 1]!)) && ctx.ent(ms[k + 1]!)?.type === 'PROGRAM') k++;
    const o = ms[k]!;
    const oe = ctx.ent(o);
    if (oe?.type === 'ORG') {
      ctx.add({ subjectKey: c.entityKey, predicate: 'member_of', objectKey: o.entityKey, label: null, validFrom: dateIn(ctx, s), ...evidence(state, s, c, o, 'relations.member_of.joined', 0.8) });
    } else if (oe?.type === 'PROGRAM') {
      ctx.add({ subjectKey: c.entityKey, predicate: 'participates_in', objectKey: o.entityKey, label: null, validFrom: dateIn(ctx, s), ...evidence(state, s, c, o, 'relations.participates_in.joined', 0.75) });
    }
  }
}

const LOCATED = /^\s*\)?\s*(?:\([^()]{1,12}\)\s*)?,?\s*(?:(?:headquartered|based|located|stationed|situated|deployed)\s+)?(?:in|at|near)\s+(?:the\s+)?$/i;

export function locatedIn(ctx: RelContext, s: number, ms: Mention[]): void {
  const { state } = ctx;
  for (let i = 0; i < ms.length - 1; i++) {
    const o = ms[i]!;
    const oe = ctx.ent(o);
    if (oe?.type !== 'ORG' || oe.attributes.kind === 'armed-forces') continue;
    const p = ms[i + 1]!;
    if (ctx.ent(p)?.type !== 'PLACE') continue;
    const mid = between(state, o, p);
    const paren = /^\s*\($/.test(mid) && state.text[p.end] === ')';
    if (!paren && !LOCATED.test(mid)) continue;
    const rule = paren ? 'relations.located_in.parenthesis' : 'relations.located_in.preposition';
    ctx.add({ subjectKey: o.entityKey, predicate: 'located_in', objectKey: p.entityKey, label: null, validFrom: null, ...evidence(state, s, o, p, rule, paren ? 0.7 : 0.65) });
    // "headquartered in A, B, and C"
    for (let k = i + 2; k < ms.length && /^\s*(?:,\s*)?(?:and\s+)?$/.test(between(state, ms[k - 1]!, ms[k]!)) && ctx.ent(ms[k]!)?.type === 'PLACE'; k++) {
      ctx.add({ subjectKey: o.entityKey, predicate: 'located_in', objectKey: ms[k]!.entityKey, label: null, validFrom: null, ...evidence(state, s, o, ms[k]!, rule, 0.6) });
    }
  }
}
