import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';
import { problems } from '../schemas/common.ts';
import { VIEWS } from '../../analysis/index.ts';
import { viewPath } from '../../model/view-catalog.ts';

/** GET /views/<id> for every registered view: its parameters as the query string, its output schema as the 200 response. */
export const viewRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  for (const def of VIEWS) {
    app.get(viewPath(def.entry.id), {
      schema: { tags: ['views'], summary: def.entry.summary, querystring: def.params, response: { 200: def.output, ...problems } },
    }, (req) => def.compute(store, req.query as Record<string, unknown>));
  }
};
