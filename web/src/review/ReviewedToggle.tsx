import { useEffect, useState } from 'react';
import { COVERAGE_EVENT, reviewedOnly, setReviewedOnly, type Coverage } from '../api.ts';

/**
 * The header switch that limits every view to reviewed facts, and how many of the facts the view
 * on screen shows are reviewed (from the API's Atlas-Reviewed-Facts header).
 */
export function ReviewedToggle() {
  const [on, setOn] = useState(reviewedOnly());
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  useEffect(() => {
    const onCoverage = (e: Event) => setCoverage((e as CustomEvent<Coverage>).detail);
    const onPage = () => setCoverage(null);
    window.addEventListener(COVERAGE_EVENT, onCoverage);
    window.addEventListener('hashchange', onPage);
    return () => { window.removeEventListener(COVERAGE_EVENT, onCoverage); window.removeEventListener('hashchange', onPage); };
  }, []);
  const toggle = (v: boolean) => {
    setOn(v);
    setReviewedOnly(v);
    // Every view reads the switch when it fetches: load the page again.
    window.location.reload();
  };
  return (
    <label className="reviewed-toggle" title="Views show only confirmed, corrected and hand-added facts">
      <input type="checkbox" checked={on} onChange={(e) => toggle(e.target.checked)} data-reviewed-only />
      Reviewed facts only
      {coverage && <span data-coverage>· {coverage.reviewed}/{coverage.facts} reviewed</span>}
    </label>
  );
}
