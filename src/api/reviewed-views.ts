import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { reviewedOnlyStore } from '../analysis/context/reviewed-store.ts';
import { SHARED_CONTEXT } from '../analysis/context/shared-context.ts';
import { reviewCoverage, type ReviewCoverage } from '../analysis/review/coverage.ts';
import type { AtlasStore } from '../store/store.ts';

/** The routes that show views: each takes ?reviewedOnly=true and says in headers how many of its facts are reviewed. */
const isViewRoute = (url: string) => /^\/api\/(views\/|timeline$)/.test(url);

const ReviewedOnlyParam = z.enum(['true', 'false']).optional()
  .describe('true: only reviewed facts (confirmed, corrected with the corrected values, added by hand); rejected and unreviewed facts are left out');

/** How many answers' review counts are kept. */
const COUNTED_MAX = 256;

const scope = new AsyncLocalStorage<{ reviewedOnly: Promise<AtlasStore> }>();

/**
 * Lets every view route be limited to reviewed facts without code of its own: the routes are given
 * a store that, inside a request asking `reviewedOnly=true`, reads through reviewedOnlyStore. Must
 * be installed before the view routes are registered (it extends their query schemas).
 * Responses carry `Atlas-Reviewed-Facts: REVIEWED/FACTS` and `Atlas-Reviewed-Only: true|false`:
 * a route that sets them itself (from the view object, see `reviewedOf`) is left alone; for the others
 * they are counted here from the serialized answer.
 */
export function installReviewedViews(app: FastifyInstance, store: AtlasStore): { store: AtlasStore; reviewedOf: ReviewedOf } {
  const counted = new Map<string, ReviewCoverage>();
  app.addHook('onRoute', (route) => {
    if (!isViewRoute(route.url) || route.method !== 'GET') return;
    const schema = (route.schema ??= {}) as { querystring?: unknown; description?: string };
    const qs = schema.querystring;
    schema.querystring = qs instanceof z.ZodObject ? qs.extend({ reviewedOnly: ReviewedOnlyParam }) : z.object({ reviewedOnly: ReviewedOnlyParam });
    schema.description = `${schema.description ? `${schema.description} ` : ''}With reviewedOnly=true, only reviewed facts count. `
      + 'The Atlas-Reviewed-Facts header says how many of the facts the view shows are reviewed (REVIEWED/FACTS).';
  });
  app.addHook('onRequest', (req, _reply, done) => {
    const url = req.routeOptions.url ?? '';
    if (isViewRoute(url) && /[?&]reviewedOnly=true(&|$)/.test(req.url)) {
      scope.run({ reviewedOnly: reviewedOnlyStore(store) }, done);
    } else done();
  });
  // onSend, not preSerialization: cached views are sent as their serialized JSON, which skips serialization hooks.
  app.addHook('onSend', async (req: FastifyRequest, reply, payload) => {
    if (!isViewRoute(req.routeOptions.url ?? '') || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    if (reply.hasHeader(REVIEWED_FACTS)) return payload;
    const reviewedOnly = (req.query as { reviewedOnly?: string }).reviewedOnly === 'true';
    // Counted once per answer and store generation: a cached view is not parsed again on every request.
    const key = `${await store.generation()}\u0000${req.url}`;
    let c = counted.get(key);
    if (!c) {
      c = reviewCoverage(JSON.parse(payload) as unknown, await store.reviews({ orphaned: false }), reviewedOnly);
      counted.set(key, c);
      while (counted.size > COUNTED_MAX) counted.delete(counted.keys().next().value!);
    }
    reviewHeaders(reply, `${c.reviewed}/${c.facts}`, reviewedOnly);
    return payload;
  });
  const reviewedOf: ReviewedOf = async (view, reviewedOnly) => {
    const c = reviewCoverage(view, await store.reviews({ orphaned: false }), reviewedOnly);
    return `${c.reviewed}/${c.facts}`;
  };
  // The store the view routes hold: the request's reviewed-only store when it asked for one.
  const proxy = new Proxy(store, {
    get(target, prop) {
      // Views of one generation share their analysis context, except those limited to reviewed facts.
      if (prop === SHARED_CONTEXT) return scope.getStore() ? undefined : target;
      const v = Reflect.get(target, prop) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        const s = scope.getStore();
        if (!s) return (v as (...a: unknown[]) => unknown).apply(target, args);
        return s.reviewedOnly.then((r) => (Reflect.get(r, prop) as (...a: unknown[]) => unknown).apply(r, args));
      };
    },
  });
  return { store: proxy, reviewedOf };
}

/** Atlas-Reviewed-Facts of a view, counted from the view object before it is serialized (no parse of the JSON). */
export type ReviewedOf = (view: unknown, reviewedOnly: boolean) => Promise<string>;

const REVIEWED_FACTS = 'atlas-reviewed-facts';

export function reviewHeaders(reply: FastifyReply, reviewed: string, reviewedOnly: boolean): void {
  reply.header(REVIEWED_FACTS, reviewed);
  reply.header('atlas-reviewed-only', String(reviewedOnly));
}
