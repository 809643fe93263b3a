import type { Extraction } from '../model/document.ts';
import { formatPartialDate } from '../model/date.ts';
import type { EvalOutput } from '../model/eval.ts';

/** The extraction in the contract of ../shared/eval/FORMAT.md (deterministic for the same input). */
export function toEvalOutput(docName: string, x: Extraction): EvalOutput {
  const byKey = new Map(x.entities.map((e) => [e.key, e]));
  const nameOf = (key: string | null) => (key ? byKey.get(key)?.name ?? null : null);
  return {
    doc: docName,
    entities: x.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: [...new Set(e.aliases.map((a) => a.alias).filter((a) => a !== e.name))],
    })),
    // A range is two stated figures: its low end is `value`, its high end is listed after it.
    quantities: x.quantities.flatMap((q) => {
      const item = {
        subject: q.subject ?? nameOf(q.subjectKey),
        holder: nameOf(q.holderKey) ?? q.holder,
        value: q.value,
        kind: q.kind,
        unit: q.unit,
        date: q.date ? formatPartialDate(q.date) : null,
        quote: q.quote,
      };
      return q.high !== null && q.high !== q.value ? [item, { ...item, value: q.high }] : [item];
    }),
    events: x.events.map((ev) => ({
      date: formatPartialDate(ev.date),
      type: ev.type,
      title: ev.title,
      participants: [...new Set(ev.participants.map((p) => nameOf(p.entityKey)).filter((n): n is string => !!n))],
      quote: ev.quote,
    })),
  };
}
