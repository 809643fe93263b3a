import type { Mention } from '../../model/facts.ts';
import type { PipelineState } from '../state.ts';
import { lexiconOf } from './lexicon.ts';
import type { RelContext } from './relation-context.ts';
import { between, dateIn, evidence } from './relation-context.ts';

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
export function titleRegex(state: PipelineState): RegExp {
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

/** Who holds which post: a title before a person's name, or an appositive post after it, tied to an org named beside it or to a country's body the post implies. */
export function holdsPost(ctx: RelContext, s: number, ms: Mention[]): void {
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
