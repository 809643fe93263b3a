import { describe, expect, it } from 'vitest';
import { auditView, renderAudit } from '../../src/analysis/index.ts';
import { PartialDates as D } from '../../src/model/date.ts';
import { DocBuilder } from './helpers/builder.ts';
import { cleanDoc } from './helpers/clean-doc.ts';
import { storeWith } from './helpers/store.ts';

async function audit(...docs: DocBuilder[]) {
  const store = await storeWith(...docs);
  try {
    return await auditView(store);
  } finally {
    await store.close();
  }
}

describe('auditView', () => {
  it('finds nothing in a consistent document, though every rule had something to check', async () => {
    const v = await audit(cleanDoc());
    expect(v.findings).toEqual([]);
    for (const c of v.checked) expect(c.count, c.rule).toBeGreaterThan(0);
    expect(renderAudit(v)).toContain('Audit: 0 findings');
  });

  it('lists the largest findings of a corpus that disagrees with itself very often, and counts them all', async () => {
    const n = 520;
    const sentences = Array.from({ length: n }, (_, i) => `Unit ${i} had ${100 + i} troops in 2010. Unit ${i} had ${1000 + i * 10} troops in 2010.`);
    const b = new DocBuilder('many.txt', sentences.join(' '));
    for (let i = 0; i < n; i++) {
      const opts = { kind: 'personnel', unit: 'troops', subject: `troops of unit ${i}`, date: D.year(2010) } as const;
      b.quantity(`${100 + i} troops`, { ...opts, value: 100 + i }).quantity(`${1000 + i * 10} troops`, { ...opts, value: 1000 + i * 10 });
    }
    const v = await audit(b);
    expect(v.total).toBe(n);
    expect(v.findings).toHaveLength(500);
    // Largest disagreements first; equal gaps (all 90 % here) keep the order they were found in.
    expect(v.findings[0].message).toContain('troops of unit 0');
    expect(renderAudit(v)).toContain(`Audit: ${n} findings (the 500 largest listed)`);
  });

  it('flags a total that its listed parts do not add up to', async () => {
    const text = 'The Navy has 12 patrol boats (5 Lynx boats and 4 Otter boats).';
    const b = new DocBuilder('navy.txt', text);
    const q = (quote: string, value: number) => b.quantity(quote, { value, kind: 'equipment', unit: 'boats', subject: quote });
    q('12 patrol boats', 12); q('5 Lynx boats', 5); q('4 Otter boats', 4);
    const [f, ...rest] = (await audit(b)).findings;
    expect(rest).toEqual([]);
    expect(f.rule).toBe('total-vs-parts');
    expect(f.arithmetic).toBe('5 + 4 = 9 ≠ 12 (difference 3)');
    expect(f.sides.map((s) => s.source.quote)).toEqual(['12 patrol boats', '5 Lynx boats', '4 Otter boats']);
    expect(f.sides[0].sentenceText).toBe(text);
  });

  it('does not read the make-up of one unit as the breakdown of a total', async () => {
    const text = 'The corps has one armored division (three tank regiments and one artillery regiment) and 2 brigades (4 battalions).';
    const b = new DocBuilder('units.txt', text);
    const q = (quote: string, value: number, unit: string) => b.quantity(quote, { value, kind: 'count', unit, subject: unit });
    q('one armored division', 1, 'divisions'); q('three tank regiments', 3, 'regiments'); q('one artillery regiment', 1, 'regiments');
    q('2 brigades', 2, 'brigades'); q('4 battalions', 4, 'battalions');
    const v = await audit(b);
    expect(v.findings).toEqual([]);
  });

  it('flags a stated multiple the figures do not bear out, and accepts one within tolerance', async () => {
    const text = 'Funding grew 100-fold, from 40 million tenge to 800 million tenge. Pay grew 100-fold, from 47 million tenge to 4.8 billion tenge.';
    const b = new DocBuilder('fold.txt', text);
    b.quantity('100-fold', { value: 100, kind: 'count', unit: 'fold' })
      .quantity('40 million tenge', { value: 40e6, kind: 'money', unit: 'KZT', subject: 'funding' })
      .quantity('800 million tenge', { value: 800e6, kind: 'money', unit: 'KZT', subject: 'funding' })
      .quantity('100-fold', { value: 100, kind: 'count', unit: 'fold' }, { nth: 1 })
      .quantity('47 million tenge', { value: 47e6, kind: 'money', unit: 'KZT', subject: 'pay' })
      .quantity('4.8 billion tenge', { value: 4.8e9, kind: 'money', unit: 'KZT', subject: 'pay' });
    const v = await audit(b);
    expect(v.findings).toHaveLength(1);
    expect(v.findings[0]).toMatchObject({ rule: 'ratio-vs-figures' });
    expect(v.findings[0].arithmetic).toMatch(/^800,000,000 \/ 40,000,000 = 20 vs stated 100/);
    expect(v.checked.find((c) => c.rule === 'ratio-vs-figures')?.count).toBe(2);
  });

  it('flags a percentage that its base and part contradict', async () => {
    const text = 'Of the 300 cadets, 60 (35 percent) left the service. Of the 400 cadets, 100 (25 percent) stayed.';
    const b = new DocBuilder('pct.txt', text);
    b.quantity('300 cadets', { value: 300, kind: 'personnel', unit: 'cadets' })
      .quantity('60', { value: 60, kind: 'personnel', unit: 'cadets' }, { within: '60 (35' })
      .quantity('35 percent', { value: 35, kind: 'percent', unit: 'percent' })
      .quantity('400 cadets', { value: 400, kind: 'personnel', unit: 'cadets' })
      .quantity('100', { value: 100, kind: 'personnel', unit: 'cadets' }, { within: '100 (25' })
      .quantity('25 percent', { value: 25, kind: 'percent', unit: 'percent' });
    const v = await audit(b);
    expect(v.findings.map((f) => f.rule)).toEqual(['ratio-vs-figures']);
    expect(v.findings[0].arithmetic).toMatch(/^60 \/ 300 × 100 = 20% vs stated 35%/);
    expect(v.findings[0].refs).toHaveLength(3);
  });

  it('flags currency pairs implying different rates for one year', async () => {
    const text = 'In 2012 the budget was 450 billion tenge ($3 billion). The 2012 arms purchases cost 90 billion tenge ($400 million).';
    const b = new DocBuilder('fx.txt', text);
    const m = (quote: string, value: number, unit: string) => b.quantity(quote, { value, kind: 'money', unit, date: D.year(2012) });
    m('450 billion tenge', 450e9, 'KZT'); m('$3 billion', 3e9, 'USD'); m('90 billion tenge', 90e9, 'KZT'); m('$400 million', 400e6, 'USD');
    const v = await audit(b);
    expect(v.findings.map((f) => f.rule)).toEqual(['fx-rate-conflict']);
    expect(v.findings[0].message).toBe('two KZT/USD pairs for 2012 imply rates 150 and 225 KZT per USD');
    expect(v.findings[0].sides).toHaveLength(4);
  });

  it('flags one event given two dates, but not a new event of the same kind', async () => {
    const text = 'Freedonia joined the Partnership for Peace in 1994. Its 1996 accession to the Partnership for Peace was celebrated. Freedonia signed a cooperation plan with Sylvania in 2003. Freedonia signed a new cooperation plan with Sylvania in 2008.';
    const b = new DocBuilder('dates.txt', text);
    const fr = b.entity('gz:fr', 'PLACE', 'Freedonia', { kind: 'country' });
    const sy = b.entity('gz:sy', 'PLACE', 'Sylvania', { kind: 'country' });
    const pfp = b.entity('gz:pfp', 'PROGRAM', 'Partnership for Peace');
    b.event('Freedonia joined the Partnership for Peace in 1994', { type: 'membership', date: D.year(1994), title: 'Freedonia joins Partnership for Peace', participants: [[fr, 'actor'], [pfp, 'subject']] })
      .event('Its 1996 accession to the Partnership for Peace was celebrated', { type: 'membership', date: D.year(1996), title: 'Freedonia joins Partnership for Peace', participants: [[pfp, 'subject']] })
      .event('Freedonia signed a cooperation plan with Sylvania in 2003', { type: 'agreement', date: D.year(2003), title: 'Freedonia and Sylvania sign cooperation plan', participants: [[fr, 'actor'], [sy, 'partner']] })
      .event('Freedonia signed a new cooperation plan with Sylvania in 2008', { type: 'agreement', date: D.year(2008), title: 'Freedonia and Sylvania sign cooperation plan', participants: [[fr, 'actor'], [sy, 'partner']] });
    const v = await audit(b);
    expect(v.findings.map((f) => f.rule)).toEqual(['event-date-conflict']);
    expect(v.findings[0].message).toContain('dated 1994 in one place and 1996 in another');
    expect(v.checked.find((c) => c.rule === 'event-date-conflict')?.count).toBe(2);
  });

  it('compares a happening reprinted many times once per way it is told, not once per copy', async () => {
    const copies = 40;
    const told = (year: number) => `Freedonia joined the Partnership for Peace in ${year}.`;
    const text = [...Array.from({ length: copies }, () => told(1994)), ...Array.from({ length: copies }, () => told(1996))].join(' ');
    const b = new DocBuilder('reprints.txt', text);
    const fr = b.entity('gz:fr', 'PLACE', 'Freedonia', { kind: 'country' });
    const pfp = b.entity('gz:pfp', 'PROGRAM', 'Partnership for Peace');
    for (let i = 0; i < 2 * copies; i++) {
      const year = i < copies ? 1994 : 1996;
      b.event(told(year).slice(0, -1), { type: 'membership', date: D.year(year), title: 'Freedonia joins Partnership for Peace', participants: [[fr, 'actor'], [pfp, 'subject']] }, { nth: i < copies ? i : i - copies });
    }
    const v = await audit(b);
    expect(v.findings.map((f) => f.message)).toEqual([expect.stringContaining('dated 1994 in one place and 1996 in another')]);
    expect(v.checked.find((c) => c.rule === 'event-date-conflict')?.count).toBe(1);
  });

  it('flags one figure stated with different values by two documents', async () => {
    const mk = (path: string, text: string, quote: string, value: number) => {
      const b = new DocBuilder(path, text);
      const army = b.entity('x:ORG:army', 'ORG', 'Ground Forces');
      b.mentions(army, 'Ground Forces');
      b.quantity(quote, { value, kind: 'personnel', unit: 'troops', subject: 'troops', holder: 'Ground Forces', holderKey: army, date: D.year(2010) });
      return b;
    };
    const v = await audit(
      mk('a.txt', 'In 2010 the Ground Forces had 40,000 troops.', '40,000 troops', 40000),
      mk('b.txt', 'The Ground Forces numbered 55,000 troops in 2010.', '55,000 troops', 55000),
      mk('c.txt', 'By 2010 the Ground Forces counted 40,000 troops.', '40,000 troops', 40000),
    );
    expect(v.findings.map((f) => f.rule)).toEqual(['quantity-conflict', 'quantity-conflict']);
    expect(v.findings[0].message).toBe('troops of Ground Forces (2010) is given as 40,000 troops and as 55,000 troops');
    expect(new Set(v.findings[0].sides.map((s) => s.source.documentId)).size).toBe(2);
  });
});
