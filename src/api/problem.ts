import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AtlasError } from '../model/errors.ts';
import type { Problem } from './schemas/common.ts';

const TITLES: Record<number, string> = {
  400: 'Invalid request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed', 406: 'Not acceptable',
  308: 'Moved', 410: 'Gone', 413: 'Payload too large', 415: 'Unsupported media type', 422: 'Unprocessable content', 500: 'Internal server error', 501: 'Not implemented',
  503: 'Service unavailable',
};

// An absolute file path (POSIX or Windows) of two or more segments; API paths are left alone.
const ABSOLUTE_PATH = /(?<![\w.:/])(?:[A-Za-z]:\\|\/)(?:[^\s\/\\'"`:;,()]+[\/\\])+([^\s\/\\'"`:;,()]*)/g;

/** Replaces absolute server paths with their last segment: no error tells a client where files live. */
export function scrubPaths(text: string): string {
  return text.replace(ABSOLUTE_PATH, (whole, last: string) => (whole.startsWith('/api/') ? whole : last || '(path)'));
}

/** The problem type names the kind of failure: `/api/problems/not-found`, `/api/problems/invalid-request`... */
export function problem(status: number, detail: string, errors?: Problem['errors']): Problem {
  const title = TITLES[status] ?? 'Error';
  const type = `/api/problems/${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return { type, title, status, detail: scrubPaths(detail), ...(errors ? { errors } : {}) };
}

export function sendProblem(reply: FastifyReply, p: Problem) {
  return reply.code(p.status).type('application/problem+json').send(p);
}

/** Maps every error to application/problem+json with a message a user can act on. */
export function installProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'request';
      const errors = err.validation.map((v) => ({
        where: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      }));
      const detail = errors.map((e) => `${e.where}: ${e.message}`).join('; ');
      req.log.warn({ url: req.url, detail }, 'invalid request');
      return sendProblem(reply, problem(400, detail, errors));
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ issues: err.cause.issues, url: err.url }, 'response does not match its schema');
      return sendProblem(reply, problem(500, `the server built a response that does not match its schema (${err.method} ${err.url})`));
    }
    if (err instanceof AtlasError) {
      if (err.status >= 500 && err.status !== 503) req.log.error(err);
      else req.log.warn({ url: req.url, status: err.status, detail: err.message }, 'request refused');
      return sendProblem(reply, problem(err.status, err.message.replace(/^atlas: /, '')));
    }
    const status = err.statusCode ?? 500;
    // The rest of an oversized body is never read: close the connection rather than leave it half-consumed.
    if (status >= 400 && status < 500) req.log.warn({ url: req.url, status, detail: err.message }, 'request refused');
    if (status === 413) return sendProblem(reply.header('connection', 'close'), problem(413, `upload too large: ${err.message}`));
    if (status >= 400 && status < 500) return sendProblem(reply, problem(status, err.message));
    req.log.error(err);
    return sendProblem(reply, problem(500, 'unexpected error; see the server log'));
  });
}
