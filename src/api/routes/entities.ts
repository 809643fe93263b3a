import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';
import { IdParams, problems } from '../schemas/common.ts';
import { EntitiesPage, EntitiesQuery, EntityDetail } from '../schemas/entities.ts';
import { entityDetail } from '../read/entity-detail.ts';
import { keyOf } from '../result-cache.ts';

export const entityRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, ctx) => {
  app.get('/entities', {
    schema: {
      tags: ['entities'], summary: 'Entities, most mentioned first; filter by type and by name or alias (prefix)',
      querystring: EntitiesQuery, response: { 200: EntitiesPage, ...problems },
    },
  }, (req) => ctx.store.listEntities({ limit: req.query.limit, offset: req.query.offset, type: req.query.type, query: req.query.q }));

  app.get('/entities/:id', {
    schema: {
      tags: ['entities'], summary: 'One entity: aliases, mentions with their sentences, quantities, events, relations, related entities',
      params: IdParams, response: { 200: EntityDetail, ...problems },
    },
  }, async (req, reply) => {
    const { json } = await ctx.results.get(keyOf('/entities/:id', req.params), async () => ({ json: JSON.stringify(EntityDetail.parse(await entityDetail(ctx.store, req.params.id, await ctx.snapshot?.() ?? null))) }));
    return reply.type('application/json; charset=utf-8').send(json as never);
  });
};
