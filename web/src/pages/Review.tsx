import { useCallback, useEffect, useState } from 'react';
import { reviewerName, sendJson, setReviewerName, useApi } from '../api.ts';
import { href } from '../router.ts';
import { Empty, Page } from '../components/Status.tsx';
import { FactForm } from '../review/FactForm.tsx';
import { firstNumber } from '../review/values.ts';
import type { Decision, QueueItem, QueueT, StoredReviewT } from '../review/types.ts';
import type { PageProps } from '../pages.ts';

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName) || t.isContentEditable);

/**
 * The review queue: unreviewed facts, most important first (audit findings, figures the views
 * show, low confidence). Keyboard: j/k move, c confirm, r reject, e edit (Enter saves a correction).
 */
export default function Review(_props: PageProps) {
  const [version, setVersion] = useState(0);
  const loaded = useApi<QueueT>('/reviews/queue', { limit: 200 }, version);
  const [items, setItems] = useState<QueueItem[]>([]);
  const [at, setAt] = useState(0);
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [reviewer, setReviewer] = useState(reviewerName());
  const orphans = useApi<StoredReviewT[]>('/reviews', { status: 'orphaned' }, version);

  useEffect(() => { if (loaded.state === 'ok') { setItems(loaded.data.items); setAt(0); } }, [loaded]);

  const decide = useCallback(async (item: QueueItem, decision: Decision, values?: Record<string, unknown>) => {
    setError(null);
    try {
      await sendJson('POST', '/reviews', { fact: item.ref, decision, values, reviewer });
      setItems((list) => list.filter((i) => i.ref !== item.ref));
      setDone((d) => [`${item.ref} ${decision}`, ...d].slice(0, 5));
      setEditing(false);
    } catch (e) {
      setError(`${item.ref}: ${(e as Error).message}`);
      throw e;
    }
  }, [reviewer]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey || editing) return;
      const item = items[at];
      if (e.key === 'j') setAt((i) => Math.min(items.length - 1, i + 1));
      else if (e.key === 'k') setAt((i) => Math.max(0, i - 1));
      else if (item && e.key === 'c') void decide(item, 'confirmed').catch(() => undefined);
      else if (item && e.key === 'r') void decide(item, 'rejected').catch(() => undefined);
      else if (item && e.key === 'e') setEditing(true);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, at, editing, decide]);

  useEffect(() => { setAt((i) => Math.max(0, Math.min(i, items.length - 1))); }, [items.length]);
  useEffect(() => { document.querySelector('.review-item.selected')?.scrollIntoView({ block: 'nearest' }); }, [at, items]);

  return (
    <Page name="review" title="Review queue" loaded={loaded} actions={
      <label className="reviewer">Reviewer <input value={reviewer} onChange={(e) => { setReviewer(e.target.value); setReviewerName(e.target.value); }} size={12} /></label>
    }>
      {(q) => (
        <>
          <p className="muted">
            {items.length} of {q.total} unreviewed facts shown, most important first. <kbd>j</kbd>/<kbd>k</kbd> move,
            {' '}<kbd>c</kbd> confirm, <kbd>r</kbd> reject, <kbd>e</kbd> edit the values (Enter saves a correction, Esc cancels).
          </p>
          <p className="review-status" role="status" aria-live="polite">{done.length ? `Saved: ${done.join(' · ')}` : ''}</p>
          {error && <p className="error" role="alert">{error}</p>}
          {orphans.state === 'ok' && orphans.data.length > 0 && <Orphans reviews={orphans.data} />}
          {items.length === 0 ? <Empty>Nothing left to review. <button type="button" className="linklike" onClick={() => setVersion((v) => v + 1)}>Reload the queue</button></Empty> : (
            <ol className="review-queue" aria-label="unreviewed facts">
              {items.map((item, i) => (
                <li key={item.ref} className={`review-item${i === at ? ' selected' : ''}`} data-ref={item.ref} aria-current={i === at ? 'true' : undefined} onClick={() => setAt(i)}>
                  <div className="review-line">
                    <code>{item.ref}</code>
                    <strong>{item.summary}</strong>
                    {item.reasons.map((r) => <span key={r} className="reason">{r}</span>)}
                  </div>
                  <div className="review-line muted">
                    “{item.quote}” · {item.rule} · {item.confidence.toFixed(2)} · <a href={href(`/documents/${item.documentId}`, { fact: item.ref })}>open in the reader</a>
                  </div>
                  {i === at && editing && (
                    <FactForm kind={item.kind} submitLabel="Save correction"
                      initial={item.kind === 'quantity' ? { value: firstNumber(item.quote) } : {}}
                      onSubmit={(values) => decide(item, 'corrected', values)} onCancel={() => setEditing(false)} />
                  )}
                  {i === at && !editing && (
                    <div className="review-actions">
                      <button type="button" onClick={() => void decide(item, 'confirmed').catch(() => undefined)}>Confirm (c)</button>
                      <button type="button" onClick={() => void decide(item, 'rejected').catch(() => undefined)}>Reject (r)</button>
                      <button type="button" onClick={() => setEditing(true)}>Edit (e)</button>
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </Page>
  );
}

/** Reviews a new version of their document left with nothing to attach to: kept, and shown here. */
function Orphans({ reviews }: { reviews: StoredReviewT[] }) {
  return (
    <details className="orphans">
      <summary>{reviews.length} review{reviews.length === 1 ? '' : 's'} could not be re-attached after a document changed</summary>
      <ul>{reviews.map((r) => (
        <li key={r.id}>
          <strong>{r.decision}</strong> {r.kind} “{r.anchor.quote}” by {r.reviewer} · <a href={href(`/documents/${r.anchor.documentId}`)}>document {r.anchor.documentId}</a>
          {r.orphan && <span className="muted"> · version {r.orphan.version}: {r.orphan.reason}</span>}
        </li>
      ))}</ul>
    </details>
  );
}
