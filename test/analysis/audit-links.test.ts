import { describe, expect, it } from 'vitest';
import { auditView } from '../../src/analysis/index.ts';
import { PartialDates as D } from '../../src/model/date.ts';
import { parseFactRef } from '../../src/model/views.ts';
import { DocBuilder } from './helpers/builder.ts';
import { cleanDoc } from './helpers/clean-doc.ts';
import { storeWith } from './helpers/store.ts';

// Audit rules over the extraction's links: one deliberate case per rule, a clean corpus, and the order.
async function auditOf(...docs: DocBuilder[]) {
  const store = await storeWith(...docs);
  try {
    const v = await auditView(store);
    // Every link a finding cites is a stored fact `atlas explain` can show.
    for (const ref of v.findings.flatMap((f) => f.links ?? [])) {
      const parsed = parseFactRef(ref);
      expect(parsed?.kind).toBe('link');
      expect(await store.getFact(parsed!)).not.toBeNull();
    }
    return v;
  } finally {
    await store.close();
  }
}

const troops = (path: string, text: string, quote: string, value: number) => {
  const b = new DocBuilder(path, text);
  const guard = b.entity('x:ORG:border-guard', 'ORG', 'Border Guard');
  b.mentions(guard, 'Border Guard');
  b.quantity(quote, { value, kind: 'personnel', unit: 'troops', subject: 'troops', holder: 'Border Guard', holderKey: guard, date: D.year(2010) });
  return b;
};

describe('audit over links', () => {
  it('finds nothing in a clean corpus of two documents that agree', async () => {
    const v = await auditOf(cleanDoc(), troops('a.txt', 'In 2010 the Border Guard had 40,000 troops.', '40,000 troops', 40000),
      troops('b.txt', 'By 2010 the Border Guard counted about 40,000 troops.', '40,000 troops', 40000));
    expect(v.findings).toEqual([]);
  });

  it('flags a stated percentage change the before and after figures contradict (stated-change link)', async () => {
    const text = 'The budget rose from 200 million tenge to 300 million tenge, an increase of 80 percent.';
    const b = new DocBuilder('change.txt', text);
    b.quantity('200 million tenge', { value: 200e6, kind: 'money', unit: 'KZT', subject: 'budget' })
      .quantity('300 million tenge', { value: 300e6, kind: 'money', unit: 'KZT', subject: 'budget' })
      .quantity('80 percent', { value: 80, kind: 'percent', unit: 'percent' });
    const v = await auditOf(b);
    expect(v.findings.map((f) => f.rule)).toEqual(['ratio-vs-figures']);
    expect(v.findings[0].arithmetic).toMatch(/^\|300,000,000 − 200,000,000\| \/ 200,000,000 × 100 = 50% vs stated 80%/);
    expect(v.findings[0].links).toHaveLength(2);
  });

  it('accepts a stated percentage change the figures bear out', async () => {
    const text = 'The budget rose from 200 million tenge to 300 million tenge, an increase of 50 percent.';
    const b = new DocBuilder('change.txt', text);
    b.quantity('200 million tenge', { value: 200e6, kind: 'money', unit: 'KZT', subject: 'budget' })
      .quantity('300 million tenge', { value: 300e6, kind: 'money', unit: 'KZT', subject: 'budget' })
      .quantity('50 percent', { value: 50, kind: 'percent', unit: 'percent' });
    const v = await auditOf(b);
    expect(v.findings).toEqual([]);
    expect(v.checked.find((c) => c.rule === 'ratio-vs-figures')?.count).toBe(1);
  });

  it('flags a total its named parts exceed ("including"), but not one they fall short of', async () => {
    const text = 'The army has 10,000 troops, including 12,000 conscripts. The navy has 3,000 sailors, including 1,000 conscripts.';
    const b = new DocBuilder('parts.txt', text);
    b.quantity('10,000 troops', { value: 10000, kind: 'personnel', unit: 'troops', subject: 'army' })
      .quantity('12,000 conscripts', { value: 12000, kind: 'personnel', subject: 'conscripts', unit: null })
      .quantity('3,000 sailors', { value: 3000, kind: 'personnel', unit: 'sailors', subject: 'navy' })
      .quantity('1,000 conscripts', { value: 1000, kind: 'personnel', subject: 'conscripts', unit: null });
    const v = await auditOf(b);
    expect(v.findings.map((f) => f.rule)).toEqual(['total-vs-parts']);
    expect(v.findings[0].sides.map((s) => s.source.quote)).toEqual(['10,000 troops', '12,000 conscripts']);
  });

  it('compares documents with each other and ranks findings by size, largest first', async () => {
    const v = await auditOf(
      troops('a.txt', 'In 2010 the Border Guard had 40,000 troops.', '40,000 troops', 40000),
      troops('b.txt', 'The Border Guard numbered 44,000 troops in 2010.', '44,000 troops', 44000),
      troops('c.txt', 'In 2010 the Border Guard counted 90,000 troops.', '90,000 troops', 90000),
    );
    expect(v.findings.length).toBeGreaterThanOrEqual(2);
    expect(v.findings.every((f) => f.acrossDocuments)).toBe(true);
    const sizes = v.findings.map((f) => f.size ?? 0);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(v.findings[0].sides.map((s) => s.source.quote).sort()).toEqual(['40,000 troops', '90,000 troops']);
  });
});
