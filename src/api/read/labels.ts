import type { StoredQuantity } from '../../model/views.ts';

/** "about 4,000 personnel", "20–30 Su-27": a figure as a reader says it. */
export function quantityLabel(q: Pick<StoredQuantity, 'value' | 'low' | 'high' | 'qualifier' | 'unit' | 'subject'>): string {
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const figure = q.qualifier === 'range' && q.low !== null && q.high !== null ? `${n(q.low)}–${n(q.high)}` : n(q.value);
  const qualifier = q.qualifier === 'exact' || q.qualifier === 'range' ? '' : `${q.qualifier.replace('_', ' ')} `;
  const what = [q.unit, q.subject].filter(Boolean).join(' ');
  return `${qualifier}${figure}${what ? ` ${what}` : ''}`;
}
