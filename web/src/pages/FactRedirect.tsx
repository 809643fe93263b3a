import { useEffect } from 'react';
import { useApi } from '../api.ts';
import { navigate } from '../router.ts';
import { Page } from '../components/Status.tsx';
import type { FactExplanationT } from '../types.ts';
import type { PageProps } from '../pages.ts';

/** `#/facts/q12` opens the reader at that fact once its document is known. */
export default function FactRedirect({ route }: PageProps) {
  const ref = route.path[1] ?? '';
  const fact = useApi<FactExplanationT>(`/facts/${encodeURIComponent(ref)}`);
  useEffect(() => {
    if (fact.state === 'ok') navigate(`/documents/${fact.data.document.id}`, { fact: fact.data.ref }, { replace: true });
  }, [fact]);
  return <Page name="fact" title={`Fact ${ref}`} loaded={fact}>{() => <p className="muted">Opening the document…</p>}</Page>;
}
