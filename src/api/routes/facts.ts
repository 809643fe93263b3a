import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { describeRemoval } from '../../model/identity.ts';
import { formatFactRef } from '../../model/views.ts';
import type { ApiContext } from '../context.ts';
import { problem } from '../problem.ts';
import { problems } from '../schemas/common.ts';
import { FactExplanation, FactParams, RemovedFactProblem } from '../schemas/facts.ts';
import { lookUpFact } from '../read/fact.ts';

export const factRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, ctx) => {
  app.get('/facts/:ref', {
    schema: {
      tags: ['facts'],
      summary: 'Explain one fact (q12, m3, e7, r2, c1): the rule, the span, its sentence and its document',
      description: 'A reference stays valid across re-ingests of its document while the fact\'s rule, quote and nearby text are unchanged. '
        + 'For a fact a later version removed: 308 to the fact that took its place (Location; the body says what happened), '
        + 'or 410 when nothing did.',
      params: FactParams,
      response: {
        200: FactExplanation,
        308: RemovedFactProblem.describe('removed; Location is the successor\'s reference'),
        410: RemovedFactProblem.describe('removed by a later version of its document, with no successor'),
        ...problems,
      },
    },
  }, async (req, reply) => {
    const found = await lookUpFact(ctx.store, req.params.ref);
    if ('explanation' in found) return found.explanation;
    const r = found.removed;
    const successor = r.successor ? formatFactRef(r.successor) : null;
    const status = successor ? 308 : 410;
    const body: RemovedFactProblem = {
      ...problem(status, describeRemoval(r)),
      ref: formatFactRef(r.ref), documentId: r.documentId, removedInVersion: r.removedInVersion,
      quote: r.quote, rule: r.rule, successor,
    };
    // Relative to /api/facts/REF, so it holds wherever the API is mounted.
    if (successor) reply.header('location', encodeURIComponent(successor));
    return reply.code(status).type('application/problem+json').send(body);
  });
};
