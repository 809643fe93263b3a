import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reviewQueue } from '../../analysis/review/queue.ts';
import { reviewStats } from '../../analysis/review/stats.ts';
import { whatMatters } from '../../analysis/review/what-matters.ts';
import { InvalidInput, NotFound } from '../../model/errors.ts';
import type { ReviewFilter, ReviewKind } from '../../model/review.ts';
import { parseFactRef } from '../../model/views.ts';
import type { ApiContext } from '../context.ts';
import { IdParams, Problem, problems } from '../schemas/common.ts';
import { AddedBody, QueueQuery, QueueResponse, ReviewBody, ReviewListQuery, ReviewStatsSchema, StoredReviewSchema } from '../schemas/reviews.ts';

const writes = {
  401: Problem.describe('missing or wrong write token'),
  403: Problem.describe('cross-site write or foreign Host'),
};

function reviewerOf(given: string | undefined): string {
  const name = (given ?? process.env.ATLAS_REVIEWER ?? '').trim();
  if (!name) throw new InvalidInput('reviewer is required (or start the server with ATLAS_REVIEWER set)');
  return name;
}

/** Analysts' decisions on facts: the queue, the reviews, decisions, added facts and precision by rule. */
export const reviewRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  const tags = ['reviews'];
  app.get('/reviews/queue', {
    schema: {
      tags, summary: 'Unreviewed facts, most important first: named by audit findings, shown in the figure views, low confidence',
      querystring: QueueQuery, response: { 200: QueueResponse, ...problems },
    },
  }, async (req) => {
    const ranks = req.query.rank === 'true' ? await whatMatters(store) : {};
    return reviewQueue(store, { kind: req.query.kind, documentId: req.query.documentId, limit: req.query.limit, ...ranks });
  });

  app.get('/reviews', {
    schema: {
      tags, summary: 'Reviews by status (reviewed = any decision; orphaned = could not be re-attached after a new version of their document)',
      querystring: ReviewListQuery, response: { 200: z.array(StoredReviewSchema), ...problems },
    },
  }, (req) => {
    const { status, kind, documentId, fact } = req.query;
    const filter: ReviewFilter = { kind, documentId };
    if (fact) { const ref = parseFactRef(fact)!; filter.fact = { kind: ref.kind as ReviewKind, id: ref.id }; }
    if (status === 'orphaned') filter.orphaned = true;
    else if (status !== 'reviewed') filter.decision = status;
    return store.reviews(filter);
  });

  app.get('/reviews/stats', {
    schema: { tags, summary: 'Decisions, orphaned reviews and the extractor\'s precision by rule', response: { 200: ReviewStatsSchema, ...problems } },
  }, async () => reviewStats(await store.reviews({})));

  app.post('/reviews', {
    schema: {
      tags, summary: 'Confirm, reject or correct one extracted fact (replaces its previous review)',
      description: 'Needs `Authorization: Bearer TOKEN`. The review is anchored to the text and follows the fact into new versions of its document.',
      security: [{ bearer: [] }], body: ReviewBody, response: { 201: StoredReviewSchema, ...writes, ...problems },
    },
  }, async (req, reply) => {
    const ref = parseFactRef(req.body.fact)!;
    const review = await store.reviewFact({
      kind: ref.kind as ReviewKind, factId: ref.id, decision: req.body.decision, values: req.body.values ?? null,
      reviewer: reviewerOf(req.body.reviewer), comment: req.body.comment ?? null,
    });
    return reply.code(201).send(review);
  });

  app.post('/reviews/added', {
    schema: {
      tags, summary: 'Add a fact the extractor missed, on a span of a document\'s current text',
      description: 'Needs `Authorization: Bearer TOKEN`.',
      security: [{ bearer: [] }], body: AddedBody, response: { 201: StoredReviewSchema, ...writes, ...problems },
    },
  }, async (req, reply) => {
    const review = await store.addFact({ ...req.body, reviewer: reviewerOf(req.body.reviewer), comment: req.body.comment ?? null });
    return reply.code(201).send(review);
  });

  app.delete('/reviews/:id', {
    schema: {
      tags, summary: 'Withdraw a review: the fact is unreviewed again (an added fact is removed)',
      description: 'Needs `Authorization: Bearer TOKEN`.',
      security: [{ bearer: [] }], params: IdParams, response: { 204: z.null().describe('withdrawn'), ...writes, ...problems },
    },
  }, async (req, reply) => {
    if (!(await store.deleteReview(req.params.id))) throw new NotFound(`no review ${req.params.id}`);
    return reply.code(204).send(null);
  });
};
