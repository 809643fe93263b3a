import { useRef, useState, type DragEvent } from 'react';
import { uploadFile } from '../api.ts';
import { href } from '../router.ts';
import { outcomeOf, type Outcome } from './outcome.ts';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.pdf,.docx';

interface Item {
  id: number;
  name: string;
  size: number;
  /** Bytes sent; equal to size once the server is reading and extracting. */
  sent: number;
  state: 'queued' | 'sending' | 'extracting' | 'done';
  outcome?: Outcome;
}

const kb = (n: number) => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

/**
 * Drop files (or choose them) to add them to the atlas. Files go one after another (the server
 * extracts one at a time), each with its progress and, at the end, what became of it: added,
 * unchanged (the same text is already stored) or failed with the server's reason.
 */
export function UploadPanel({ onAdded }: { onAdded: () => void }) {
  const [items, setItems] = useState<Item[]>([]);
  const [over, setOver] = useState(false);
  const queue = useRef<{ item: Item; file: File }[]>([]);
  const running = useRef(false);
  const nextId = useRef(1);
  const input = useRef<HTMLInputElement>(null);

  const patch = (id: number, p: Partial<Item>) => setItems((list) => list.map((x) => (x.id === id ? { ...x, ...p } : x)));

  async function drain() {
    if (running.current) return;
    running.current = true;
    let added = false;
    while (queue.current.length) {
      const { item, file } = queue.current.shift()!;
      patch(item.id, { state: 'sending' });
      let outcome: Outcome;
      try {
        const reply = await uploadFile(file, (sent, total) => patch(item.id, { sent, state: sent >= total ? 'extracting' : 'sending' }));
        outcome = outcomeOf(reply);
      } catch (e) {
        outcome = { kind: 'failed', reason: (e as Error).message };
      }
      if (outcome.kind === 'added') added = true;
      patch(item.id, { state: 'done', sent: item.size, outcome });
    }
    running.current = false;
    if (added) onAdded();
  }

  function add(files: FileList | File[]) {
    const list = [...files];
    if (!list.length) return;
    const fresh = list.map((file) => ({ item: { id: nextId.current++, name: file.name, size: file.size, sent: 0, state: 'queued' as const }, file }));
    queue.current.push(...fresh);
    setItems((old) => [...fresh.map((f) => f.item), ...old]);
    void drain();
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (e.dataTransfer?.files?.length) add(e.dataTransfer.files);
  };
  const counts = { added: 0, unchanged: 0, failed: 0 };
  for (const x of items) if (x.outcome) counts[x.outcome.kind]++;
  const pending = items.filter((x) => x.state !== 'done').length;

  return (
    <section className="panel upload" aria-label="add documents">
      <div
        className={`dropzone${over ? ' over' : ''}`} data-dropzone="documents"
        onDragEnter={(e) => { e.preventDefault(); setOver(true); }}
        onDragOver={(e) => { e.preventDefault(); if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'; }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <strong>Add documents</strong>: drop files here or{' '}
        <button type="button" onClick={() => input.current?.click()}>choose files</button>
        <span className="muted"> (.txt, .md, .html, .pdf, .docx; several at once)</span>
        <input ref={input} type="file" multiple accept={ACCEPT} hidden onChange={(e) => { if (e.target.files) add(e.target.files); e.target.value = ''; }} />
      </div>
      {items.length > 0 && (
        <>
          <p className="muted" role="status" data-upload-summary="">
            {pending ? `${pending} in progress · ` : ''}{counts.added} added · {counts.unchanged} unchanged · {counts.failed} failed
          </p>
          <ul className="uploads">{items.map((x) => <UploadRow key={x.id} item={x} />)}</ul>
        </>
      )}
    </section>
  );
}

function UploadRow({ item }: { item: Item }) {
  const o = item.outcome;
  return (
    <li data-upload={item.name} data-outcome={o?.kind ?? item.state}>
      <span className="upload-name">{item.name}</span> <span className="muted">{kb(item.size)}</span>{' '}
      {item.state === 'queued' && <span className="muted">waiting…</span>}
      {item.state === 'sending' && <><progress max={item.size || 1} value={item.sent} aria-label={`sending ${item.name}`} /> <span className="muted">sending {item.size ? Math.round((100 * item.sent) / item.size) : 0}%</span></>}
      {item.state === 'extracting' && <><progress aria-label={`extracting ${item.name}`} /> <span className="muted">reading and extracting…</span></>}
      {o?.kind === 'added' && <span className="outcome added">added: <a href={href(`/documents/${o.documentId}`)}>{o.title}</a>{o.summary && <span className="muted"> · {o.summary}</span>}</span>}
      {o?.kind === 'unchanged' && <span className="outcome unchanged">unchanged: the same text is already stored as <a href={href(`/documents/${o.documentId}`)}>{o.title}</a></span>}
      {o?.kind === 'failed' && <span className="outcome failed" role="alert">failed: {o.reason}</span>}
    </li>
  );
}
