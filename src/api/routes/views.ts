import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';
import { problems } from '../schemas/common.ts';
import { VIEWS } from '../../analysis/index.ts';
import { viewPath } from '../../model/view-catalog.ts';
import { keyOf } from '../result-cache.ts';
import { reviewHeaders } from '../reviewed-views.ts';

/**
 * GET /views/<id> for every registered view: its parameters as the query string, its output schema
 * as the 200 response. The answer is the view serialized as computed: it is not validated on every
 * response (the tests check every view's output against its schema, and that parsing it changes no byte).
 */
export const viewRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store, results, reviewedOf }) => {
  for (const def of VIEWS) {
    const path = viewPath(def.entry.id);
    app.get(path, {
      schema: { tags: ['views'], summary: def.entry.summary, querystring: def.params, response: { 200: def.output, ...problems } },
    }, async (req, reply) => {
      const params = req.query as Record<string, unknown>;
      const reviewedOnly = params.reviewedOnly === 'true';
      // Serialized once per store generation (a string is sent as is); reviewed facts counted from the object, not re-parsed JSON.
      const answer = await results.get(keyOf(path, params), async () => {
        const view = await def.compute(store, params);
        return { json: JSON.stringify(view), reviewed: await reviewedOf?.(view, reviewedOnly) };
      });
      if (answer.reviewed !== undefined) reviewHeaders(reply, answer.reviewed, reviewedOnly);
      return reply.type('application/json; charset=utf-8').send(answer.json as never);
    });
  }
};
