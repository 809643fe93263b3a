import type { Entity, Mention, Relation } from '../../model/facts.ts';
import type { PartialDate } from '../../model/date.ts';
import type { PipelineState } from '../state.ts';
import { lexiconOf } from './lexicon.ts';

type Rel = Omit<Relation, 'sentence'> & { sentence: number };

interface RelContext {
  state: PipelineState;
  focus: string | null;
  /** `${generic body id}|${country}` -> entity, for posts that imply a country's body. */
  bodies: Map<string, Entity>;
  dates: Map<number, PartialDate>;
  ent: (m: Mention) => Entity | undefined;
  titleRe: RegExp;
  add: (r: Rel) => void;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const titleRegexCache = new WeakMap<object, RegExp>();
// Compiled once per post form: building a regex per form per person mention cost more than the rest of the step.
const postFormCache = new Map<string, RegExp>();
function postFormRegex(form: string): RegExp {
  let re = postFormCache.get(form);
  if (!re) postFormCache.set(form, (re = new RegExp(`^(?:[\\p{L}-]+\\s+)?${esc(form)}\\b`, 'iu')));
  return re;
}

const NON_ASCII = /[^\x00-\x7f]/;
interface OrgPostForms { post: { org?: string }; forms: { form: string; lower: string | null }[] }
const orgPostsCache = new WeakMap<object, OrgPostForms[]>();
/** Posts that belong to a body, each form with its lower-cased text when plain ASCII (where lower-casing agrees with the regex's case folding). */
function orgPostsOf(state: PipelineState): OrgPostForms[] {
  const posts = state.kb.gazetteer.titles.posts;
  let v = orgPostsCache.get(posts);
  if (!v) {
    v = posts.filter((g) => g.org).map((g) => ({ post: g, forms: g.forms.map((form) => ({ form, lower: NON_ASCII.test(form) ? null : form.toLowerCase() })) }));
    orgPostsCache.set(posts, v);
  }
  return v;
}

/** One regex of every rank and post form, longest first, anchored at the end of a text segment. */
function titleRegex(state: PipelineState): RegExp {
  const lx = lexiconOf(state.kb);
  let re = titleRegexCache.get(lx);
  if (!re) {
    const g = state.kb.gazetteer.titles;
    const forms = [...g.ranks, ...g.posts].flatMap((t) => t.forms).sort((a, b) => b.length - a.length).map(esc);
    re = new RegExp(`((?:${forms.join('|')})(?:[\\s-]+(?:${forms.join('|')}))*)\\s*,?\\s*$`, 'i');
    titleRegexCache.set(lx, re);
  }
  return re;
}

/**
 * Relations between entities named in one sentence: who holds which post, which unit is part of which,
 * which country is a member of which alliance, where an organization is. Each carries its evidence.
 */
export function relate(state: PipelineState): Relation[] {
  const out: Relation[] = [];
  const seen = new Set<string>();
  const add = (r: Rel) => {
    const k = `${r.subjectKey}|${r.predicate}|${r.objectKey}|${r.label ?? ''}`;
    if (r.subjectKey === r.objectKey || seen.has(k)) return;
    seen.add(k);
    out.push(r);
  };
  const bodies = new Map<string, Entity>();
  for (const e of state.entities.values()) if (typeof e.attributes.generic === 'string') bodies.set(`${e.attributes.generic}|${e.attributes.country ?? ''}`, e);
  const dates = new Map<number, PartialDate>();
  // The sentence's first explicit date, else its first relative one.
  const explicit = new Set<number>();
  for (const d of state.dates) {
    if (explicit.has(d.sentence)) continue;
    if (!d.relative) explicit.add(d.sentence);
    if (!d.relative || !dates.has(d.sentence)) dates.set(d.sentence, d.date);
  }
  const ctx: RelContext = { state, focus: focusOf(state), bodies, dates, ent: (m) => state.entities.get(m.entityKey), titleRe: titleRegex(state), add };
  const bySentence = new Map<number, Mention[]>();
  for (const m of state.mentions) {
    const l = bySentence.get(m.sentence);
    if (l) l.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const [s, ms] of bySentence) {
    ms.sort((a, b) => a.start - b.start);
    holdsPost(ctx, s, ms);
    partOf(ctx, s, ms);
    memberOf(ctx, s, ms);
    locatedIn(ctx, s, ms);
  }
  branchesOfArmedForces(ctx);
  return out;
}

function evidence(state: PipelineState, sentence: number, a: Mention, b: Mention, rule: string, confidence: number) {
  const start = Math.min(a.start, b.start);
  const end = Math.max(a.end, b.end);
  return { sentence, start, end, quote: state.text.slice(start, end), rule, confidence };
}

function dateIn(ctx: RelContext, sentence: number): PartialDate | null {
  return ctx.dates.get(sentence) ?? null;
}

const between = (state: PipelineState, a: Mention, b: Mention) => state.text.slice(a.end, b.start);

function holdsPost(ctx: RelContext, s: number, ms: Mention[]): void {
  const { state } = ctx;
  const lx = lexiconOf(state.kb);
  for (let i = 0; i < ms.length; i++) {
    const p = ms[i]!;
    const person = ctx.ent(p);
    if (person?.type !== 'PERSON') continue;
    const prev = ms[i - 1];
    const segStart = prev ? prev.end : state.sentences[s]?.start ?? 0;
    const seg = state.text.slice(segStart, p.start);
    const t = ctx.titleRe.exec(seg);
    if (t && t[1]) {
      const label = t[1].trim();
      const lead = seg.slice(0, t.index);
      // "NATO's Special Representative X", "Almaz-Antey director X", "CENTCOM Commander X".
      const org = prev && ctx.ent(prev)?.type === 'ORG' && /^\s*(?:[’']s)?\s*(?:then-|former\s+|acting\s+)?$/i.test(lead) ? prev : null;
      if (org) {
        ctx.add({ subjectKey: p.entityKey, predicate: 'holds_post', objectKey: org.entityKey, label, validFrom: dateIn(ctx, s), ...evidence(state, s, org, p, 'relations.holds_post.org-title-name', 0.8) });
        continue;
      }
      // "Defense Minister X": the post belongs to a country's ministry.
      const post = state.kb.gazetteer.titles.posts.find((g) => g.org && g.forms.some((f) => label.toLowerCase().includes(f.toLowerCase())));
      if (post?.org) {
        const iso = countryBefore(ctx, ms, i, lx.demonyms, seg.slice(0, t.index)) ?? ctx.focus;
        const body = ctx.bodies.get(`${post.org}|${iso ?? ''}`);
        if (body) {
          const anchor = { ...p, start: segStart + t.index };
          ctx.add({ subjectKey: p.entityKey, predicate: 'holds_post', objectKey: body.key, label, validFrom: dateIn(ctx, s), ...evidence(state, s, anchor, p, 'relations.holds_post.implied-body', 0.65) });
        }
      }
    }
    // "X, Kazakhstan's Deputy Defense Minister": a post of that country's body.
    const tail = /^,\s*(?:the\s+)?(?:([\p{L}.]+)[’']s\s+)?([^,;()]{2,120}?)(?=[,.;]|$)/u.exec(state.text.slice(p.end, state.sentences[s]?.end ?? p.end));
    if (tail && tail[2]) {
      let label = '';
      // An ASCII post form can only match an ASCII tail that contains it (ignoring case): skip the regex otherwise.
      const lowTail = NON_ASCII.test(tail[2]) ? null : tail[2].toLowerCase();
      let post: { org?: string } | undefined;
      // The first post (in knowledge order) with a form that the tail opens with, as a find over posts and forms would give.
      search: for (const g of orgPostsOf(state)) {
        for (const f of g.forms) {
          if (lowTail !== null && f.lower !== null && !lowTail.includes(f.lower)) continue;
          const m = postFormRegex(f.form).exec(tail[2]);
          if (m) {
            label = m[0];
            post = g.post;
            break search;
          }
        }
      }
      const iso = tail[1] ? isoOfName(state, tail[1]) ?? ctx.focus : ctx.focus;
      const body = post?.org ? ctx.bodies.get(`${post.org}|${iso ?? ''}`) : undefined;
      if (body) {
        const anchor = { ...p, end: p.end + tail[0].length };
        ctx.add({ subjectKey: p.entityKey, predicate: 'holds_post', objectKey: body.key, label, validFrom: dateIn(ctx, s), ...evidence(state, s, p, anchor, 'relations.holds_post.appositive-implied-body', 0.6) });
      }
    }
    // "X, Director General of Rosoboronexport"
    const next = ms[i + 1];
    if (next && ctx.ent(next)?.type === 'ORG') {
      const mid = between(state, p, next);
      const m = /^,\s*(?:the\s+|a\s+)?(.{2,80}?)\s+(?:of|at|for)\s+(?:the\s+)?$/.exec(mid);
      if (m && ctx.titleRe.test(m[1]!)) {
        ctx.add({ subjectKey: p.entityKey, predicate: 'holds_post', objectKey: next.entityKey, label: m[1]!.trim(), validFrom: dateIn(ctx, s), ...evidence(state, s, p, next, 'relations.holds_post.appositive', 0.8) });
      }
    }
  }
}

function countryBefore(ctx: RelContext, ms: Mention[], i: number, demonyms: Map<string, string>, lead: string): string | null {
  const dm = /([\p{L}]+)\s*$/u.exec(lead.replace(/(?:then-|former|acting|first|civilian|\s)+$/i, ''));
  if (dm && demonyms.get(dm[1]!)) return demonyms.get(dm[1]!)!;
  const prev = ms[i - 1];
  const pe = prev ? ctx.ent(prev) : undefined;
  if (pe?.attributes.kind === 'country' && /^\s*[’']s\b/.test(lead)) return (pe.attributes.iso2 as string) ?? null;
  return null;
}

function isoOfName(state: PipelineState, name: string): string | null {
  const c = state.kb.gazetteer.countries.find((x) => x.name === name || x.aliases.includes(name));
  return c?.iso2 ?? null;
}

function focusOf(state: PipelineState): string | null {
  const counts = new Map<string, number>();
  for (const m of state.mentions) {
    const e = state.entities.get(m.entityKey);
    if (e?.attributes.kind === 'country' && typeof e.attributes.iso2 === 'string') counts.set(e.attributes.iso2, (counts.get(e.attributes.iso2) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

const INCLUDES = /^\s*(?:,\s*)?(?:which\s+)?(?:now\s+|also\s+|currently\s+)?(?:include[sd]?|comprise[sd]?|consists?\s+of|consisted\s+of|encompass(?:es|ed)?|(?:is|are|was|were)\s+composed\s+of|(?:is|are|was|were)\s+made\s+up\s+of)\b/i;

function partOf(ctx: RelContext, s: number, ms: Mention[]): void {
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

function memberOf(ctx: RelContext, s: number, ms: Mention[]): void {
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

function locatedIn(ctx: RelContext, s: number, ms: Mention[]): void {
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

/** Knowledge, not text: a country's branches are part of its armed forces when both are named. */
function branchesOfArmedForces(ctx: RelContext): void {
  const { state } = ctx;
  const forces = new Map<string, Entity>();
  for (const e of state.entities.values()) if (e.attributes.kind === 'armed-forces' && typeof e.attributes.country === 'string') forces.set(e.attributes.country, e);
  const first = new Map<string, Mention>();
  for (const m of state.mentions) if (!first.has(m.entityKey)) first.set(m.entityKey, m);
  for (const e of state.entities.values()) {
    if (e.attributes.kind !== 'branch' || typeof e.attributes.country !== 'string') continue;
    const f = forces.get(e.attributes.country);
    const m = first.get(e.key);
    if (!f || !m) continue;
    ctx.add({ subjectKey: e.key, predicate: 'part_of', objectKey: f.key, label: null, validFrom: null, sentence: m.sentence, start: m.start, end: m.end, quote: m.quote, rule: 'relations.part_of.branch-of-armed-forces', confidence: 0.7 });
  }
}
