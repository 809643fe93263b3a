import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AtlasStore } from '../store/store.ts';
import type { ApiContext, UploadedFile } from './context.ts';
import { installProblemHandlers } from './problem.ts';
import { registerApiDocs } from './docs.ts';
import { registerWebUi } from './web.ts';
import { warmUpOnListen } from './warm-up.ts';
import { documentRoutes } from './routes/documents.ts';
import { entityRoutes } from './routes/entities.ts';
import { searchRoutes } from './routes/search.ts';
import { factRoutes } from './routes/facts.ts';
import { timelineRoutes } from './routes/timeline.ts';
import { statsRoutes } from './routes/stats.ts';
import { viewRoutes } from './routes/views.ts';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface ServerOptions {
  store: AtlasStore;
  ingest?: (file: UploadedFile) => Promise<unknown>;
  /** Directory of the built web UI; defaults to web/dist. */
  webRoot?: string;
  maxUploadBytes?: number;
  /** Fastify logger; off by default (the CLI turns it on). */
  logger?: boolean;
  /** Compute the common views once in the background after listen() (default true). */
  warmUp?: boolean;
}

/** The HTTP API under /api, its OpenAPI document and Swagger UI, and the web UI at /. Call listen() on it. */
export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installProblemHandlers(app);
  if (opts.warmUp ?? true) warmUpOnListen(app);

  const ctx: ApiContext = {
    store: opts.store,
    ingest: opts.ingest,
    maxUploadBytes: opts.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
  };
  await app.register(multipart, { limits: { fileSize: ctx.maxUploadBytes, files: 1, fields: 10, parts: 12 } });
  await registerApiDocs(app);
  await app.register(async (api) => {
    for (const routes of [documentRoutes, entityRoutes, searchRoutes, factRoutes, timelineRoutes, statsRoutes, viewRoutes]) {
      await api.register(routes, ctx);
    }
  }, { prefix: '/api' });
  await registerWebUi(app, opts.webRoot ?? DEFAULT_WEB_ROOT);
  await app.ready();
  return app;
}
