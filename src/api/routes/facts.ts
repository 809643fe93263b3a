import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';
import { problems } from '../schemas/common.ts';
import { FactExplanation, FactParams } from '../schemas/facts.ts';
import { explainFact } from '../read/fact.ts';

export const factRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, ctx) => {
  app.get('/facts/:ref', {
    schema: {
      tags: ['facts'], summary: 'Explain one fact (q12, m3, e7, r2, c1): the rule, the span, its sentence and its document',
      params: FactParams, response: { 200: FactExplanation, ...problems },
    },
  }, (req) => explainFact(ctx.store, req.params.ref));
};
