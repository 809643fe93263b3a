import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';

// Wired to src/analysis once its views land.
export const viewRoutes: FastifyPluginAsyncZod<ApiContext> = async () => {};
