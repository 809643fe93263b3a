/** The fields an analyst can set, per kind of fact, and how a typed value becomes a stored one. */
export interface Field { key: string; label: string; kind: 'number' | 'text' | 'date' | 'choice'; choices?: string[] }

export const FIELDS: Record<string, Field[]> = {
  quantity: [
    { key: 'value', label: 'Value', kind: 'number' },
    { key: 'unit', label: 'Unit', kind: 'text' },
    { key: 'kind', label: 'Kind', kind: 'choice', choices: ['personnel', 'equipment', 'money', 'count', 'percent'] },
    { key: 'subject', label: 'Subject', kind: 'text' },
  ],
  event: [
    { key: 'type', label: 'Type', kind: 'text' },
    { key: 'title', label: 'Title', kind: 'text' },
    { key: 'date', label: 'Date (YYYY, YYYY-MM or YYYY-MM-DD)', kind: 'date' },
  ],
  mention: [
    { key: 'name', label: 'Name', kind: 'text' },
    { key: 'type', label: 'Type', kind: 'choice', choices: ['PERSON', 'ORG', 'PLACE', 'EQUIPMENT', 'PROGRAM'] },
  ],
  relation: [{ key: 'predicate', label: 'Predicate', kind: 'text' }, { key: 'label', label: 'Label', kind: 'text' }],
  claim: [{ key: 'text', label: 'Text', kind: 'text' }],
};

const pad = (n: number) => String(n).padStart(2, '0');

/** "2014" -> the year 2014 as a partial date; "2014-06" a month; "2014-06-03" a day. */
export function partialDate(s: string): { start: string; end: string; precision: string } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return { start: `${y}-${mo}-${d}`, end: `${y}-${mo}-${d}`, precision: 'day' };
  if (mo) {
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return { start: `${y}-${mo}-01`, end: `${y}-${mo}-${pad(last)}`, precision: 'month' };
  }
  return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' };
}

/** The non-empty fields as values the API takes; throws with a message a person can act on. */
export function valuesOf(kind: string, raw: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS[kind] ?? []) {
    const v = (raw[f.key] ?? '').trim();
    if (!v) continue;
    if (f.kind === 'number') {
      const n = Number(v.replace(/,/g, ''));
      if (!Number.isFinite(n)) throw new Error(`${f.label} must be a number`);
      out[f.key] = n;
    } else if (f.kind === 'date') {
      const d = partialDate(v);
      if (!d) throw new Error(`${f.label}: expected YYYY, YYYY-MM or YYYY-MM-DD`);
      out[f.key] = d;
    } else out[f.key] = v;
  }
  return out;
}

/** The first number in a selection ("about 10,900 personnel" -> 10900), to prefill a figure. */
export function firstNumber(s: string): string {
  return /\d[\d,]*(\.\d+)?/.exec(s)?.[0]?.replace(/,/g, '') ?? '';
}
