import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidInput } from '../../model/errors.ts';
import { runIngest } from './ingest.ts';
import { runServe, tokenNotice } from './serve.ts';

/** The quick start: ingest the corpus folder (ATLAS_CORPUS or ../shared/corpus), then serve it. */
export async function runUp(opts: { db: string; corpus?: string; port?: string; host?: string; token?: string; allowedHost?: string }): Promise<void> {
  const corpus = resolve(opts.corpus ?? process.env.ATLAS_CORPUS ?? '../shared/corpus');
  if (!existsSync(corpus)) {
    throw new InvalidInput(`atlas: no corpus folder at ${corpus}; set ATLAS_CORPUS or pass --corpus DIR`);
  }
  console.log(`Ingesting ${corpus} into ${opts.db} ...`);
  await runIngest([corpus], { db: opts.db });
  const served = await runServe({ db: opts.db, port: opts.port ?? process.env.PORT, host: opts.host, token: opts.token, allowedHost: opts.allowedHost });
  const { url } = served;
  console.log(`\nDefense Atlas is serving ${url}`);
  console.log(tokenNotice(served));
  console.log(`  API: ${url}api/docs   (OpenAPI: ${url}api/openapi.json)`);
  console.log(`  Explore from the terminal: npx atlas stats | entities | show NAME | timeline | partners | audit  (--db ${opts.db})`);
  console.log('Press Ctrl+C to stop.');
}
