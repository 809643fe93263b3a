import { it } from 'vitest';
import * as A from '../../src/analysis/index.ts';
import { cleanDoc } from './helpers/clean-doc.ts';
import { storeWith } from './helpers/store.ts';
it('probe', async () => {
  const s = await storeWith(cleanDoc());
  console.log(A.renderTimeline(await A.timelineView(s)));
  console.log(A.renderForces(await A.forcesView(s)));
  console.log(A.renderInventory(await A.inventoryView(s)));
  console.log(A.renderMoney(await A.moneyView(s)));
  console.log(A.renderPartners(await A.partnersView(s)));
  console.log(A.renderPeople(await A.peopleView(s)));
  console.log(A.renderPrograms(await A.programsView(s)));
  console.log(A.renderEducation(await A.educationView(s)));
  console.log(A.renderLedger(await A.ledgerView(s, 'troops')));
  console.log(A.renderAudit(await A.auditView(s)));
  await s.close();
});
