import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildServer, serverToken } from '../../api/server.ts';
import { isLoopbackHost } from '../../api/security.ts';
import { InvalidInput } from '../../model/errors.ts';
import { openDb, parseIntOption } from '../open-db.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/** How long a SIGTERM/SIGINT may take before the process exits regardless. */
const SHUTDOWN_BUDGET_MS = 4000;

export interface ServeOptions {
  db: string;
  port?: string;
  host?: string;
  maxUpload?: string;
  /** The write token; else $ATLAS_TOKEN; else one is generated and printed. */
  token?: string;
  /** Extra Host names to answer to (comma-separated); else $ATLAS_ALLOWED_HOSTS. */
  allowedHost?: string;
}

/** Starts the HTTP API and web UI; resolves once listening, with the URL and the write token. */
export async function runServe(opts: ServeOptions): Promise<{ url: string; token: string; tokenGenerated: boolean; close: () => Promise<void> }> {
  const port = parseIntOption('--port', opts.port, 8080, 0, 65535);
  const host = opts.host ?? '127.0.0.1';
  if (!/^[\w.:-]+$/.test(host)) throw new InvalidInput(`atlas: --host must be a host name or address, found "${host}"`);
  const maxUploadBytes = parseIntOption('--max-upload', opts.maxUpload, 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024);
  const given = opts.token ?? (process.env.ATLAS_TOKEN || undefined);
  if (given !== undefined && !/^[\x21-\x7e]{16,256}$/.test(given)) {
    throw new InvalidInput('atlas: --token / ATLAS_TOKEN must be 16 to 256 visible ASCII characters without spaces');
  }
  const loopback = isLoopbackHost(host);
  if (!loopback && given === undefined) {
    throw new InvalidInput(`atlas: refusing to serve on ${host}, which other machines can reach, without a write token; `
      + 'pass --token TOKEN (or set ATLAS_TOKEN), or bind 127.0.0.1');
  }
  const allowedHosts = (opts.allowedHost ?? process.env.ATLAS_ALLOWED_HOSTS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const store = await openDb(opts.db, { create: true });
  const app = await buildServer({
    store, db: opts.db, token: given, allowedHosts,
    webRoot: existsSync(WEB_ROOT) ? WEB_ROOT : undefined,
    maxUploadBytes,
    logger: { level: process.env.ATLAS_LOG_LEVEL || 'warn' },
  });
  try {
    await app.listen({ port, host });
  } catch (e) {
    await app.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw listenError(e, host, port);
  }
  const addr = app.server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`;
  let closing: Promise<void> | null = null;
  const close = () => (closing ??= (async () => {
    await app.close();
    await store.close();
  })());
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      // Closing terminates the extraction and warm-up workers and drops open connections; the timer
      // is the backstop should anything still hang.
      setTimeout(() => process.exit(0), SHUTDOWN_BUDGET_MS).unref();
      void close().then(() => process.exit(0), () => process.exit(1));
    });
  }
  if (!existsSync(WEB_ROOT)) console.error('atlas: web UI not built (run `npm run build:web`); serving the API only');
  if (!loopback) {
    console.error(`atlas: warning: serving on ${host}: anyone who can reach this machine can read the atlas; writes need the token.`
      + (allowedHosts.length ? '' : ' Name the host names clients use with --allowed-host (or ATLAS_ALLOWED_HOSTS).'));
  }
  return { url, token: serverToken(app), tokenGenerated: given === undefined, close };
}

/** A busy or forbidden port says which port and what to do, not the raw `listen EADDRINUSE`. */
export function listenError(e: unknown, host: string, port: number): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  const where = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  if (code === 'EADDRINUSE') {
    return new InvalidInput(`atlas: port ${port} is already in use (${where}; another atlas serve?); `
      + `choose another with --port N, e.g. --port ${port === 65535 ? 8081 : port + 1}`, e);
  }
  if (code === 'EACCES') return new InvalidInput(`atlas: not allowed to listen on ${where}; choose a port above 1023 with --port N`, e);
  if (code === 'EADDRNOTAVAIL') return new InvalidInput(`atlas: cannot listen on ${where}: no such address on this machine; check --host`, e);
  return e;
}

/** The lines that tell a user how to write: the token and where the web UI gets it. */
export function tokenNotice(r: { url: string; token: string; tokenGenerated: boolean }): string {
  const lead = r.tokenGenerated ? 'Write token (generated for this run; set --token or ATLAS_TOKEN to fix one)' : 'Write token';
  return `${lead}: ${r.token}\n  uploads: curl -H "Authorization: Bearer ${r.token}" -F file=@report.txt ${r.url}api/documents`
    + (r.tokenGenerated ? '\n  the web UI on this machine picks it up by itself' : '');
}
