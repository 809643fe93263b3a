import { afterAll, beforeAll } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { postgresOpenTests } from './postgres-open.ts';
import { postgresParityTests } from './postgres-parity.ts';
import { startTestPostgres, type TestPostgres } from './postgres-server.ts';
import { postgresWriteTests } from './postgres-writes.ts';
import { runStoreContract } from './store.contract.ts';

// One throwaway server for the file; every store gets a database of its own.
let server: TestPostgres | undefined;
beforeAll(async () => { server = await startTestPostgres(); });
afterAll(() => server?.stop());
const running = () => {
  if (!server) throw new Error('the test PostgreSQL server did not start');
  return server;
};

runStoreContract('postgres (throwaway server)', async () => openStore(await running().freshDatabaseUrl()));
postgresOpenTests(running);
postgresWriteTests(running);
postgresParityTests(running);
