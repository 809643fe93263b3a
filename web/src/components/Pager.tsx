import { setParams } from '../router.ts';

export function Pager({ total, limit, offset }: { total: number; limit: number; offset: number }) {
  if (total <= limit) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.ceil(total / limit);
  return (
    <nav className="pager" aria-label="pages">
      <button type="button" disabled={offset === 0} onClick={() => setParams({ offset: Math.max(0, offset - limit) })}>← Previous</button>
      <span>page {page} of {pages} · {total} results</span>
      <button type="button" disabled={offset + limit >= total} onClick={() => setParams({ offset: offset + limit })}>Next →</button>
    </nav>
  );
}
