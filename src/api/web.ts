import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { problem, sendProblem } from './problem.ts';

/** Serves the built web UI and answers unknown non-API paths with index.html (client-side routes). */
export async function registerWebUi(app: FastifyInstance, webRoot: string | undefined) {
  const hasUi = !!webRoot && existsSync(join(webRoot, 'index.html'));
  if (hasUi) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'], maxAge: '1h' });
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    if (path.startsWith('/api/') || path === '/api') {
      return sendProblem(reply, problem(404, `no API route ${req.method} ${path}; see /api/docs`));
    }
    if (!hasUi) {
      return sendProblem(reply, problem(404, `the web UI is not built (no index.html in ${webRoot ?? 'web/dist'}); run npm run build:web`));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendProblem(reply, problem(404, `no route ${req.method} ${path}`));
    // Missing assets are real 404s; page paths fall back to the app.
    if (/\.[a-z0-9]{1,5}$/i.test(path)) return sendProblem(reply, problem(404, `no file ${path}`));
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
