import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';
import { problems } from '../schemas/common.ts';
import { TimelineQuery, TimelineResponse } from '../schemas/facts.ts';
import { timeline } from '../read/timeline.ts';

export const timelineRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, ctx) => {
  app.get('/timeline', {
    schema: {
      tags: ['timeline'], summary: 'Dated events in order; filter by date bounds, event type and participant entity',
      querystring: TimelineQuery, response: { 200: TimelineResponse, ...problems },
    },
  }, (req) => timeline(ctx.store, req.query));
};
