import * as analysis from '../../analysis/index.ts';
import type { AtlasStore } from '../../store/store.ts';
import { printJson } from '../format.ts';
import { withDb } from '../open-db.ts';
import { printCoverage, runReviewedView, withCoverage } from '../reviewed-view.ts';
import type { ViewName } from './view-list.ts';

type ViewFn = (store: AtlasStore, country: string | undefined) => Promise<unknown>;

/** Each view: a function of the store and a renderer for the terminal. */
const VIEWS: Record<ViewName, { run: ViewFn; render: (view: never) => string }> = {
  forces: { run: (s, country) => analysis.forcesView(s, { country }), render: analysis.renderForces },
  inventory: { run: (s, country) => analysis.inventoryView(s, { country }), render: analysis.renderInventory },
  money: { run: (s, country) => analysis.moneyView(s, { country }), render: analysis.renderMoney },
  partners: { run: (s, country) => analysis.partnersView(s, { country }), render: analysis.renderPartners },
  people: { run: (s) => analysis.peopleView(s), render: analysis.renderPeople },
  programs: { run: (s) => analysis.programsView(s), render: analysis.renderPrograms },
  education: { run: (s, country) => analysis.educationView(s, { country }), render: analysis.renderEducation },
  audit: { run: (s) => analysis.auditView(s), render: analysis.renderAudit },
};

type ViewOpts = { db: string; json?: boolean; reviewedOnly?: boolean };

/** Prints a view (over reviewed facts only with --reviewed-only) and how many of its facts are reviewed. */
async function show<T>(opts: ViewOpts, run: (s: AtlasStore) => Promise<T>, render: (v: T) => string): Promise<void> {
  await withDb(opts.db, async (store) => {
    const { view, coverage } = await runReviewedView(store, opts.reviewedOnly, run);
    if (opts.json) return printJson(withCoverage(view, coverage));
    console.log(render(view));
    printCoverage(coverage);
  });
}

export async function runView(name: ViewName, country: string | undefined, opts: ViewOpts): Promise<void> {
  const { run, render } = VIEWS[name];
  await show(opts, (s) => run(s, country), render as (v: unknown) => string);
}

export async function runLedger(subject: string, opts: ViewOpts): Promise<void> {
  await show(opts, (s) => analysis.ledgerView(s, subject), analysis.renderLedger);
}

export async function runTimeline(opts: ViewOpts & { from?: string; to?: string; type?: string; entity?: string }): Promise<void> {
  await show(opts, (s) => analysis.timelineView(s, { from: opts.from, to: opts.to, type: opts.type, entity: opts.entity }), analysis.renderTimeline);
}
