// Starts the same throwaway PostgreSQL server the tests use (Debian's initdb in a temp folder, a
// free 127.0.0.1 port, trust auth), creates an empty database, prints its URL and keeps running
// until Ctrl+C, then stops the server and deletes its folder. For trying `--db postgres://` by hand:
//   node bin/run-ts.mjs scripts/throwaway-postgres.ts
//   npx atlas ingest ../shared/corpus --db postgres://postgres@127.0.0.1:PORT/atlas_test_1
import { startTestPostgres } from '../test/store/postgres-server.ts';

const server = await startTestPostgres();
const url = await server.freshDatabaseUrl();
console.log(url);
console.error('throwaway PostgreSQL running; Ctrl+C stops it and deletes its data');
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    server.stop();
    process.exit(0);
  });
}
setInterval(() => {}, 1 << 30);
