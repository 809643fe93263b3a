import type { FastifyInstance } from 'fastify';

// The pages a first visitor is most likely to open, heaviest views first.
const WARM_PATHS = [
  '/api/stats', '/api/timeline', '/api/views/audit', '/api/views/partners', '/api/views/money', '/api/views/forces',
  '/api/views/inventory', '/api/views/education', '/api/views/people', '/api/views/programs', '/api/documents?limit=5',
];

/**
 * Once the server listens, requests each common view once in the background: the first computation
 * of a view pays for cold code (JIT, prepared statements), and the first visitor should not.
 * Failures are ignored (a view may legitimately fail on an empty store); closing stops the round.
 */
export function warmUpOnListen(app: FastifyInstance): void {
  let closed = false;
  app.addHook('onClose', async () => {
    closed = true;
  });
  app.addHook('onListen', async () => {
    setImmediate(async () => {
      for (const url of WARM_PATHS) {
        if (closed) return;
        await app.inject({ method: 'GET', url }).catch(() => undefined);
      }
    });
  });
}
