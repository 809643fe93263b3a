import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DOCS, REPO_ROOT } from '../helpers/corpus.ts';

const BIN = join(REPO_ROOT, 'bin', 'atlas.mjs');

function atlas(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ATLAS_DB: undefined, ATLAS_REVIEWER: 'env-reviewer', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const json = (r: { out: string; err: string }) => {
  try { return JSON.parse(r.out); } catch { throw new Error(`not JSON: ${r.out.slice(0, 200)} ${r.err}`); }
};

// The brief, edited: a paragraph put in front (every span moves), the sentences either side of
// the reviewed figures reworded, and the sentence of one reviewed event taken out.
function edit(text: string): string {
  const out = text
    .replace("# Kyrgyzstan's defense in brief\n\n", "# Kyrgyzstan's defense in brief\n\nThis note was revised after the 2015 review of the armed forces and their equipment.\n\n")
    .replace(' In March 2012, the Ministry of Defense announced a reform of the General Staff.', '')
    .replace('The Air Force operates 4 Mi-24 helicopters and 8 Mi-8 helicopters.', 'By most counts the Air Force operates 4 Mi-24 helicopters and 8 Mi-8 helicopters in service.')
    .replace('The Armed Forces number about', 'Officially, the Armed Forces number about');
  if (out === text) throw new Error('fixture: the brief changed; update edit()');
  return out;
}

describe('atlas review', () => {
  let dir: string;
  let db: string;
  let doc: string;
  const run = (...args: string[]) => atlas([...args, '--db', db], dir);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-review-'));
    db = join(dir, 'atlas.db');
    doc = join(dir, 'brief.md');
    copyFileSync(join(FIXTURE_DOCS, 'kyrgyz-defense-brief.md'), doc);
    expect(atlas(['ingest', doc, '--db', db, '--quiet'], dir).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the queue with figures used in views first, and records decisions with who made them', () => {
    const queue = json(run('review', 'list', '--json', '--limit', '100'));
    expect(queue.total).toBeGreaterThan(10);
    const priorities = queue.items.map((i: { priority: number }) => i.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    const personnel = queue.items.find((i: { quote: string }) => i.quote === 'about 10,900 personnel');
    expect(personnel.reasons).toContain('figure in views');
    const heli = queue.items.find((i: { quote: string }) => i.quote === '4 Mi-24 helicopters');
    const visit = queue.items.find((i: { kind: string; quote: string }) => i.kind === 'event' && i.quote.includes('visited Moscow'));
    const reform = queue.items.find((i: { kind: string; quote: string }) => i.kind === 'event' && i.quote.includes('reform'));

    expect(json(run('review', 'correct', personnel.ref, '--set', 'value=11000', '--reviewer', 'ana', '--comment', 'white paper', '--json')))
      .toMatchObject([{ decision: 'corrected', values: { value: 11000 }, reviewer: 'ana', comment: 'white paper' }]);
    expect(json(run('review', 'reject', heli.ref, '--json'))).toMatchObject([{ decision: 'rejected', reviewer: 'env-reviewer' }]);
    expect(run('review', 'confirm', visit.ref, reform.ref).out).toMatch(/confirmed by env-reviewer/);
    const later = json(run('review', 'list', '--json', '--limit', '100', '--no-rank'));
    expect(later.total).toBe(queue.total - 4);

    // Bad input: a specific message and a usage exit code.
    expect(run('review', 'correct', personnel.ref, '--set', 'value=many')).toMatchObject({ code: 2, err: expect.stringMatching(/invalid quantity value value/) });
    expect(run('review', 'confirm', 'l1')).toMatchObject({ code: 2, err: expect.stringMatching(/links are derived/) });
    expect(run('review', 'confirm', 'q9999')).toMatchObject({ code: 3, err: expect.stringMatching(/no fact q9999/) });
    expect(run('review', 'list', '--status', 'maybe')).toMatchObject({ code: 2, err: expect.stringMatching(/--status is one of/) });
  });

  it('keeps the correction and the rejection through a re-ingest of the edited document, and lists the orphaned review', () => {
    writeFileSync(doc, edit(readFileSync(doc, 'utf8')));
    expect(atlas(['ingest', doc, '--db', db], dir).out).toMatch(/documents {2}0 added, 1 replaced[\s\S]*reviews {4}1 orphaned: their text is gone/);
    const corrected = json(run('review', 'list', '--status', 'corrected', '--json'));
    expect(corrected).toMatchObject([{ kind: 'quantity', values: { value: 11000 }, orphan: null, anchor: { quote: 'about 10,900 personnel' } }]);
    const live = json(run('explain', `q${corrected[0].factId}`, '--json'));
    expect(live.fact).toMatchObject({ quote: 'about 10,900 personnel', start: corrected[0].anchor.start });
    expect(live.document.version).toBe(2);
    expect(live.review).toMatchObject({ decision: 'corrected', values: { value: 11000 }, comment: 'white paper' });
    expect(run('explain', `q${corrected[0].factId}`).out).toMatch(/review {6}corrected \{"value":11000\} by ana on \d{4}-\d{2}-\d{2} \("white paper"\)/);
    const [rejected] = json(run('review', 'list', '--status', 'rejected', '--json'));
    expect(rejected).toMatchObject({ orphan: null, anchor: { quote: '4 Mi-24 helicopters' } });
    expect(json(run('explain', `q${rejected.factId}`, '--json')).fact.start).toBe(rejected.anchor.start);
    const orphans = json(run('review', 'list', '--status', 'orphaned', '--json'));
    expect(orphans).toMatchObject([{ kind: 'event', decision: 'confirmed', factId: null, orphan: { version: 2 } }]);
    expect(run('review', 'list', '--status', 'orphaned').out).toMatch(/v2: neither the quote nor a close variant/);
  });

  it('limits views and exports to reviewed facts, with corrected values, and says how many are reviewed', () => {
    // Over all facts --json is exactly the API's answer (which says the coverage in a header); the text says it.
    expect(json(run('inventory', '--json')).review).toBeUndefined();
    const [, reviewed, facts] = /(\d+) of (\d+) facts in this view reviewed/.exec(run('inventory').out) ?? [];
    expect(Number(facts)).toBeGreaterThan(Number(reviewed));
    const forces = json(run('forces', '--reviewed-only', '--json'));
    expect(JSON.stringify(forces)).toContain('11000');
    expect(forces.review).toMatchObject({ reviewedOnly: true, facts: 1, reviewed: 1 });
    const inventory = json(run('inventory', '--reviewed-only', '--json'));
    expect(JSON.stringify(inventory)).not.toContain('Mi-24');
    expect(JSON.stringify(json(run('inventory', '--json')))).toContain('Mi-24');
    const timeline = json(run('timeline', '--reviewed-only', '--json'));
    expect(timeline.review).toMatchObject({ facts: 1, reviewed: 1 });
    expect(run('timeline', '--reviewed-only').out).toMatch(/reviewed facts only: 1 of 1 facts in this view reviewed \(100%\)/);
    const out = join(dir, 'export');
    expect(run('export', '--out', out, '--reviewed-only').out).toMatch(/reviewed facts only: 2 of 2 exported facts reviewed/);
    expect(readFileSync(join(out, 'quantities.csv'), 'utf8')).toContain(',11000,');
  });

  it('adds a figure the extractor missed, by quote, and reports precision by rule', () => {
    const [added] = json(run('review', 'add', 'quantity', '--document', '1', '--quote', '8 Mi-8 helicopters', '--set', 'value=8', '--set', 'kind=equipment', '--set', 'subject=Mi-8 helicopters', '--json'));
    expect(added).toMatchObject({ decision: 'added', factId: null, rule: 'review.added', anchor: { quote: '8 Mi-8 helicopters' } });
    expect(JSON.stringify(json(run('inventory', '--reviewed-only', '--json')))).toContain(`q-${added.id}`);
    expect(run('review', 'add', 'quantity', '--document', '1', '--quote', 'nowhere in the text', '--set', 'value=1')).toMatchObject({ code: 2, err: expect.stringMatching(/does not occur/) });
    const stats = json(run('review', 'stats', '--json'));
    expect(stats).toMatchObject({ reviews: 5, orphaned: 1, byDecision: { confirmed: 2, corrected: 1, rejected: 1, added: 1 }, addedByKind: { quantity: 1 } });
    expect(stats.byRule.find((r: { rule: string }) => r.rule === 'quantities.equipment')).toMatchObject({ rejected: 1, precision: 0 });
    expect(stats.byRule.find((r: { rule: string }) => r.rule === 'quantities.personnel')).toMatchObject({ corrected: 1, precision: 0, found: 1 });
    expect(run('review', 'stats').out).toMatch(/precision/);
  });

  it('merges and splits entities, lists the history and undoes both', () => {
    const sco = json(run('show', 'SCO', '--json')).entity;
    const merged = json(run('review', 'merge', 'CSTO', 'SCO', '--reviewer', 'ana', '--json'));
    expect(merged).toMatchObject({ action: 'merge', otherId: sco.id, otherName: 'Shanghai Cooperation Organization', reviewer: 'ana', undoneAt: null });
    expect(json(run('show', 'SCO', '--json')).entity.name).toBe('Collective Security Treaty Organization');
    const csto = json(run('show', 'CSTO', '--json'));
    const mentionRefs = csto.mentions.filter((m: { quote: string }) => /CSTO|Collective/.test(m.quote)).map((m: { id: number }) => `m${m.id}`);
    const split = json(run('review', 'split', 'CSTO', '--mentions', mentionRefs.join(','), '--name', 'CSTO (split)', '--json'));
    expect(split).toMatchObject({ action: 'split', moved: mentionRefs.length, otherName: 'CSTO (split)' });
    expect(run('review', 'history').out).toMatch(/merge.*\n.*split/s);
    expect(run('review', 'undo', String(split.id)).out).toMatch(/undone/);
    expect(run('review', 'undo', String(merged.id)).out).toMatch(/undone/);
    expect(json(run('show', 'SCO', '--json')).entity).toMatchObject({ id: sco.id, name: 'Shanghai Cooperation Organization' });
    expect(run('review', 'undo', String(merged.id))).toMatchObject({ code: 2, err: expect.stringMatching(/already undone/) });
    expect(run('review', 'split', 'CSTO', '--mentions', 'q1', '--name', 'X')).toMatchObject({ code: 2, err: expect.stringMatching(/mention references/) });
  });
});
