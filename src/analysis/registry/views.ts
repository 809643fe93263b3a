import {
  AuditView, EducationView, ForcesView, InventoryView, LedgerView, MoneyView, PartnersView, PeopleView, ProgramsView, TimelineView,
} from '../../model/analysis.ts';
import type { ViewId } from '../../model/view-catalog.ts';
import { CountryParams, NoParams, SubjectParams, TimelineViewParams } from '../../model/view-params.ts';
import { auditView } from '../audit/audit.ts';
import { renderAudit } from '../render/audit.ts';
import { renderEducation } from '../render/education.ts';
import { renderForces } from '../render/forces.ts';
import { renderInventory } from '../render/inventory.ts';
import { renderLedger } from '../render/ledger.ts';
import { renderMoney } from '../render/money.ts';
import { renderPartners } from '../render/partners.ts';
import { renderPeople } from '../render/people.ts';
import { renderPrograms } from '../render/programs.ts';
import { renderTimeline } from '../render/timeline.ts';
import { educationView } from '../views/education.ts';
import { forcesView } from '../views/forces.ts';
import { inventoryView } from '../views/inventory.ts';
import { ledgerView } from '../views/ledger.ts';
import { moneyView } from '../views/money.ts';
import { partnersView } from '../views/partners.ts';
import { peopleView } from '../views/people.ts';
import { programsView } from '../views/programs.ts';
import { timelineView } from '../views/timeline.ts';
import { defineView, type ViewDefinition } from './define.ts';

/** Every analysis view, in catalog order. A new view: its compute, render and output schema, a catalog entry, a line here. */
export const VIEWS: readonly ViewDefinition[] = [
  defineView('timeline', { params: TimelineViewParams, output: TimelineView, compute: timelineView, render: renderTimeline }),
  defineView('partners', { params: CountryParams, output: PartnersView, compute: partnersView, render: renderPartners }),
  defineView('forces', { params: CountryParams, output: ForcesView, compute: forcesView, render: renderForces }),
  defineView('inventory', { params: CountryParams, output: InventoryView, compute: inventoryView, render: renderInventory }),
  defineView('money', { params: CountryParams, output: MoneyView, compute: moneyView, render: renderMoney }),
  defineView('people', { params: NoParams, output: PeopleView, compute: (s) => peopleView(s), render: renderPeople }),
  defineView('programs', { params: NoParams, output: ProgramsView, compute: (s) => programsView(s), render: renderPrograms }),
  defineView('education', { params: CountryParams, output: EducationView, compute: educationView, render: renderEducation }),
  defineView('audit', { params: NoParams, output: AuditView, compute: (s) => auditView(s), render: renderAudit }),
  defineView('ledger', { params: SubjectParams, output: LedgerView, compute: (s, p) => ledgerView(s, p.subject), render: renderLedger }),
];

export function viewDefinition(id: ViewId | string): ViewDefinition {
  const def = VIEWS.find((v) => v.entry.id === id);
  if (!def) throw new Error(`no view ${id}`);
  return def;
}
