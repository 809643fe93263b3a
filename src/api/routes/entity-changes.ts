import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { InvalidInput } from '../../model/errors.ts';
import type { ApiContext } from '../context.ts';
import { IdParams, Problem, problems } from '../schemas/common.ts';

const Change = z.object({
  id: z.number().int(), action: z.enum(['merge', 'split']), entityId: z.number().int(), otherId: z.number().int(),
  entityName: z.string(), otherName: z.string(), moved: z.number().int(), reviewer: z.string(), changedAt: z.string(),
  comment: z.string().nullable(), undoneAt: z.string().nullable(),
});
const Who = { reviewer: z.string().trim().min(1).max(100).optional(), comment: z.string().max(2000).optional() };
const writes = { 401: Problem.describe('missing or wrong write token'), 403: Problem.describe('cross-site write or foreign Host') };
const write = (summary: string) => ({ tags: ['reviews'], summary, description: 'Needs `Authorization: Bearer TOKEN`.', security: [{ bearer: [] }] });

function reviewerOf(given: string | undefined): string {
  const name = (given ?? process.env.ATLAS_REVIEWER ?? '').trim();
  if (!name) throw new InvalidInput('reviewer is required (or start the server with ATLAS_REVIEWER set)');
  return name;
}

/** Entity merges and splits, with their history and undo. */
export const entityChangeRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get('/entity-changes', {
    schema: { tags: ['reviews'], summary: 'Entity merges and splits, oldest first', querystring: z.object({ entityId: z.coerce.number().int().positive().optional() }), response: { 200: z.array(Change), ...problems } },
  }, (req) => store.entityChanges({ entityId: req.query.entityId }));

  app.post('/entity-changes/merge', {
    schema: { ...write('Merge entity otherId into keepId: its facts and names move, it is deleted'), body: z.object({ keepId: z.number().int().positive(), otherId: z.number().int().positive(), ...Who }), response: { 201: Change, ...writes, ...problems } },
  }, async (req, reply) => reply.code(201).send(await store.mergeEntities({ ...req.body, reviewer: reviewerOf(req.body.reviewer), comment: req.body.comment ?? null })));

  app.post('/entity-changes/split', {
    schema: {
      ...write('Split an entity: the mentions given name a new entity'),
      body: z.object({ entityId: z.number().int().positive(), mentionIds: z.array(z.number().int().positive()).min(1).max(10000), name: z.string().trim().min(1).max(200), type: z.string().min(1).max(40).optional(), ...Who }),
      response: { 201: Change, ...writes, ...problems },
    },
  }, async (req, reply) => reply.code(201).send(await store.splitEntity({ ...req.body, reviewer: reviewerOf(req.body.reviewer), comment: req.body.comment ?? null })));

  app.post('/entity-changes/:id/undo', {
    schema: { ...write('Undo a merge or split'), params: IdParams, response: { 200: Change, ...writes, ...problems } },
  }, (req) => store.undoEntityChange(req.params.id));
};
