import * as analysis from '../../analysis/index.ts';
import type { AtlasStore } from '../../store/store.ts';
import { printJson } from '../format.ts';
import { withDb } from '../open-db.ts';
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

export async function runView(name: ViewName, country: string | undefined, opts: { db: string; json?: boolean }): Promise<void> {
  const { run, render } = VIEWS[name];
  await withDb(opts.db, async (store) => {
    const view = await run(store, country);
    if (opts.json) printJson(view);
    else console.log((render as (v: unknown) => string)(view));
  });
}

export async function runLedger(subject: string, opts: { db: string; json?: boolean }): Promise<void> {
  await withDb(opts.db, async (store) => {
    const view = await analysis.ledgerView(store, subject);
    if (opts.json) printJson(view);
    else console.log(analysis.renderLedger(view));
  });
}

export async function runTimeline(opts: { db: string; json?: boolean; from?: string; to?: string; type?: string; entity?: string }): Promise<void> {
  await withDb(opts.db, async (store) => {
    const view = await analysis.timelineView(store, { from: opts.from, to: opts.to, type: opts.type, entity: opts.entity });
    if (opts.json) printJson(view);
    else console.log(analysis.renderTimeline(view));
  });
}
