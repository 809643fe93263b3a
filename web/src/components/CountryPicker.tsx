import { useState } from 'react';
import { setParams } from '../router.ts';

/** The country a view is about; empty lets the analysis pick the corpus's main country. */
export function CountryPicker({ value, resolved }: { value: string; resolved?: string | null }) {
  const [draft, setDraft] = useState(value);
  return (
    <form className="toolbar" onSubmit={(e) => { e.preventDefault(); setParams({ country: draft.trim() }); }}>
      <label>Country <input type="text" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder={resolved ?? 'main country'} /></label>
      <button type="submit">Show</button>
      {resolved && <span className="muted">showing {resolved}</span>}
    </form>
  );
}
