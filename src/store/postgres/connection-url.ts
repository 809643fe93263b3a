import { InvalidInput } from '../../model/errors.ts';

export interface PostgresTarget {
  /** What pg connects with (the URL as given). */
  connectionString: string;
  /** user@host:port/database for messages: never the password. */
  label: string;
  host: string;
  database: string;
}

const EXPECTED = 'expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE';

// Keeps a password out of error messages: postgres://u:secret@h -> postgres://u:***@h
const redact = (url: string) => url.replace(/(\/\/[^:/@]*:)[^@/]*@/, '$1***@');

/** Checks a postgres:// or postgresql:// URL before any connection is tried; InvalidInput says what is wrong. */
export function parsePostgresUrl(url: string): PostgresTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new InvalidInput(`atlas: malformed PostgreSQL URL ${JSON.stringify(redact(url))} (check the host, the port number and %-escape special characters in the password); ${EXPECTED}`);
  }
  if (!/^postgres(ql)?:$/i.test(u.protocol)) throw new InvalidInput(`atlas: ${JSON.stringify(redact(url))} is not a PostgreSQL URL; ${EXPECTED}`);
  // A unix socket folder may come as ?host=/path instead of a host name.
  const host = u.hostname || u.searchParams.get('host') || '';
  if (host === '') throw new InvalidInput(`atlas: the PostgreSQL URL ${JSON.stringify(redact(url))} names no host; ${EXPECTED}`);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (database === '' || database.includes('/')) {
    throw new InvalidInput(`atlas: the PostgreSQL URL ${JSON.stringify(redact(url))} names no database; ${EXPECTED}`);
  }
  const user = u.username ? `${decodeURIComponent(u.username)}@` : '';
  return { connectionString: url, label: `${user}${host}${u.port ? `:${u.port}` : ''}/${database}`, host, database };
}
