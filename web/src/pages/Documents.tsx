import { useState } from 'react';
import { useApi } from '../api.ts';
import { UploadPanel } from '../upload/UploadPanel.tsx';
import { href } from '../router.ts';
import { Empty, Page } from '../components/Status.tsx';
import { Pager } from '../components/Pager.tsx';
import type { DocumentsPageT } from '../types.ts';
import type { PageProps } from '../pages.ts';

const LIMIT = 50;

export default function Documents({ route }: PageProps) {
  const offset = Number(route.params.get('offset') ?? 0);
  const [version, setVersion] = useState(0);
  const list = useApi<DocumentsPageT>('/documents', { limit: LIMIT, offset }, version);
  // Keep showing the last list while a reload after an upload is on its way.
  const [last, setLast] = useState<typeof list | null>(null);
  if (list.state === 'ok' && last !== list) setLast(list);
  const shown = list.state === 'loading' && last ? last : list;
  return (
    <Page name="documents" title="Documents" loaded={shown}>
      {(r) => <>
        <UploadPanel onAdded={() => setVersion((v) => v + 1)} />
        {r.items.length === 0 ? <Empty>No documents yet. Drop some above, or ingest them with <code>atlas ingest</code>.</Empty> : (
        <>
          <div className="table-wrap"><table>
            <thead><tr><th>Title</th><th>Source</th><th>Format</th><th className="num">Sentences</th><th>Published</th></tr></thead>
            <tbody>{r.items.map((d) => (
              <tr key={d.id}>
                <td><a href={href(`/documents/${d.id}`)}>{d.title}</a></td>
                <td className="muted">{d.sourcePath.split(/[\\/]/).pop()}</td><td>{d.format}</td>
                <td className="num">{d.sentenceCount}</td><td>{d.publishedDate ?? '—'}</td>
              </tr>
            ))}</tbody>
          </table></div>
          <Pager total={r.total} limit={LIMIT} offset={offset} />
        </>
      )}
      </>}
    </Page>
  );
}
