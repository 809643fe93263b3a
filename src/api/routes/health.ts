import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';
import { problems } from '../schemas/common.ts';
import { HealthResponse } from '../schemas/documents.ts';

export const healthRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, ctx) => {
  app.get('/health', {
    schema: {
      tags: ['stats'], summary: 'Liveness: answers at once, whatever is being ingested (never touches the store)',
      response: { 200: HealthResponse, ...problems },
    },
  }, () => ({ status: 'ok' as const, ...ctx.health() }));
};
