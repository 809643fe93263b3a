import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import multipart from '@fastify/multipart';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AtlasStore } from '../store/store.ts';
import { makeUploadIngest, type UploadIngest } from '../services/ingest-upload.ts';
import type { ApiContext, UploadedFile, UploadOutcome } from './context.ts';
import { installProblemHandlers } from './problem.ts';
import { registerApiDocs } from './docs.ts';
import { registerWebUi } from './web.ts';
import { warmUpOnListen, type WarmUpState } from './warm-up.ts';
import { generateToken, installSecurity } from './security.ts';
import { documentRoutes } from './routes/documents.ts';
import { entityRoutes } from './routes/entities.ts';
import { searchRoutes } from './routes/search.ts';
import { factRoutes } from './routes/facts.ts';
import { timelineRoutes } from './routes/timeline.ts';
import { statsRoutes } from './routes/stats.ts';
import { healthRoutes } from './routes/health.ts';
import { viewRoutes } from './routes/views.ts';
import { reviewRoutes } from './routes/reviews.ts';
import { entityChangeRoutes } from './routes/entity-changes.ts';
import { installReviewedViews } from './reviewed-views.ts';
import { keyOf, ResultCache } from './result-cache.ts';
import { loadContext } from '../analysis/context/context.ts';
import { registeredDerivations } from '../analysis/context/derivations.ts';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface ServerOptions {
  store: AtlasStore;
  /**
   * The store's --db (path or URL). The warm-up worker opens its own connection with it; without
   * it there is no warm-up.
   */
  db?: string;
  /** Replaces the upload ingest (reading and extraction in a worker thread, storing here). */
  ingest?: (file: UploadedFile) => Promise<UploadOutcome>;
  /** false: no uploads at all (POST /api/documents answers 501). */
  uploads?: boolean;
  /** Directory of the built web UI; defaults to web/dist. */
  webRoot?: string;
  maxUploadBytes?: number;
  /** Deadline and heap ceiling of the extraction worker, per upload. */
  extractTimeoutMs?: number;
  extractMemoryMb?: number;
  /** The write token (Authorization: Bearer); a random one is generated when absent (see serverToken). */
  token?: string;
  /** Host names the server answers to besides its bound address (e.g. behind a reverse proxy). */
  allowedHosts?: string[];
  /** Fastify logger: off by default (the CLI turns it on at "warn"). */
  logger?: FastifyServerOptions['logger'];
  /** Compute the common views once in a background worker after listen() (default true; needs `db`). */
  warmUp?: boolean;
}

const tokens = new WeakMap<FastifyInstance, string>();

/** The write token of a server built by buildServer (generated when none was given). */
export function serverToken(app: FastifyInstance): string {
  const t = tokens.get(app);
  if (!t) throw new Error('not an atlas server');
  return t;
}

/** The HTTP API under /api, its OpenAPI document and Swagger UI, and the web UI at /. Call listen() on it. */
export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 1024 * 1024, forceCloseConnections: true });
  const token = opts.token ?? generateToken();
  tokens.set(app, token);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installProblemHandlers(app);
  installSecurity(app, { token, allowedHosts: opts.allowedHosts });

  const started = Date.now();
  // The context of the view routes (set below, before the server listens).
  let viewCtx: ApiContext;
  let warmUp: WarmUpState = 'off';
  const results = new ResultCache(opts.store);
  if ((opts.warmUp ?? true) && opts.db) {
    // A warmed view's answer (no parameters) is what GET /api/views/<id> would cache.
    warmUpOnListen(app, opts.db, (s) => {
      if (s === 'running') warmUp = s;
      // Then the server's own fact snapshot (views after a write refresh it per changed document);
      // read after the worker is gone, so the two never hold the store in memory at once.
      // With it, what the views derive per document (the worker's derivations stay in the worker).
      else void loadContext(viewCtx.store).then((c) => c.loads.snapshot?.prime(registeredDerivations())).catch(() => {}).finally(() => { warmUp = s; });
    }, (seed) => {
      void results.seed(keyOf(seed.url.replace(/^\/api/, ''), {}), seed.generation, { json: seed.json, reviewed: seed.reviewed }).catch(() => {});
    });
  }

  let uploads: UploadIngest | null = null;
  if (!opts.ingest && (opts.uploads ?? true)) {
    uploads = makeUploadIngest(opts.store, { timeoutMs: opts.extractTimeoutMs, memoryMb: opts.extractMemoryMb, location: opts.db });
    // Before connections close: uploads in flight end with 503 at once instead of holding shutdown.
    app.addHook('preClose', async () => { await uploads?.close(); });
    app.addHook('onListen', async () => { uploads?.prewarm(); });
  }

  const ctx: ApiContext = {
    store: opts.store,
    ingest: opts.ingest ?? (uploads ? (f) => uploads!.ingest(f) : undefined),
    maxUploadBytes: opts.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    results,
    snapshot: async () => (await loadContext(viewCtx.store)).loads.snapshot,
    health: () => ({
      uptimeSeconds: Math.round((Date.now() - started) / 100) / 10,
      ingest: uploads?.stats() ?? { running: 0, queued: 0 },
      warmUp,
    }),
  };
  await app.register(multipart, { limits: { fileSize: ctx.maxUploadBytes, files: 1, fields: 10, parts: 12 } });
  await registerApiDocs(app);
  // View routes read through a store that honours ?reviewedOnly=true (see reviewed-views.ts).
  const reviewed = installReviewedViews(app, ctx.store);
  viewCtx = { ...ctx, store: reviewed.store, reviewedOf: reviewed.reviewedOf };
  await app.register(async (api) => {
    for (const routes of [documentRoutes, entityRoutes, searchRoutes, factRoutes, statsRoutes, healthRoutes, reviewRoutes, entityChangeRoutes]) {
      await api.register(routes, ctx);
    }
    for (const routes of [timelineRoutes, viewRoutes]) await api.register(routes, viewCtx);
  }, { prefix: '/api' });
  await registerWebUi(app, { webRoot: opts.webRoot ?? DEFAULT_WEB_ROOT, token });
  await app.ready();
  return app;
}
