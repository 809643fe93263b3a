import { foldName } from '../../model/names.ts';
import { labelPartialDate, type PartialDate } from '../../model/date.ts';
import type { PeopleView } from '../../model/analysis.ts';
import type { AtlasStore } from '../../store/store.ts';
import { analysisLexicon } from '../common/lexicon.ts';
import { loadContext } from '../context/context.ts';
import { attrStrings, refOf } from '../context/entity-index.ts';
import { compareDates, dateLabel, eref, sourceOf } from '../context/sources.ts';

/** Who held which post when: post relations, appointment events and the titles people are named with. */
export async function peopleView(store: AtlasStore): Promise<PeopleView> {
  const ctx = await loadContext(store);
  const lex = analysisLexicon();
  const appointments = (await store.events({ type: 'appointment' })).filter((e) => e.type === 'appointment');
  const postRelations = ctx.relations.filter((r) => lex.postPredicates.includes(r.predicate) && r.subject.type === 'PERSON');

  const people = ctx.index.entities.filter((e) => e.type === 'PERSON').map((person) => {
    const posts = postRelations
      .filter((r) => r.subject.id === person.id)
      .map((r) => ({
        post: r.label,
        org: r.object.type === 'PERSON' ? null : r.object,
        from: { date: r.validFrom, label: dateLabel(r.validFrom) },
        source: sourceOf('relation', r),
      }))
      .sort((a, b) => compareDates(a.from.date, b.from.date));
    const own = appointments
      .filter((e) => e.participants.some((p) => p.id === person.id))
      .sort((a, b) => compareDates(a.date, b.date))
      .map((e) => ({ ref: eref(e), date: e.date, label: labelPartialDate(e.date), title: e.title, source: sourceOf('event', e) }));
    const titles = [...new Map(attrStrings(person, ...lex.titleAttributes).map((t) => [foldName(t), t])).values()];
    return { person: refOf(person), titles, posts, appointments: own, mentions: person.mentionCount };
  });
  const listed = people
    .filter((p) => p.posts.length || p.appointments.length || p.titles.length)
    .sort((a, b) => compareDates(firstDate(a), firstDate(b)) || b.mentions - a.mentions || a.person.name.localeCompare(b.person.name))
    .map(({ mentions: _m, ...p }) => p);

  // The same post held by several people over time ("Minister of Defense": A 1995, B 2001, C 2007).
  const byPost = new Map<string, PeopleView['posts'][number]>();
  for (const p of listed) {
    for (const post of p.posts) {
      if (!post.post) continue;
      const key = foldName(post.post) + (post.org ? `@${post.org.id}` : '');
      const entry = byPost.get(key) ?? { post: post.org ? `${post.post}, ${post.org.name}` : post.post, holders: [] };
      entry.holders.push({ person: p.person, from: post.from, source: post.source });
      byPost.set(key, entry);
    }
  }
  const posts = [...byPost.values()].map((p) => ({ ...p, holders: p.holders.sort((a, b) => compareDates(a.from.date, b.from.date)) }));
  posts.sort((a, b) => b.holders.length - a.holders.length || a.post.localeCompare(b.post));
  return { people: listed, posts };
}

function firstDate(p: { posts: { from: { date: PartialDate | null } }[]; appointments: { date: PartialDate }[] }): PartialDate | null {
  const dates = [...p.posts.map((x) => x.from.date), ...p.appointments.map((a) => a.date)].filter((d) => d !== null);
  return dates.sort(compareDates)[0] ?? null;
}
