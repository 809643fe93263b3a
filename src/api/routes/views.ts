import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';
import { problems } from '../schemas/common.ts';
import { VIEWS } from '../../analysis/index.ts';
import { viewPath } from '../../model/view-catalog.ts';
import { keyOf } from '../result-cache.ts';

/** GET /views/<id> for every registered view: its parameters as the query string, its output schema as the 200 response. */
export const viewRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store, results }) => {
  for (const def of VIEWS) {
    const path = viewPath(def.entry.id);
    app.get(path, {
      schema: { tags: ['views'], summary: def.entry.summary, querystring: def.params, response: { 200: def.output, ...problems } },
    }, async (req, reply) => {
      const params = req.query as Record<string, unknown>;
      // Serialized once per store generation, as the response schema would (a string is sent as is).
      const json = await results.get(keyOf(path, params), async () => JSON.stringify(def.output.parse(await def.compute(store, params))));
      return reply.type('application/json; charset=utf-8').send(json as never);
    });
  }
};
