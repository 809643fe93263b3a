import { randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problem, sendProblem } from './problem.ts';

/**
 * Security headers on every response. The UI loads only its own scripts; Plot and cytoscape set
 * inline styles, and the favicon is a data: URL. No page may frame the atlas.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

/** 127.0.0.0/8, ::1, localhost: the addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
  return !!mapped && mapped[1].startsWith('127.');
}

function isWildcard(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return h === '0.0.0.0' || h === '::' || h === '';
}

function bracket(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

export interface SecurityOptions {
  token: string;
  /** Extra Host values (name or name:port) the server answers to, e.g. behind a reverse proxy. */
  allowedHosts?: string[];
}

/**
 * Host names (host:port, lower case) the listening server answers to: the bound address and, for
 * loopback, its usual names; for a wildcard bind, every local interface address. A request whose
 * Host is not one of these (a DNS-rebinding page, a misdirected request) is refused.
 */
export function allowedHostSet(app: FastifyInstance, extra: string[] = []): Set<string> {
  const addr = app.server.address();
  const set = new Set<string>();
  if (!addr || typeof addr === 'string') return set;
  const port = addr.port;
  const hosts = new Set<string>([addr.address]);
  if (isLoopbackHost(addr.address) || isWildcard(addr.address)) for (const h of ['localhost', '127.0.0.1', '::1']) hosts.add(h);
  if (isWildcard(addr.address)) {
    for (const list of Object.values(networkInterfaces())) for (const i of list ?? []) hosts.add(i.address);
  }
  for (const h of hosts) {
    set.add(`${bracket(h)}:${port}`.toLowerCase());
    if (port === 80) set.add(bracket(h).toLowerCase());
  }
  for (const e of extra) {
    const v = e.trim().toLowerCase();
    if (!v) continue;
    set.add(v);
    if (!/:\d+$/.test(v) || v.endsWith(']')) set.add(`${v}:${port}`);
  }
  return set;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function tokenMatches(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Every request: security headers, and a Host the server answers to (while listening; in-process
 * app.inject() calls have no socket to rebind). Every write (any method but GET/HEAD/OPTIONS): no
 * cross-site Origin or Sec-Fetch-Site, and `Authorization: Bearer TOKEN`.
 */
export function installSecurity(app: FastifyInstance, opts: SecurityOptions): void {
  let hosts: Set<string> | null = null;
  app.addHook('onListen', async () => {
    hosts = allowedHostSet(app, opts.allowedHosts);
  });

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);

    if (hosts && app.server.listening) {
      const host = (req.headers.host ?? '').toLowerCase();
      if (!hosts.has(host)) {
        req.log.warn({ host }, 'refused a request for a host this server does not answer to');
        return sendProblem(reply, problem(403, `this server does not answer to the host "${host.slice(0, 100)}"; use the address it printed on start (or add the name with --allowed-host)`));
      }
    }
    if (SAFE_METHODS.has(req.method)) return;

    const origin = req.headers.origin;
    if (origin !== undefined && !(hosts ? originAllowed(origin, hosts) : false) && app.server.listening) {
      req.log.warn({ origin, url: req.url }, 'refused a cross-origin write');
      return sendProblem(reply, problem(403, `writes from another origin (${origin.slice(0, 100)}) are refused`));
    }
    if (req.headers['sec-fetch-site'] === 'cross-site') {
      req.log.warn({ url: req.url }, 'refused a cross-site write');
      return sendProblem(reply, problem(403, 'cross-site writes are refused'));
    }
    const auth = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (!m || !tokenMatches(m[1], opts.token)) {
      req.log.warn({ url: req.url, method: req.method, hadToken: !!m }, 'refused a write without a valid token');
      reply.header('www-authenticate', 'Bearer realm="atlas"');
      return sendProblem(reply, problem(401, m
        ? 'the write token is wrong; use the token the server printed on start (or --token / ATLAS_TOKEN)'
        : 'writes need "Authorization: Bearer TOKEN" with the token the server printed on start (or --token / ATLAS_TOKEN)'));
    }
  });

  // Swagger UI sets its own policy; make sure it also forbids framing.
  app.addHook('onSend', async (_req, reply, payload) => {
    const csp = reply.getHeader('content-security-policy');
    if (typeof csp === 'string' && !csp.includes('frame-ancestors')) reply.header('content-security-policy', `${csp}; frame-ancestors 'none'`);
    return payload;
  });
}

function originAllowed(origin: string, hosts: Set<string>): boolean {
  try {
    const u = new URL(origin);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    const port = u.port || (u.protocol === 'https:' ? '443' : '80');
    return hosts.has(`${u.hostname}:${port}`.toLowerCase()) || hosts.has(u.host.toLowerCase());
  } catch {
    return false;
  }
}
