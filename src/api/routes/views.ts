import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApiContext } from '../context.ts';
import { IsoBound, problems, requiredText } from '../schemas/common.ts';
import {
  AuditView, EducationView, ForcesView, InventoryView, LedgerView, MoneyView, PartnersView, PeopleView, ProgramsView, TimelineView,
} from '../../model/analysis.ts';
import {
  auditView, educationView, forcesView, inventoryView, ledgerView, moneyView, partnersView, peopleView, programsView, timelineView,
} from '../../analysis/index.ts';

const CountryQuery = z.object({
  /** Country name, alias or id; empty lets the analysis pick the corpus's main country. */
  country: z.string().trim().min(1).max(120).optional(),
});
const Empty = z.object({});

export const viewRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  const tags = ['views'];
  app.get('/views/forces', { schema: { tags, summary: 'Force structure tree of one country with personnel and post holders', querystring: CountryQuery, response: { 200: ForcesView, ...problems } } },
    (req) => forcesView(store, req.query));
  app.get('/views/inventory', { schema: { tags, summary: 'Equipment holdings by holder, role, origin and status, with stated totals checked', querystring: CountryQuery, response: { 200: InventoryView, ...problems } } },
    (req) => inventoryView(store, req.query));
  app.get('/views/money', { schema: { tags, summary: 'Budgets and spending by year in stated currency and USD', querystring: CountryQuery, response: { 200: MoneyView, ...problems } } },
    (req) => moneyView(store, req.query));
  app.get('/views/partners', { schema: { tags, summary: 'Cooperation partners, per-year multi-vector balance and its events', querystring: CountryQuery, response: { 200: PartnersView, ...problems } } },
    (req) => partnersView(store, req.query));
  app.get('/views/education', { schema: { tags, summary: 'Military education flows, attrition and retention', querystring: CountryQuery, response: { 200: EducationView, ...problems } } },
    (req) => educationView(store, req.query));
  app.get('/views/people', { schema: { tags, summary: 'People with their titles, posts and appointments', querystring: Empty, response: { 200: PeopleView, ...problems } } },
    () => peopleView(store));
  app.get('/views/programs', { schema: { tags, summary: 'Programs, agreements and exercises with parties, dates and events', querystring: Empty, response: { 200: ProgramsView, ...problems } } },
    () => programsView(store));
  app.get('/views/audit', { schema: { tags, summary: 'Figures the documents state that do not agree with each other, with the arithmetic', querystring: Empty, response: { 200: AuditView, ...problems } } },
    () => auditView(store));
  app.get('/views/ledger', {
    schema: {
      tags, summary: 'Every figure stated about one subject, competing values grouped',
      querystring: z.object({ subject: requiredText('subject') }),
      response: { 200: LedgerView, ...problems },
    },
  }, (req) => ledgerView(store, req.query.subject));
  app.get('/views/timeline', {
    schema: {
      tags, summary: 'Events in date order with labels, counted per year and per type',
      querystring: z.object({ from: IsoBound.optional(), to: IsoBound.optional(), type: z.string().min(1).max(40).optional(), entity: z.string().min(1).max(200).optional() }),
      response: { 200: TimelineView, ...problems },
    },
  }, (req) => timelineView(store, req.query));
};
