import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FIELDS, valuesOf } from './values.ts';

/** Fields for a fact's values (a correction or a fact added by hand); Enter saves, Escape cancels. */
export function FactForm({ kind, initial = {}, submitLabel, onSubmit, onCancel }: {
  kind: string; initial?: Record<string, string>; submitLabel: string;
  onSubmit: (values: Record<string, unknown>) => Promise<void>; onCancel: () => void;
}) {
  const [raw, setRaw] = useState<Record<string, string>>(initial);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement & HTMLSelectElement>(null);
  useEffect(() => { first.current?.focus(); first.current?.select?.(); }, []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const values = valuesOf(kind, raw);
      if (Object.keys(values).length === 0) throw new Error('fill in at least one field');
      await onSubmit(values);
    } catch (err) { setError((err as Error).message); }
  };
  return (
    <form className="fact-form" onSubmit={submit} onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onCancel(); } }}>
      {(FIELDS[kind] ?? []).map((f, i) => (
        <label key={f.key}>
          <span>{f.label}</span>
          {f.kind === 'choice'
            ? <select ref={i === 0 ? first : undefined} name={f.key} value={raw[f.key] ?? ''} onChange={(e) => setRaw({ ...raw, [f.key]: e.target.value })}>
                <option value="">—</option>
                {f.choices!.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            : <input ref={i === 0 ? first : undefined} name={f.key} value={raw[f.key] ?? ''} inputMode={f.kind === 'number' ? 'decimal' : undefined} onChange={(e) => setRaw({ ...raw, [f.key]: e.target.value })} />}
        </label>
      ))}
      <div className="fact-form-actions">
        <button type="submit">{submitLabel}</button>
        <button type="button" className="linklike" onClick={onCancel}>Cancel (Esc)</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
    </form>
  );
}
