/** The quantity-conflict rule on a figure a large corpus repeats: n log n, not a comparison of every pair. */
import { describe, expect, it } from 'vitest';
import { checkQuantityConflicts } from '../../src/analysis/audit/rule-quantities.ts';
import type { StoredQuantity } from '../../src/model/views.ts';

const figure = (id: number, value: number, documentId = id): StoredQuantity => ({
  id, documentId, sentence: 0, start: 0, end: 5, quote: String(value), rule: 'quantities.personnel', confidence: 0.9,
  value, low: null, high: null, qualifier: 'exact', kind: 'personnel', unit: 'troops', subject: 'troops', holder: 'Ground Forces',
  subjectEntity: null, holderEntity: null, status: null, date: { start: '2010-01-01', end: '2010-12-31', precision: 'year' },
} as unknown as StoredQuantity);

describe('quantity conflicts at corpus scale', () => {
  it('finds no conflict among 60,000 statements of one figure, and the few real ones among them, without comparing every pair', () => {
    const same = Array.from({ length: 60_000 }, (_, i) => figure(i + 1, 40_000));
    expect(checkQuantityConflicts(same, 0.005).drafts).toEqual([]);
    const mixed = [...same, figure(70_001, 55_000)];
    const found = checkQuantityConflicts(mixed, 0.005).drafts;
    // Capped per figure: five documents saying 40,000 against the one saying 55,000.
    expect(found).toHaveLength(5);
    expect(found.every((d) => d.message.endsWith('is given as 40,000 troops and as 55,000 troops'))).toBe(true);
  });
});
