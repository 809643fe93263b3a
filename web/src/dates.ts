// The UI's own date labels (importing src/model/date.ts would pull zod into the bundle).
interface PD { start: string; end: string; precision: string }
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Feb 2008", "1990s", "1992–2000": a date at the precision the text gave. */
export function labelDate(d: PD | null | undefined): string {
  if (!d) return '—';
  const y = d.start.slice(0, 4);
  const m = MONTHS[Number(d.start.slice(5, 7)) - 1];
  switch (d.precision) {
    case 'day': return `${Number(d.start.slice(8))} ${m} ${y}`;
    case 'month': return `${m} ${y}`;
    case 'year': return y;
    case 'decade': return `${y}s`;
    default: return y === d.end.slice(0, 4) ? y : `${y}–${d.end.slice(0, 4)}`;
  }
}

export function yearOfDate(d: PD): number {
  return Number(d.start.slice(0, 4));
}
