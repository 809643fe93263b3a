/** The analysis views: each reads the store and returns a plain object the CLI, API and UI share. */
export { timelineView, type TimelineParams } from './views/timeline.ts';
export { forcesView, type ForcesParams } from './views/forces.ts';
export { inventoryView, type InventoryParams } from './views/inventory.ts';
export { moneyView, type MoneyParams } from './views/money.ts';
export { partnersView, type PartnersParams } from './views/partners.ts';
export { peopleView } from './views/people.ts';
export { programsView } from './views/programs.ts';
export { educationView, type EducationParams } from './views/education.ts';
export { ledgerView } from './views/ledger.ts';
export { auditView, AUDIT_TOLERANCES } from './audit/audit.ts';

export { renderTimeline } from './render/timeline.ts';
export { renderForces } from './render/forces.ts';
export { renderInventory } from './render/inventory.ts';
export { renderMoney } from './render/money.ts';
export { renderPartners } from './render/partners.ts';
export { renderPeople } from './render/people.ts';
export { renderPrograms } from './render/programs.ts';
export { renderEducation } from './render/education.ts';
export { renderLedger } from './render/ledger.ts';
export { renderAudit } from './render/audit.ts';

export { VIEWS, viewDefinition } from './registry/views.ts';
export { computeJson, parseParams, type ViewDefinition } from './registry/define.ts';
