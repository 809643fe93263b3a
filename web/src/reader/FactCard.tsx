import { labelDate } from '../dates.ts';
import { EventTitle, EventTypeLabel } from '../components/EventTitle.tsx';
import { unquoted } from '../entity/group.ts';
import { EntityChip } from '../components/links.tsx';
import type { FactExplanationT } from '../types.ts';
import { ReviewStrip } from './ReviewStrip.tsx';

/** The fact the URL points at: what it says, which rule found it and how sure it is. */
export function FactCard({ explanation }: { explanation: FactExplanationT }) {
  const { fact } = explanation;
  const f = fact.fact;
  return (
    <div className="fact-card" data-explained={explanation.ref}>
      <strong>{fact.kind} {explanation.ref}</strong>
      <dl className="kv">
        {fact.kind === 'mention' && <><dt>entity</dt><dd><EntityChip entity={fact.fact.entity} /></dd></>}
        {fact.kind === 'quantity' && <>
          <dt>value</dt><dd>{fact.fact.value.toLocaleString('en-US')}{fact.fact.unit ? ` ${fact.fact.unit}` : ''} <span className="muted">({fact.fact.qualifier})</span></dd>
          <dt>kind</dt><dd>{fact.fact.kind}</dd>
          {fact.fact.subject && <><dt>of</dt><dd>{fact.fact.subjectEntity ? <EntityChip entity={fact.fact.subjectEntity} /> : fact.fact.subject}</dd></>}
          {fact.fact.holder && <><dt>held by</dt><dd>{fact.fact.holderEntity ? <EntityChip entity={fact.fact.holderEntity} /> : fact.fact.holder}</dd></>}
          {fact.fact.date && <><dt>date</dt><dd>{labelDate(fact.fact.date)}</dd></>}
        </>}
        {fact.kind === 'event' && <>
          <dt>event</dt><dd><EventTitle title={fact.fact.title} quote={fact.fact.quote} /></dd><dt>type</dt><dd><EventTypeLabel type={fact.fact.type} cooperation={fact.fact.cooperation} /></dd>
          <dt>date</dt><dd>{labelDate(fact.fact.date)}</dd>
          {fact.fact.participants.length > 0 && <><dt>who</dt><dd>{fact.fact.participants.map((p) => <EntityChip key={`${p.id}${p.role}`} entity={p} extra={p.role} />)}</dd></>}
        </>}
        {fact.kind === 'relation' && <><dt>relation</dt><dd><EntityChip entity={fact.fact.subject} /> {fact.fact.predicate.replace(/_/g, ' ')} <EntityChip entity={fact.fact.object} /></dd></>}
        {fact.kind === 'claim' && <><dt>claim</dt><dd>“{unquoted(fact.fact.text)}”</dd></>}
        <dt>quote</dt><dd>“{f.quote}”</dd>
        <dt>rule</dt><dd><code>{f.rule}</code></dd>
        <dt>confidence</dt><dd>{Math.round(f.confidence * 100)}%</dd>
        <dt>span</dt><dd>{f.start}–{f.end}, sentence {explanation.sentence.index + 1}</dd>
      </dl>
      <ReviewStrip factRef={explanation.ref} />
    </div>
  );
}
