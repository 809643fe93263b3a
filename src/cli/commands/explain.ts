import { labelPartialDate } from '../../model/date.ts';
import { InvalidInput, NotFound } from '../../model/errors.ts';
import { formatFactRef, parseFactRef, type FactKind } from '../../model/views.ts';
import { sentenceLabel } from '../../model/sentence-number.ts';
import { printJson } from '../format.ts';
import { withDb } from '../open-db.ts';
import { displayPath } from '../../ingest/display-path.ts';
import { describeRemoval, type RemovedFact } from '../../model/identity.ts';

/** Shows the rule, span and sentence behind one stored fact. */
export async function runExplain(ref: string, opts: { db: string; json?: boolean }): Promise<void> {
  const parsed = parseFactRef(ref);
  if (!parsed) throw new InvalidInput(`atlas: expected a fact reference such as q12, e3, m40, r2, c1 or l4, found "${ref}"`);
  await withDb(opts.db, async (store) => {
    let ref = parsed;
    let found = await store.getFact(ref);
    let removed: RemovedFact | null = null;
    if (!found) {
      // A reference a later version of its document removed: say so, and show its successor if it has one.
      removed = await store.removedFact(ref);
      if (!removed) throw new NotFound(`atlas: no ${parsed.kind} with id ${parsed.id}`);
      if (!removed.successor) throw new NotFound(`atlas: ${describeRemoval(removed)}`);
      ref = removed.successor;
      found = await store.getFact(ref);
      if (!found) throw new NotFound(`atlas: ${describeRemoval(removed)}, which is gone too`);
      if (!opts.json) console.error(`atlas: ${describeRemoval(removed)}; showing ${formatFactRef(ref)}`);
    }
    const f = found.fact;
    const [doc, sentence] = await Promise.all([store.getDocument(f.documentId), store.sentence(f.documentId, f.sentence)]);
    const [review] = found.kind === 'link' ? [] : await store.reviews({ fact: { kind: found.kind, id: f.id } });
    if (opts.json) return printJson({ ref: formatFactRef(ref), ...(removed ? { redirectedFrom: formatFactRef(parsed), removed } : {}), ...found, review: review ?? null, document: doc && { ...doc, text: undefined, sentences: undefined }, sentenceText: sentence?.text ?? null });
    console.log(`${formatFactRef(ref)}  ${found.kind}`);
    console.log(`rule        ${f.rule} (confidence ${f.confidence.toFixed(2)})`);
    console.log(`document    ${doc?.title ?? '?'} (id ${f.documentId}, ${displayPath(doc?.sourcePath ?? '')})`);
    console.log(`span        ${f.start}-${f.end} "${f.quote}"`);
    if (sentence) {
      const a = f.start - sentence.start;
      const b = f.end - sentence.start;
      const marked = a >= 0 && b <= sentence.text.length
        ? `${sentence.text.slice(0, a)}[[${sentence.text.slice(a, b)}]]${sentence.text.slice(b)}`
        : sentence.text;
      console.log(`sentence ${sentenceLabel(f.sentence)}  ${marked.replace(/\s+/g, ' ')}`);
    }
    switch (found.kind) {
      case 'quantity': {
        const q = found.fact;
        console.log(`value       ${q.value}${q.low !== null && q.high !== null ? ` (range ${q.low}–${q.high})` : ''} ${q.unit ?? ''} [${q.kind}, ${q.qualifier}]`);
        console.log(`subject     ${q.subjectEntity?.name ?? q.subject ?? '-'}; holder ${q.holderEntity?.name ?? q.holder ?? '-'}; date ${q.date ? labelPartialDate(q.date) : '-'}${q.status ? `; status ${q.status}` : ''}`);
        break;
      }
      case 'event': {
        const ev = found.fact;
        console.log(`event       ${labelPartialDate(ev.date)} [${ev.type}${ev.cooperation ? `, ${ev.cooperation}` : ''}] ${ev.title}`);
        console.log(`participants ${ev.participants.map((p) => `${p.name} (${p.role})`).join(', ') || '-'}`);
        break;
      }
      case 'mention':
        console.log(`entity      ${found.fact.entity.name} [${found.fact.entity.type}, id ${found.fact.entity.id}]`);
        break;
      case 'relation':
        console.log(`relation    ${found.fact.subject.name} —${found.fact.predicate}→ ${found.fact.object.name}${found.fact.label ? ` (${found.fact.label})` : ''}`);
        break;
      case 'claim':
        console.log(`claim       ${found.fact.kind} by ${found.fact.source?.name ?? 'unknown'}: ${found.fact.text}`);
        break;
      case 'link': {
        const l = found.fact;
        const end = (e: { kind: FactKind; id: number }) => formatFactRef({ kind: e.kind, id: e.id });
        console.log(`link        ${l.type}: ${end(l.from)}${l.to ? ` → ${end(l.to)}` : ''}${l.value !== null ? ` value ${l.value}` : ''}${l.number !== null ? ` number ${l.number}` : ''}`);
        break;
      }
    }
    if (review) {
      const values = review.values ? ` ${JSON.stringify(review.values)}` : '';
      console.log(`review      ${review.decision}${values} by ${review.reviewer} on ${review.reviewedAt.slice(0, 10)}${review.comment ? ` ("${review.comment}")` : ''}`);
    } else if (found.kind !== 'link') console.log('review      unreviewed');
  });
}
