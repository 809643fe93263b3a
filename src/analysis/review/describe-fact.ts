import { labelPartialDate } from '../../model/date.ts';
import type { StoredFact } from '../../store/store.ts';

/** One line saying what a fact claims, for review listings. */
export function describeFact(f: StoredFact): string {
  switch (f.kind) {
    case 'mention': return `${f.fact.entity.name} (${f.fact.entity.type})`;
    case 'quantity': {
      const q = f.fact;
      const value = q.low !== null && q.high !== null && q.low !== q.high ? `${q.low}-${q.high}` : String(q.value);
      // "4 helicopters Mi-24 helicopters" reads badly: the unit only when the subject does not already say it.
      const unit = q.unit && !(q.subject ?? '').toLowerCase().includes(q.unit.toLowerCase()) ? q.unit : '';
      return [q.qualifier !== 'exact' ? q.qualifier.replace('_', ' ') : '', value, unit, q.subject ?? '', `[${q.kind}]`,
        q.holder ? `of ${q.holder}` : '', q.date ? labelPartialDate(q.date) : ''].filter(Boolean).join(' ');
    }
    case 'event': return `${f.fact.type}: ${f.fact.title} (${labelPartialDate(f.fact.date)})`;
    case 'relation': return `${f.fact.subject.name} ${f.fact.predicate} ${f.fact.object.name}${f.fact.label ? ` (${f.fact.label})` : ''}`;
    case 'claim': return `${f.fact.source?.name ?? '?'}: ${f.fact.text}`;
    case 'link': return `${f.fact.type}`;
  }
}
