import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { problem, sendProblem } from './problem.ts';
import { isLoopbackHost } from './security.ts';

export interface WebUiOptions {
  webRoot: string | undefined;
  /** The write token, handed to the page only when the server listens on a loopback address. */
  token: string;
}

function escapeAttr(s: string): string {
  return s.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Serves the built web UI and answers unknown non-API paths with index.html (client-side routes).
 *
 * index.html is the UI's bootstrap: on a loopback bind it carries the write token in
 * `<meta name="atlas-token">`. Only a page of the atlas's own origin can read that response (other
 * origins get no CORS headers; a rebound DNS name fails the Host check; no page may frame it), and
 * the token is then sent as a header, which, unlike a cookie, no other site can make the browser
 * attach. The page is never cached. On any other bind the page carries no token: the UI asks for it.
 */
export async function registerWebUi(app: FastifyInstance, opts: WebUiOptions) {
  const { webRoot } = opts;
  const hasUi = !!webRoot && existsSync(join(webRoot, 'index.html'));
  if (hasUi) {
    await app.register(fastifyStatic, {
      root: webRoot, prefix: '/', index: false, maxAge: '1h',
      // The page itself goes through sendIndex (the token bootstrap, never cached).
      allowedPath: (path) => path !== '/index.html' && !path.endsWith('/'),
    });
  }

  const sendIndex = async (reply: FastifyReply) => {
    let html = await readFile(join(webRoot!, 'index.html'), 'utf8');
    const addr = app.server.address();
    const loopback = !!addr && typeof addr === 'object' && isLoopbackHost(addr.address);
    if (loopback) {
      const meta = `<meta name="atlas-token" content="${escapeAttr(opts.token)}" />`;
      html = html.includes('</head>') ? html.replace('</head>', `${meta}</head>`) : meta + html;
    }
    return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
  };

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    if (path.startsWith('/api/') || path === '/api') {
      return sendProblem(reply, problem(404, `no API route ${req.method} ${path}; see /api/docs`));
    }
    if (!hasUi) {
      return sendProblem(reply, problem(404, 'the web UI is not built (no web/dist/index.html); run npm run build:web'));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendProblem(reply, problem(404, `no route ${req.method} ${path}`));
    if (path === '/index.html') return sendIndex(reply);
    // Missing assets are real 404s; page paths fall back to the app.
    if (/\.[a-z0-9]{1,5}$/i.test(path)) return sendProblem(reply, problem(404, `no file ${path}`));
    return sendIndex(reply);
  });
}
