import type { Event } from '../../model/facts.ts';
import { escapeRe } from '../dates/lexicon.ts';

/** How many sentences back a definite mention ("the drills") looks for the happening it refers to. */
const REACH = 4;

/** True when the trigger at `at` is read after a determiner that points back: "the drills", "this agreement", "these joint exercises". */
export function isAnaphoricTrigger(text: string, clauseStart: number, at: number, determiners: RegExp): boolean {
  return determiners.test(text.slice(Math.max(clauseStart, at - 60), at));
}

/** A determiner and up to two modifiers right before a trigger, from the lexicon's anaphoric subjects. */
export function anaphoricDeterminers(words: readonly string[]): RegExp {
  const alt = words.length ? words.map(escapeRe).join('|') : '(?!)';
  return new RegExp(`(?:^|[^\\p{L}])(?:${alt})\\s+(?:[\\p{L}\\d-]+\\s+){0,2}$`, 'iu');
}

const within = (a: Event['date'], b: Event['date']) => a.start >= b.start && a.end <= b.end;
const agree = (a: Event['date'], b: Event['date']) => within(a, b) || within(b, a);

/** The first telling `k` of a happening told again as `e`: it takes `e`'s date when that is finer and inside its own. */
function absorb(k: Event, e: Event): Event {
  return within(e.date, k.date) && (e.date.start !== k.date.start || e.date.end !== k.date.end) ? { ...k, date: e.date } : k;
}

/**
 * "The CSTO kicked off exercise Interaction 2019 ... During the drills, which will run until October 18":
 * a definite mention of a happening of the same type, a few sentences after one whose date agrees with
 * its own (equal, or one inside the other), is that happening told again, not a second one. The first
 * telling stays; it takes the later one's date when that is finer and inside its own.
 */
export function mergeAnaphoric(events: readonly Event[], anaphoric: ReadonlySet<Event>): Event[] {
  const kept: Event[] = [];
  for (const e of events) {
    if (anaphoric.has(e) && e.type !== 'statement') {
      let target = -1;
      for (let i = kept.length - 1; i >= 0 && e.sentence - kept[i].sentence <= REACH; i--) {
        const k = kept[i];
        if (k.type === e.type && k !== e && agree(e.date, k.date)) {
          target = i;
          break;
        }
      }
      if (target >= 0) {
        kept[target] = absorb(kept[target], e);
        continue;
      }
    }
    kept.push(e);
  }
  return kept;
}

/**
 * "Steppe Eagle 2015" in the headline, the lead and the body is one exercise: exercise events that name
 * the same exercise (a participant `isExercise` accepts) at agreeing dates are one, kept at its first telling.
 */
export function mergeNamedExercises(events: readonly Event[], isExercise: (entityKey: string) => boolean): Event[] {
  const kept: Event[] = [];
  // Kept exercise events by the exercise they name: few per name, so the scan stays linear.
  const byName = new Map<string, number[]>();
  for (const e of events) {
    const names = e.type === 'exercise' ? e.participants.filter((p) => isExercise(p.entityKey)).map((p) => p.entityKey) : [];
    let target = -1;
    for (const n of names) {
      for (const i of byName.get(n) ?? []) {
        if (agree(e.date, kept[i].date)) {
          target = i;
          break;
        }
      }
      if (target >= 0) break;
    }
    if (target >= 0) {
      kept[target] = absorb(kept[target], e);
      continue;
    }
    for (const n of names) byName.set(n, [...(byName.get(n) ?? []), kept.length]);
    kept.push(e);
  }
  return kept;
}
