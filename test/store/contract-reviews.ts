import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/document.ts';
import type { MakeStore } from './store.contract.ts';
import { useStore } from './store.contract.ts';
import { E, ev, extractionA, makeDoc, RUN, sentencesOf, TEXT_A } from './fixtures.ts';

// Document A edited: a sentence in front (every span moves), the sentences around the order and
// the general's post reworded (their context changes, so their references change), and the
// demonym "Freedonian" gone (a review of it can no longer be placed).
const TEXT_EDIT =
  'Sylvania later bought 3 radars. ' +
  'The Ministry of Defence of Freedonia ordered 12 Falcon-9 helicopters in March 2015 after long talks. ' +
  'General Ivan Petrovsky, the Chief of the General Staff, told reporters the NTO would train pilots. ' +
  'Freedonia and Sylvania held the Steppe Shield exercise in 2016.';

function extractionEdit(): Extraction {
  const a = extractionA();
  const t = TEXT_EDIT;
  return {
    ...a,
    sentences: sentencesOf(t),
    mentions: [
      { ...ev(t, 'Ministry of Defence of Freedonia', 'gazetteer.org'), entityKey: E.ministry.key },
      { ...ev(t, 'Falcon-9', 'catalog.equipment'), entityKey: E.falcon.key },
      { ...ev(t, 'General Ivan Petrovsky', 'person.title'), entityKey: E.ivan.key },
      { ...ev(t, 'NTO', 'org.acronym'), entityKey: E.nto.key },
      { ...ev(t, 'Freedonia', 'gazetteer.place', 1), entityKey: E.freedonia.key },
      { ...ev(t, 'Sylvania', 'gazetteer.place', 1), entityKey: E.sylvania.key },
    ],
    quantities: [{ ...a.quantities[0]!, ...ev(t, '12 Falcon-9 helicopters', 'quantity.order') }],
    events: [{ ...a.events[0]!, ...ev(t, 'Freedonia and Sylvania held the Steppe Shield exercise in 2016', 'event.exercise') }],
    relations: [{ ...a.relations[0]!, ...ev(t, 'General Ivan Petrovsky, the Chief of the General Staff', 'relation.post') }],
    claims: [],
  };
}

/** Analysts' decisions: stored apart from extractions, re-attached to a new version by their anchor. */
export function contractReviews(makeStore: MakeStore): void {
  describe('reviews', () => {
    const store = useStore(makeStore);

    it('keeps a correction, a rejection and an added fact across a re-ingest of an edited document, and reports an orphan', async () => {
      const s = store();
      const { documentId } = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const [q] = await s.quantities({ documentId });
      const [r] = await s.relations({ documentId });
      const demonym = (await s.mentions({ documentId })).find((m) => m.quote === 'Freedonian')!;
      const corrected = await s.reviewFact({ kind: 'quantity', factId: q!.id, decision: 'corrected', values: { value: 14, status: 'delivered' }, reviewer: 'ana', comment: 'annex says 14' });
      expect(corrected).toMatchObject({ decision: 'corrected', factId: q!.id, rule: 'quantity.order', values: { value: 14, status: 'delivered' }, reviewer: 'ana', comment: 'annex says 14', orphan: null });
      expect(corrected.anchor).toMatchObject({ documentId, start: q!.start, quote: '12 Falcon-9 helicopters', prefix: TEXT_A.slice(q!.start - 32, q!.start) });
      await s.reviewFact({ kind: 'relation', factId: r!.id, decision: 'rejected', reviewer: 'ana' });
      await s.reviewFact({ kind: 'mention', factId: demonym.id, decision: 'confirmed', reviewer: 'bo' });
      const at = TEXT_A.indexOf('Steppe Shield exercise');
      const added = await s.addFact({ kind: 'quantity', documentId, start: at, end: at + 13, values: { value: 1, kind: 'exercise' }, reviewer: 'bo' });
      expect(added).toMatchObject({ decision: 'added', factId: null, rule: 'review.added', anchor: { quote: 'Steppe Shield' } });

      await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_EDIT), extractionEdit(), RUN);
      const [q2] = await s.quantities({ documentId });
      const [r2] = await s.relations({ documentId });
      // The edit changed both references: the reviews found their facts by the text.
      expect(q2!.id).not.toBe(q!.id);
      expect(r2!.id).not.toBe(r!.id);
      const [c2] = await s.reviews({ fact: { kind: 'quantity', id: q2!.id } });
      expect(c2).toMatchObject({ id: corrected.id, decision: 'corrected', values: { value: 14, status: 'delivered' }, orphan: null });
      expect(c2!.anchor).toMatchObject({ start: TEXT_EDIT.indexOf('12 Falcon-9'), quote: '12 Falcon-9 helicopters', suffix: TEXT_EDIT.slice(q2!.end, q2!.end + 32) });
      expect(await s.reviews({ fact: { kind: 'relation', id: r2!.id } })).toMatchObject([{ decision: 'rejected', reviewer: 'ana' }]);
      const [moved] = await s.reviews({ decision: 'added' });
      expect(moved!.anchor).toMatchObject({ start: TEXT_EDIT.indexOf('Steppe Shield'), quote: 'Steppe Shield' });
      // The demonym is gone from the text: its review is kept and listed as orphaned.
      const orphans = await s.reviews({ orphaned: true });
      expect(orphans).toMatchObject([{ kind: 'mention', decision: 'confirmed', factId: null, orphan: { version: 2 }, anchor: { quote: 'Freedonian' } }]);
      expect(orphans[0]!.orphan!.reason).toMatch(/no longer|close variant/);
      expect((await s.reviews({})).length).toBe(4);

      // Version 3 mends the post's wording: the rejection follows the fact to its close variant.
      const v3 = TEXT_EDIT.replace('the Chief of the General Staff,', 'the Chief of General Staff,');
      const x3 = extractionEdit();
      const post = 'General Ivan Petrovsky, the Chief of General Staff';
      x3.relations = [{ ...x3.relations[0]!, ...ev(v3, post, 'relation.post') }];
      x3.mentions = x3.mentions.map((m) => ({ ...m, ...ev(v3, m.quote, m.rule, m.quote === 'Freedonia' || m.quote === 'Sylvania' ? 1 : 0) }));
      x3.quantities = [{ ...x3.quantities[0]!, ...ev(v3, '12 Falcon-9 helicopters', 'quantity.order') }];
      x3.events = [{ ...x3.events[0]!, ...ev(v3, 'Freedonia and Sylvania held the Steppe Shield exercise in 2016', 'event.exercise') }];
      x3.sentences = sentencesOf(v3);
      await s.putDocument(makeDoc('a.txt', 'Doc A', v3), x3, RUN);
      const [r3] = await s.relations({ documentId });
      expect(await s.reviews({ fact: { kind: 'relation', id: r3!.id } })).toMatchObject([{ decision: 'rejected', orphan: null, anchor: { quote: post } }]);
      expect(await s.reviews({ orphaned: true })).toMatchObject([{ anchor: { quote: 'Freedonian' }, orphan: { version: 3 } }]);
    });

    it('replaces a fact\'s previous decision, withdraws reviews, and refuses bad input with specific errors', async () => {
      const s = store();
      const { documentId } = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const [q] = await s.quantities({ documentId });
      await s.reviewFact({ kind: 'quantity', factId: q!.id, decision: 'rejected', reviewer: 'ana' });
      const second = await s.reviewFact({ kind: 'quantity', factId: q!.id, decision: 'confirmed', reviewer: 'bo' });
      expect(await s.reviews({})).toMatchObject([{ id: second.id, decision: 'confirmed', reviewer: 'bo' }]);
      expect(await s.deleteReview(second.id)).toBe(true);
      expect(await s.deleteReview(second.id)).toBe(false);
      expect(await s.reviews({})).toEqual([]);

      await expect(s.reviewFact({ kind: 'quantity', factId: 9999, decision: 'confirmed', reviewer: 'ana' })).rejects.toThrow(/no fact q9999/);
      await expect(s.reviewFact({ kind: 'quantity', factId: q!.id, decision: 'corrected', values: {}, reviewer: 'ana' })).rejects.toThrow(/at least one corrected value/);
      await expect(s.reviewFact({ kind: 'quantity', factId: q!.id, decision: 'corrected', values: { value: 'many' }, reviewer: 'ana' })).rejects.toThrow(/invalid quantity value value/);
      await expect(s.reviewFact({ kind: 'quantity', factId: q!.id, decision: 'corrected', values: { colour: 'red' }, reviewer: 'ana' })).rejects.toThrow(/invalid quantity value/);
      await expect(s.reviewFact({ kind: 'quantity', factId: q!.id, decision: 'confirmed', reviewer: ' ' })).rejects.toThrow(/reviewer/);
      await expect(s.addFact({ kind: 'quantity', documentId, start: 5, end: 99999, values: { value: 3 }, reviewer: 'ana' })).rejects.toThrow(/past the document's end/);
      await expect(s.addFact({ kind: 'quantity', documentId, start: 5, end: 9, values: {}, reviewer: 'ana' })).rejects.toThrow(/needs value/);
      await expect(s.addFact({ kind: 'event', documentId: 999, start: 5, end: 9, values: { type: 'x', date: { start: '2001-01-01', end: '2001-12-31', precision: 'year' } }, reviewer: 'ana' })).rejects.toThrow(/no document 999/);
    });

    it('forgets a deleted document\'s reviews with it', async () => {
      const s = store();
      const { documentId } = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const [q] = await s.quantities({ documentId });
      await s.reviewFact({ kind: 'quantity', factId: q!.id, decision: 'confirmed', reviewer: 'ana' });
      await s.deleteDocument(documentId);
      expect(await s.reviews({})).toEqual([]);
    });
  });
}
