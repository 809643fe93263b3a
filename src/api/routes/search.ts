import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';
import { problems } from '../schemas/common.ts';
import { SearchQuery, SearchResponse } from '../schemas/search.ts';
import { searchAtlas } from '../read/search.ts';

export const searchRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, ctx) => {
  app.get('/search', {
    schema: {
      tags: ['search'], summary: 'Ranked sentences with snippets ([[match]]) and matching entities, with type and year facets',
      querystring: SearchQuery, response: { 200: SearchResponse, ...problems },
    },
  }, (req) => searchAtlas(ctx.store, req.query));
};
