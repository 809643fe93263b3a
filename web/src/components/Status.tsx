import type { ReactNode } from 'react';
import type { Loaded } from '../api.ts';

export function Loading({ what = 'Loading' }: { what?: string }) {
  return <p className="muted loading" role="status">{what}…</p>;
}

export function ErrorBox({ error }: { error: Error }) {
  return <div className="error" role="alert"><strong>Could not load.</strong> {error.message}</div>;
}

/** Renders loading/error states, then the page body marked ready (browser tests wait for it). */
export function Page<T>({ name, title, loaded, children, actions }: {
  name: string; title: ReactNode; loaded: Loaded<T>; children: (data: T) => ReactNode; actions?: ReactNode;
}) {
  return (
    <section className="page" data-page={name} data-ready={loaded.state === 'ok' ? 'true' : undefined} aria-busy={loaded.state === 'loading'}>
      <header className="page-head"><h1>{title}</h1>{actions}</header>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'error' && <ErrorBox error={loaded.error} />}
      {loaded.state === 'ok' && children(loaded.data)}
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="muted empty">{children}</p>;
}
