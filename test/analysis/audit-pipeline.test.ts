import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditView } from '../../src/analysis/index.ts';
import type { AuditView } from '../../src/model/analysis.ts';
import { ingestedStore } from './helpers/ingest-fixture.ts';

// One synthetic document per audit rule with a deliberate inconsistency, and a clean one: real pipeline.
async function auditOf(dir: string): Promise<AuditView> {
  const ctx = await ingestedStore(dir);
  try {
    return await auditView(ctx.store);
  } finally {
    await ctx.close();
  }
}

describe('audit through the pipeline', () => {
  it('fx-rate-conflict: two undated pairs of one sentence implying different rates', async () => {
    const v = await auditOf('audit-fx');
    expect(v.findings.map((f) => f.rule)).toEqual(['fx-rate-conflict']);
    const f = v.findings[0];
    expect(f.sides).toHaveLength(4);
    expect(f.arithmetic).toContain('18,000 / 380 = 47.37');
    expect(f.arithmetic).toContain('12,000 / 180 = 66.67');
    expect(f.sides.every((s) => s.sentenceText)).toBe(true);
  });

  it('event-date-conflict: one decree of one president given two dates', async () => {
    const v = await auditOf('audit-dates');
    expect(v.findings.map((f) => f.rule)).toEqual(['event-date-conflict']);
    expect(v.findings[0].message).toMatch(/decree/i);
    expect(v.findings[0].refs).toHaveLength(2);
  });

  it('quantity-conflict: two sizes for the officers educated in one country', async () => {
    const v = await auditOf('audit-population');
    expect(v.findings.map((f) => f.rule)).toEqual(['quantity-conflict']);
    expect(v.findings[0].arithmetic).toContain('260 − 120 = 140');
  });

  it('ratio-vs-figures: a stated retention share against the cohorts\' figures', async () => {
    const v = await auditOf('audit-share');
    expect(v.findings.map((f) => f.rule)).toEqual(['ratio-vs-figures']);
    expect(v.findings[0].arithmetic).toContain('144 / 160');
    expect(v.findings[0].sides.length).toBe(5);
  });

  it('total-vs-parts: listed aircraft that do not add up to the stated total', async () => {
    const v = await auditOf('audit-totals');
    expect(v.findings.map((f) => f.rule)).toEqual(['total-vs-parts']);
    expect(v.findings[0].arithmetic).toContain('= 52');
  });

  it('finds nothing in a consistent document, though every rule had something to compare', async () => {
    const v = await auditOf('clean');
    expect(v.findings).toEqual([]);
    const checked = Object.fromEntries(v.checked.map((c) => [c.rule, c.count]));
    expect(checked['total-vs-parts']).toBeGreaterThan(0);
    expect(checked['fx-rate-conflict']).toBeGreaterThan(0);
    expect(checked['ratio-vs-figures']).toBeGreaterThan(0);
  });
});

const CORPUS = new URL('../../../shared/corpus/', import.meta.url).pathname;

describe.skipIf(!existsSync(CORPUS))('views on the development corpus', () => {
  let ctx: Awaited<ReturnType<typeof ingestedStore>>;
  beforeAll(async () => { ctx = await ingestedStore(CORPUS); });
  afterAll(async () => { await ctx?.close(); });

  it('the audit finds one conflict per rule it is given reason to, and prints each view time', async () => {
    const { auditView: audit, ...views } = await import('../../src/analysis/index.ts');
    const timed: [string, () => Promise<unknown>][] = [
      ['forces', () => views.forcesView(ctx.store)], ['inventory', () => views.inventoryView(ctx.store)],
      ['money', () => views.moneyView(ctx.store)], ['partners', () => views.partnersView(ctx.store)],
      ['people', () => views.peopleView(ctx.store)], ['programs', () => views.programsView(ctx.store)],
      ['education', () => views.educationView(ctx.store)], ['timeline', () => views.timelineView(ctx.store)],
      ['ledger', () => views.ledgerView(ctx.store, 'officers')], ['audit', () => audit(ctx.store)],
    ];
    for (const [name, run] of timed) {
      const t0 = performance.now();
      await run();
      console.log(`view ${name}: ${(performance.now() - t0).toFixed(0)} ms`);
    }
    const v = await audit(ctx.store);
    expect(new Set(v.findings.map((f) => f.rule))).toEqual(new Set(['fx-rate-conflict', 'event-date-conflict', 'quantity-conflict', 'ratio-vs-figures']));
    for (const f of v.findings) {
      expect(f.sides.length).toBeGreaterThanOrEqual(2);
      expect(new Set(f.sides.map((s) => s.source.sentence)).size + (f.rule === 'fx-rate-conflict' ? 1 : 0)).toBeGreaterThanOrEqual(2);
    }
  });
});
