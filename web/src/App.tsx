import { Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { href, navigate, useRoute } from './router.ts';
import { NAV, PAGES, pageOf } from './pages.ts';
import { Loading } from './components/Status.tsx';
import { ReviewedToggle } from './review/ReviewedToggle.tsx';

export function App() {
  const route = useRoute();
  const page = pageOf(route);
  const active = page === 'entity' ? 'entities' : page === 'reader' ? 'documents' : page;
  const Page = PAGES[page];
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => { if (!route.params.get('fact') && !route.params.get('s')) window.scrollTo(0, 0); }, [route.path.join('/')]);
  return (
    <div className="app">
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>Skip to content</a>
      <header className="topbar">
        <a className="brand" href={href('/')}><span className="brand-mark" aria-hidden="true" />Defense Atlas</a>
        <QuickSearch initial={page === 'search' ? route.params.get('q') ?? '' : ''} />
        <ReviewedToggle />
        <a className="topbar-link" href="/api/docs">API</a>
      </header>
      <nav className="sidenav" aria-label="pages">
        {(['explore', 'views'] as const).map((group) => (
          <ul key={group}>
            <li className="nav-group">{group === 'explore' ? 'Explore' : 'Analyses'}</li>
            {NAV.filter((n) => n.group === group).map((n) => (
              <li key={n.id}><a href={href(n.id === 'overview' ? '/' : `/${n.id}`)} aria-current={active === n.id ? 'page' : undefined}>{n.label}</a></li>
            ))}
          </ul>
        ))}
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<Loading what="Loading page" />}>
          {Page ? <Page route={route} /> : <section className="page" data-ready="true"><h1>Not found</h1><p>No page at this address. <a href={href('/')}>Go to the overview</a>.</p></section>}
        </Suspense>
      </main>
    </div>
  );
}

/** The header search box; "/" focuses it from anywhere. */
function QuickSearch({ initial }: { initial: string }) {
  const [q, setQ] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setQ(initial), [initial]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (e.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)) { e.preventDefault(); input.current?.focus(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const submit = (e: FormEvent) => { e.preventDefault(); if (q.trim()) navigate('/search', { q: q.trim() }); };
  return (
    <form className="quicksearch" role="search" onSubmit={submit}>
      <label htmlFor="quicksearch" className="sr-only">Search the atlas</label>
      <input id="quicksearch" ref={input} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Search people, units, systems, sentences…  ( / )" />
    </form>
  );
}
