import type { Figure } from '../../model/analysis.ts';

const QUALIFIER: Record<string, string> = { exact: '', about: '~', up_to: '≤', at_least: '≥', more_than: '>', less_than: '<', some: 'some ', range: '' };

export function num(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${trim(n / 1e9)} bn`;
  if (abs >= 1e6) return `${trim(n / 1e6)} m`;
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const trim = (n: number) => String(Math.round(n * 100) / 100);

/** "~45,000 (2003) [q12]" */
export function figure(f: Figure, opts: { unit?: boolean; date?: boolean } = {}): string {
  const value = f.qualifier === 'range' && f.low !== null && f.high !== null ? `${num(f.low)}–${num(f.high)}` : `${QUALIFIER[f.qualifier] ?? ''}${num(f.value)}`;
  const unit = opts.unit !== false && f.unit ? ` ${f.unit}` : '';
  const date = opts.date !== false && f.dateLabel ? ` (${f.dateLabel})` : '';
  return `${value}${unit}${date} [${f.source.ref}]`;
}

export function heading(title: string): string {
  return `${title}\n${'─'.repeat(Math.min(72, title.length))}`;
}

export function oneLine(s: string | null | undefined, max = 140): string {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

export function pad(s: string, w: number): string {
  return s.length >= w ? s : s + ' '.repeat(w - s.length);
}
