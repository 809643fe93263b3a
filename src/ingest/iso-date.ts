const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads a publication date from metadata (ISO 8601, PDF "D:YYYYMMDD...", "12 May 2010",
 * "May 12, 2010") as ISO YYYY-MM-DD; anything less precise than a day, or unreadable, is null.
 * The calendar date is taken as written, never shifted through a time zone.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  let m = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(s) ?? /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(s);
  if (m) return build(+m[1], +m[2], +m[3]);
  m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})\b/.exec(s);
  if (m) return build(+m[3], monthNumber(m[2]), +m[1]);
  m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) return build(+m[3], monthNumber(m[1]), +m[2]);
  return null;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function build(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
