import { perDocumentDerivation } from '../context/derivations.ts';
import { foldName } from '../../model/names.ts';
import { labelPartialDate, type PartialDate } from '../../model/date.ts';
import type { PeopleView } from '../../model/analysis.ts';
import type { AtlasStore } from '../../store/store.ts';
import { appointmentsWithPeople, postWithoutRank } from '../common/appointments.ts';
import { groupBy } from '../common/counts.ts';
import { analysisLexicon } from '../common/lexicon.ts';
import { loadContext } from '../context/context.ts';
import { LinkIndex } from '../context/links.ts';
import { attrStrings, refOf } from '../context/entity-index.ts';
import { compareDates, dateLabel, eref, sourceOf } from '../context/sources.ts';

type Holder = PeopleView['posts'][number]['holders'][number];

/**
 * Who held which post when: post relations, appointment events (with the person a pronoun points
 * at when the event names nobody) and the titles people are named with. A post's holders in turn are
 * dated by when they took office where an appointment says so, else by the first statement showing
 * them in post ("attested").
 */
export async function peopleView(store: AtlasStore): Promise<PeopleView> {
  const ctx = await loadContext(store);
  const lex = analysisLexicon();
  // An appointment's people come from its own document: derived once per document version.
  const perDocument = await ctx.loads.perDocument(APPOINTMENTS);
  const byEvent = new Map(perDocument.flatMap((m) => [...m]));
  // In the store's event order, as one whole-store pass gave them.
  const appointments = (await ctx.loads.events()).flatMap((e) => byEvent.get(e.id) ?? []);
  const postRelations = ctx.relations.filter((r) => lex.postPredicates.includes(r.predicate) && r.subject.type === 'PERSON');

  // Indexed by person once: filtering all appointments and relations for each person was quadratic.
  const appointmentsOf = new Map<number, typeof appointments>();
  for (const a of appointments) {
    for (const id of new Set(a.persons.map((p) => p.id))) {
      const list = appointmentsOf.get(id);
      if (list) list.push(a);
      else appointmentsOf.set(id, [a]);
    }
  }
  const relationsOf = groupBy(postRelations, (r) => r.subject.id);

  const people = ctx.index.entities.filter((e) => e.type === 'PERSON').map((person) => {
    const mine = [...(appointmentsOf.get(person.id) ?? [])].sort((a, b) => compareDates(a.event.date, b.event.date));
    const startEvents = mine.filter((a) => a.kind === 'start').map((a) => a.event);
    // A post starts at an appointment; a statement's date only shows the person in post by then.
    const posts = (relationsOf.get(person.id) ?? [])
      .map((r) => {
        const stated = { date: r.validFrom, label: dateLabel(r.validFrom) };
        const h = holderOf({ from: stated, source: sourceOf('relation', r) }, startEvents);
        return {
          post: r.label ? postWithoutRank(r.label) : null,
          org: r.object.type === 'PERSON' ? null : r.object,
          from: h.basis === 'appointment' ? h.from : { date: null, label: null },
          source: h.source,
          basis: h.basis,
          appointment: h.appointment ?? null,
          ...(h.basis === 'attested' ? { attested: stated } : {}),
        };
      })
      .sort((a, b) => compareDates(a.from.date ?? a.attested?.date ?? null, b.from.date ?? b.attested?.date ?? null));
    const own = mine.map(({ event: e }) => ({ ref: eref(e), date: e.date, label: labelPartialDate(e.date), title: e.title, source: sourceOf('event', e) }));
    const titles = [...new Map(attrStrings(person, ...lex.titleAttributes).map((t) => [foldName(t), t])).values()];
    const starts = mine.filter((a) => a.kind === 'start').map((a) => a.event);
    return { person: refOf(person), titles, posts, appointments: own, starts, mentions: person.mentionCount };
  });
  const listed = people
    .filter((p) => p.posts.length || p.appointments.length || p.titles.length)
    .sort((a, b) => compareDates(firstDate(a), firstDate(b)) || b.mentions - a.mentions || a.person.name.localeCompare(b.person.name));

  // Where each person sits in a post's holders: a post held by thousands was searched once per holder.
  const holderIndexes = new Map<PeopleView['posts'][number], Map<number, number>>();
  const holderIndex = (entry: PeopleView['posts'][number]) => {
    let m = holderIndexes.get(entry);
    if (!m) holderIndexes.set(entry, (m = new Map(entry.holders.map((h, i) => [h.person.id, i]))));
    return m;
  };
  // The same post held by several people over time ("Minister of Defense": A 1995, B 2001, C 2007).
  const byPost = new Map<string, PeopleView['posts'][number]>();
  // The first key (in insertion order) of each post name, whatever its organization: a lookup, not a scan of all keys.
  const firstKeyOf = new Map<string, string>();
  const setPost = (key: string, entry: PeopleView['posts'][number]) => {
    byPost.set(key, entry);
    const name = key.split('@')[0];
    if (!firstKeyOf.has(name)) firstKeyOf.set(name, key);
  };
  // Holders put the person first, in the schema's order: the API sends the object serialized as is.
  for (const p of listed) {
    for (const post of p.posts) {
      if (!post.post) continue;
      const key = foldName(post.post) + (post.org ? `@${post.org.id}` : '');
      const entry = byPost.get(key) ?? { post: post.org ? `${post.post}, ${post.org.name}` : post.post, holders: [] };
      const holder = post.basis === 'attested' && post.attested
        ? { from: post.attested, source: post.source, basis: 'attested' as const, appointment: null }
        : { from: post.from, source: post.source, basis: post.basis ?? 'undated', appointment: post.appointment ?? null };
      const existing = holderIndex(entry).get(p.person.id) ?? -1;
      if (existing < 0) holderIndex(entry).set(p.person.id, entry.holders.push({ person: p.person, ...holder }) - 1);
      else if (compareDates(holder.from.date, entry.holders[existing].from.date) < 0) entry.holders[existing] = { person: p.person, ...holder };
      setPost(key, entry);
    }
  }
  // A title a person is named with ("Defense Minister") and an appointment that starts it make a post
  // held even when no relation links person and post.
  const ranks = new Set(lex.rankWords.map(foldName));
  for (const p of listed) {
    const start = [...p.starts].sort((a, b) => compareDates(a.date, b.date))[0];
    if (!start) continue;
    for (const title of p.titles) {
      if (ranks.has(foldName(title))) continue;
      const key = firstKeyOf.get(foldName(title)) ?? foldName(title);
      const entry = byPost.get(key) ?? { post: title, holders: [] };
      if (holderIndex(entry).has(p.person.id)) continue;
      holderIndex(entry).set(p.person.id, entry.holders.length);
      entry.holders.push({ person: p.person, from: { date: start.date, label: labelPartialDate(start.date) }, source: sourceOf('event', start), basis: 'appointment', appointment: eref(start) });
      setPost(key, entry);
    }
  }
  const posts = [...byPost.values()].map((p) => ({ ...p, holders: p.holders.sort((a, b) => compareDates(a.from.date, b.from.date)) }));
  posts.sort((a, b) => b.holders.length - a.holders.length || a.post.localeCompare(b.post));
  return { people: listed.map(({ mentions: _m, starts: _s, ...p }) => p), posts };
}

/** A holder's start: the earliest time they took office that is not after the statement, else the statement's date. */
function holderOf(
  post: { from: { date: PartialDate | null; label: string | null }; source: Holder['source'] },
  starts: { date: PartialDate; id: number }[],
): Omit<Holder, 'person'> {
  const attested = post.from.date;
  const start = starts.filter((e) => !attested || e.date.start <= attested.end).sort((a, b) => compareDates(a.date, b.date))[0];
  if (start) return { from: { date: start.date, label: labelPartialDate(start.date) }, source: post.source, basis: 'appointment', appointment: eref(start) };
  return { from: post.from, source: post.source, basis: attested ? 'attested' : 'undated', appointment: null };
}

function firstDate(p: { posts: { from: { date: PartialDate | null }; attested?: { date: PartialDate | null } }[]; appointments: { date: PartialDate }[] }): PartialDate | null {
  const dates = [...p.posts.map((x) => x.from.date ?? x.attested?.date ?? null), ...p.appointments.map((a) => a.date)].filter((d) => d !== null);
  return dates.sort(compareDates)[0] ?? null;
}

const APPOINTMENTS = perDocumentDerivation('people.appointments', (d) => {
  const list = appointmentsWithPeople(d.events.filter((e) => e.type === 'appointment'), d.mentions.filter((m) => m.entity.type === 'PERSON'), new LinkIndex(d.links));
  return new Map(list.map((a) => [a.event.id, a]));
});
