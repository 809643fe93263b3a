import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../../api/server.ts';
import { InvalidInput } from '../../model/errors.ts';
import { makeUploadIngest } from '../../services/ingest-upload.ts';
import { openDb, parseIntOption } from '../open-db.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export interface ServeOptions { db: string; port?: string; host?: string; maxUpload?: string }

/** Starts the HTTP API and web UI; resolves once listening, with the URL. */
export async function runServe(opts: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const port = parseIntOption('--port', opts.port, 8080, 0, 65535);
  const host = opts.host ?? '127.0.0.1';
  if (!/^[\w.:-]+$/.test(host)) throw new InvalidInput(`atlas: --host must be a host name or address, found "${host}"`);
  const maxUploadBytes = parseIntOption('--max-upload', opts.maxUpload, 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024);
  const store = await openDb(opts.db, { create: true });
  const app = await buildServer({
    store,
    ingest: makeUploadIngest(store),
    webRoot: existsSync(WEB_ROOT) ? WEB_ROOT : undefined,
    maxUploadBytes,
  });
  await app.listen({ port, host });
  const addr = app.server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`;
  const close = async () => {
    await app.close();
    await store.close();
  };
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void close().then(() => process.exit(0)));
  if (!existsSync(WEB_ROOT)) console.error('atlas: web UI not built (run `npm run build:web`); serving the API only');
  return { url, close };
}
