import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL server for the tests: Debian's initdb into a fresh temp folder, pg_ctl
 * start on a free 127.0.0.1 port with trust auth (and fsync off: the data dies with the test), and
 * a fresh database per store. As root, initdb and pg_ctl run as the `postgres` OS user, since
 * initdb refuses root.
 */
export interface TestPostgres {
  port: number;
  /** Creates an empty database (with this ICU locale as its default collation, if given) and returns its postgres:// URL. */
  freshDatabaseUrl(opts?: { icuLocale?: string }): Promise<string>;
  stop(): void;
}

const PG_ROOT = '/usr/lib/postgresql';
const MISSING = 'PostgreSQL server binaries not found (no /usr/lib/postgresql/<version>/bin/initdb): ' +
  'the PostgreSQL store tests start a real server; install the Debian package `postgresql` ' +
  '(apt-get install postgresql, or run bash scripts/ensure-system-deps.sh as root)';

/** The bin folder of the newest installed PostgreSQL, or an Error naming the package to install. */
export function postgresBinDir(): string {
  const versions = existsSync(PG_ROOT) ? readdirSync(PG_ROOT).filter((v) => existsSync(join(PG_ROOT, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error(MISSING);
  return join(PG_ROOT, versions[0]!, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const uid = id('-u');
  const gid = id('-g');
  if (uid.status !== 0 || gid.status !== 0) throw new Error(`${MISSING} (the package also creates the postgres OS user, which is missing)`);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'atlas-pg-'));
  const data = join(dir, 'data');
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
  // Asynchronous, so the test worker's event loop (and vitest's messages) keep moving meanwhile.
  const run = (tool: string, args: string[]) => new Promise<void>((resolve, reject) => {
    execFile(...command(tool, args), { timeout: 120_000 }, (err, stdout, stderr) => {
      if (!err) return resolve();
      const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8').slice(-2000) : '';
      reject(new Error(`${tool} failed: ${err.message}\n${stderr || stdout}\n${log}`));
    });
  });
  // Synchronous: it also runs from the process's exit handler.
  const stop = () => {
    process.off('exit', stop);
    if (existsSync(join(data, 'postmaster.pid'))) spawnSync(...command('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore', timeout: 60_000 });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (asRoot) {
      const { uid, gid } = postgresUser();
      chownSync(dir, uid, gid);
    }
    await run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    const port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    process.on('exit', stop);
    await run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', '-t', '60', 'start']);

    const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
    await admin.connect();
    let n = 0;
    return {
      port,
      async freshDatabaseUrl(opts = {}) {
        const name = `atlas_test_${++n}`;
        const locale = opts.icuLocale ? ` LOCALE_PROVIDER icu ICU_LOCALE '${opts.icuLocale.replace(/'/g, '')}' TEMPLATE template0` : '';
        await admin.query(`CREATE DATABASE ${name}${locale}`);
        return `postgres://postgres@127.0.0.1:${port}/${name}`;
      },
      stop() {
        void admin.end().catch(() => {});
        stop();
      },
    };
  } catch (e) {
    stop();
    throw e;
  }
}
