import { InvalidInput, NotFound } from '../../model/errors.ts';
import { AddedKind, ReviewKind, type StoredReview } from '../../model/review.ts';
import { formatFactRef, parseFactRef } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';
import { printJson } from '../format.ts';
import { parseIntOption, withDb } from '../open-db.ts';
import { parseSetOptions, reviewerName } from '../reviewer.ts';

interface DecideOpts { db: string; json?: boolean; reviewer?: string; comment?: string; set?: string[] }

function reviewable(ref: string): { kind: ReviewKind; id: number } {
  const r = parseFactRef(ref);
  if (!r) throw new InvalidInput(`atlas: expected a fact reference such as q12, e3, m40, r2 or c1, found "${ref}"`);
  const kind = ReviewKind.safeParse(r.kind);
  if (!kind.success) throw new InvalidInput(`atlas: ${ref} is a link; links are derived from facts and are not reviewed`);
  return { kind: kind.data, id: r.id };
}

export function describeReview(r: StoredReview): string {
  const target = r.factId !== null ? formatFactRef({ kind: r.kind, id: r.factId }) : `${r.kind} in document ${r.anchor.documentId}`;
  const values = r.values ? ` ${JSON.stringify(r.values)}` : '';
  return `review ${r.id}: ${target} ${r.decision}${values} by ${r.reviewer} ("${r.anchor.quote}")`;
}

function report(reviews: StoredReview[], json: boolean | undefined): void {
  if (json) printJson(reviews);
  else for (const r of reviews) console.log(describeReview(r));
}

/** `atlas review confirm|reject REF...` and `atlas review correct REF --set k=v`. */
export async function runDecide(decision: 'confirmed' | 'rejected' | 'corrected', refs: string[], o: DecideOpts): Promise<void> {
  const targets = refs.map(reviewable);
  const values = decision === 'corrected' ? parseSetOptions(o.set ?? []) : null;
  if (decision === 'corrected' && targets.length !== 1) throw new InvalidInput('atlas: correct one fact at a time');
  const reviewer = reviewerName(o.reviewer);
  await withDb(o.db, async (store) => {
    const out: StoredReview[] = [];
    for (const t of targets) {
      out.push(await store.reviewFact({ kind: t.kind, factId: t.id, decision, values, reviewer, comment: o.comment ?? null }));
    }
    report(out, o.json);
  });
}

async function spanOf(store: AtlasStore, documentId: number, o: { start?: string; end?: string; quote?: string; occurrence?: string }): Promise<{ start: number; end: number }> {
  if (o.quote !== undefined) {
    const doc = await store.getDocument(documentId);
    if (!doc) throw new InvalidInput(`atlas: no document ${documentId} in the atlas`);
    const nth = parseIntOption('--occurrence', o.occurrence, 1, 1);
    let at = -1;
    for (let i = 0; i < nth; i++) { at = doc.text.indexOf(o.quote, at + 1); if (at < 0) break; }
    if (at < 0) throw new InvalidInput(`atlas: "${o.quote}" does not occur ${nth > 1 ? `${nth} times ` : ''}in document ${documentId}`);
    return { start: at, end: at + o.quote.length };
  }
  if (o.start === undefined || o.end === undefined) throw new InvalidInput('atlas: say where the fact is with --quote TEXT, or --start and --end');
  return { start: parseIntOption('--start', o.start, 0, 0, 1 << 30), end: parseIntOption('--end', o.end, 0, 1, 1 << 30) };
}

/** `atlas review add KIND --document ID (--quote TEXT | --start N --end N) --set k=v ...` */
export async function runAdd(kind: string, o: DecideOpts & { document: string; start?: string; end?: string; quote?: string; occurrence?: string }): Promise<void> {
  const k = AddedKind.safeParse(kind);
  if (!k.success) throw new InvalidInput(`atlas: a fact added by hand is a mention (of an entity), a quantity or an event, found "${kind}"`);
  const documentId = parseIntOption('--document', o.document, 0, 1, 2 ** 31 - 1);
  const values = parseSetOptions(o.set ?? []);
  const reviewer = reviewerName(o.reviewer);
  await withDb(o.db, async (store) => {
    const span = await spanOf(store, documentId, o);
    report([await store.addFact({ kind: k.data, documentId, ...span, values, reviewer, comment: o.comment ?? null })], o.json);
  });
}

/** `atlas review withdraw ID`: the fact is unreviewed again. */
export async function runWithdraw(id: string, o: { db: string }): Promise<void> {
  const n = parseIntOption('review id', id, 0, 1, 2 ** 31 - 1);
  await withDb(o.db, async (store) => {
    if (!(await store.deleteReview(n))) throw new NotFound(`atlas: no review ${n}`);
    console.log(`review ${n} withdrawn`);
  });
}
