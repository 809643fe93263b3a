import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';
import { problems } from '../schemas/common.ts';
import { StatsResponse } from '../schemas/facts.ts';

export const statsRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, ctx) => {
  app.get('/stats', {
    schema: { tags: ['stats'], summary: 'Counts of documents, sentences, entities (by type) and facts', response: { 200: StatsResponse, ...problems } },
  }, () => ctx.store.stats());
};
