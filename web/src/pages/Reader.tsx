import { useEffect, useMemo, useRef, type ReactElement } from 'react';
import { useApi } from '../api.ts';
import { href, setParams } from '../router.ts';
import { ENTITY_TYPES, EVENT_COLOR, QUANTITY_COLOR } from '../colors.ts';
import { Page } from '../components/Status.tsx';
import { EntityChip } from '../components/links.tsx';
import { nestMarks, type Mark } from '../reader/nest.ts';
import { renderMarks } from '../reader/SentenceText.tsx';
import { FactCard } from '../reader/FactCard.tsx';
import { SelectionMenu } from '../reader/SelectionMenu.tsx';
import type { DocumentDetailT, FactExplanationT } from '../types.ts';
import type { PageProps } from '../pages.ts';

/** `Q12` and `quantity:12` as the API spells them (`q12`), so only a real redirect counts as one. */
const shortRef = (ref: string) => ref.toLowerCase().replace(/^(mention|quantity|event|relation|claim):/, (_m, kind: string) => kind[0]!);

export default function Reader({ route }: PageProps) {
  const id = Number(route.path[1]);
  const fact = route.params.get('fact');
  const sentenceParam = route.params.get('s');
  const doc = useApi<DocumentDetailT>(`/documents/${id}`);
  const explained = useApi<FactExplanationT>(fact ? `/facts/${fact}` : null);
  const focus = explained.state === 'ok' && explained.data.document.id === id ? explained.data : null;
  const targetSentence = focus ? focus.sentence.index : sentenceParam !== null ? Number(sentenceParam) : null;

  const marks = useMemo<Mark[]>(() => {
    if (doc.state !== 'ok') return [];
    const list: Mark[] = doc.data.highlights;
    // Relations and claims have no highlight of their own: the target one is drawn from its explanation.
    if (focus && !list.some((h) => h.ref === focus.ref)) {
      const f = focus.fact.fact;
      return [...list, { ref: focus.ref, kind: 'other', type: focus.fact.kind, start: f.start, end: f.end, label: f.quote }];
    }
    return list;
  }, [doc, focus]);

  useEffect(() => {
    if (doc.state !== 'ok') return;
    const el = (fact && document.querySelector(`[data-fact="${CSS.escape(fact)}"]`))
      || (targetSentence !== null && document.getElementById(`s-${targetSentence}`));
    if (el) el.scrollIntoView({ block: 'center' });
  }, [doc.state, fact, targetSentence, marks]);

  // An old link to a fact a later version removed is answered with its successor (the API's 308): follow it in the URL too.
  const movedFrom = route.params.get('from');
  useEffect(() => {
    if (fact && explained.state === 'ok' && explained.data.ref !== shortRef(fact)) setParams({ fact: explained.data.ref, from: fact }, { replace: true });
  }, [fact, explained]);

  const pick = (ref: string) => setParams({ fact: ref, s: '', from: '' }, { replace: true });
  const textRef = useRef<HTMLElement>(null);

  return (
    <Page name="reader" title={doc.state === 'ok' ? doc.data.title : 'Document'} loaded={doc}>
      {(d) => {
        const bySentence = new Map<number, Mark[]>();
        for (const m of marks) {
          const s = d.sentences.find((x) => m.start >= x.start && m.start < x.end);
          if (!s) continue;
          const list = bySentence.get(s.index) ?? [];
          list.push(m);
          bySentence.set(s.index, list);
        }
        let at = 0;
        const body = [];
        for (const s of d.sentences) {
          if (s.start > at) body.push(...gapNodes(d.text, at, s.start, d.pageSpans));
          const nodes = nestMarks(bySentence.get(s.index) ?? [], s.start, s.end, fact);
          body.push(
            <span key={s.index} id={`s-${s.index}`} data-sentence={s.index} className={`sentence${s.index === targetSentence ? ' sentence-target' : ''}`}>
              {renderMarks(d.text, s.start, s.end, nodes, fact, pick)}
            </span>,
          );
          at = s.end;
        }
        if (at < d.text.length) body.push(...gapNodes(d.text, at, d.text.length, d.pageSpans));
        return (
          <>
            <p className="muted">{d.sourcePath.split(/[\\/]/).pop()} · {d.format} · {d.sentenceCount} sentences{d.publishedDate ? ` · published ${d.publishedDate}${d.publishedRule ? ` (${publishedHow(d.publishedRule)})` : ''}` : ''}{credits(d.text, d.pageSpans)}</p>
            <div className="layout-reader">
              <article className="reader-text" aria-label="document text" ref={textRef}>{body}</article>
              <aside className="side" aria-label="what was found">
                {fact && movedFrom && <p className="muted">{movedFrom} was removed by a later version of this document; {fact} took its place.</p>}
                {fact && explained.state === 'ok' && <FactCard explanation={explained.data} />}
                {fact && explained.state === 'error' && <div className="error">{explained.error.message}</div>}
                <Legend />
                <FoundList doc={d} onPick={pick} />
              </aside>
            </div>
            <SelectionMenu root={textRef} documentId={d.id} text={d.text} />
          </>
        );
      }}
    </Page>
  );
}

function Legend() {
  return (
    <div className="legend" aria-label="colour key">
      {ENTITY_TYPES.map((t) => <span key={t.id} style={{ ['--c' as string]: t.color }}>{t.label}</span>)}
      <span style={{ ['--c' as string]: QUANTITY_COLOR }}>Figure</span>
      <span style={{ ['--c' as string]: EVENT_COLOR }}>Event</span>
    </div>
  );
}

function FoundList({ doc, onPick }: { doc: DocumentDetailT; onPick: (ref: string) => void }) {
  const entities = new Map<number, { entity: NonNullable<DocumentDetailT['highlights'][number]['entity']>; refs: string[] }>();
  for (const h of doc.highlights) {
    if (h.kind !== 'mention' || !h.entity) continue;
    const e = entities.get(h.entity.id) ?? { entity: h.entity, refs: [] };
    e.refs.push(h.ref);
    entities.set(h.entity.id, e);
  }
  const quantities = doc.highlights.filter((h) => h.kind === 'quantity');
  const events = doc.highlights.filter((h) => h.kind === 'event');
  return (
    <>
      <h3>Entities ({entities.size})</h3>
      <div>{[...entities.values()].sort((a, b) => b.refs.length - a.refs.length).map((e) => (
        <span key={e.entity.id}>
          <EntityChip entity={e.entity} extra={<button type="button" className="linklike" title="show first mention" onClick={(ev) => { ev.preventDefault(); onPick(e.refs[0]); }}>{e.refs.length}×</button>} />
        </span>
      ))}</div>
      <h3>Figures ({quantities.length})</h3>
      <ul>{quantities.map((q) => <li key={q.ref}><button type="button" className="linklike" data-fact-link={q.ref} onClick={() => onPick(q.ref)}>{q.label}</button> <span className="muted">{q.type}</span></li>)}</ul>
      <h3>Events ({events.length})</h3>
      <ul>{events.map((e) => <li key={e.ref}><button type="button" className="linklike" data-fact-link={e.ref} onClick={() => onPick(e.ref)}>{e.label}</button> <span className="muted">{e.type}</span></li>)}</ul>
      <p><a href={href('/documents')}>← all documents</a></p>
    </>
  );
}

const PUBLISHED_HOW: Record<string, string> = {
  given: 'from the document\'s metadata',
  'meta.published-stamp': 'read from its publication stamp',
  'meta.updated-stamp': 'read from its update stamp',
  'meta.byline-date': 'read from its byline',
  'meta.dateline': 'read from its dateline',
  'meta.date-line': 'read from a date line at its head',
};
const publishedHow = (rule: string) => PUBLISHED_HOW[rule] ?? `rule ${rule}`;

const CREDITS: Record<string, string> = { 'meta.author': 'by', 'meta.publisher': 'published by' };
/** " · by A. Author · published by Reuters": the credits the page's head states. */
function credits(text: string, spans: DocumentDetailT['pageSpans']): string {
  return spans.filter((p) => CREDITS[p.rule]).map((p) => ` · ${CREDITS[p.rule]} ${text.slice(p.start, p.end)}`).join('');
}

/** Text between sentences, with the page's stamps and furniture muted (nothing was extracted from them). */
function gapNodes(text: string, from: number, to: number, spans: DocumentDetailT['pageSpans']) {
  const out: (string | ReactElement)[] = [];
  let at = from;
  for (const p of spans) {
    // Credits are read like the text around them: not muted.
    if (p.end <= at || p.start >= to || CREDITS[p.rule]) continue;
    const a = Math.max(at, p.start);
    const b = Math.min(to, p.end);
    if (a > at) out.push(text.slice(at, a));
    out.push(<span key={`p-${a}`} className="page-span" data-page-rule={p.rule} title={p.rule.startsWith('furniture.') ? 'page furniture: nothing is read from it' : `page stamp (${p.rule})`}>{text.slice(a, b)}</span>);
    at = b;
  }
  if (at < to) out.push(text.slice(at, to));
  return out;
}
