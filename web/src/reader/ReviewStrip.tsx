import { useState } from 'react';
import { reviewerName, sendJson, useApi } from '../api.ts';
import type { StoredReviewT } from '../review/types.ts';

/** A fact's review in the reader: the decision taken, or buttons to take one. */
export function ReviewStrip({ factRef }: { factRef: string }) {
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const loaded = useApi<StoredReviewT[]>(/^[mqerc]\d+$/.test(factRef) ? '/reviews' : null, { fact: factRef }, version);
  if (loaded.state !== 'ok') return null;
  const [review] = loaded.data;
  const decide = async (decision: 'confirmed' | 'rejected') => {
    try {
      await sendJson('POST', '/reviews', { fact: factRef, decision, reviewer: reviewerName() });
      setVersion((v) => v + 1);
    } catch (e) { setError((e as Error).message); }
  };
  return (
    <div className="review-strip" data-review={review?.decision ?? 'unreviewed'}>
      {review
        ? <span><strong>{review.decision}</strong>{review.values ? ` ${JSON.stringify(review.values)}` : ''} by {review.reviewer}</span>
        : <span className="muted">unreviewed</span>}
      <button type="button" onClick={() => void decide('confirmed')}>Confirm</button>
      <button type="button" onClick={() => void decide('rejected')}>Reject</button>
      {error && <span className="error">{error}</span>}
    </div>
  );
}
