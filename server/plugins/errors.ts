/**
 * Errors
 * ======
 *
 * One error body for every failure: `{ statusCode, error, message, field? }`. Validation errors name the
 * parameter; anything unexpected is a 500 whose text is logged, not sent. This is the one place where the
 * domain's errors (core/errors.ts) become status codes.
 *
 * Every "not now" is a 503 with Retry-After, each with its own message (docs/operations.md lists them): the
 * service is busy (a full queue, an overloaded process, no free database connection), the database is down or
 * stopped answering, a query ran into its timeout, or the database hit a transient conflict (a deadlock).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Neo4jError } from 'neo4j-driver';
import { STATUS_CODES } from 'node:http';

import { type DomainError, type Problem, isDomainError } from '../../core/errors.js';
import { isUnavailable } from '../unavailable.js';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  field?: string;
  /** A batch input's problem count and the first of them (POST /api/import). */
  problems?: number;
  errors?: Problem[];
}

/** The status of each domain error, by name. */
const DOMAIN_STATUS: Record<string, number> = {
  NotFoundError: 404,
  InvalidInputError: 400,
  ConflictError: 409,
  TooLargeError: 413,
};

function domainBody(error: DomainError): ErrorBody {
  const statusCode = DOMAIN_STATUS[error.name] ?? 400;
  const problems = (error as { problems?: { count: number; listed: Problem[] } }).problems;
  return {
    ...body(statusCode, error.message, error.field),
    ...(problems ? { problems: problems.count, errors: problems.listed } : {}),
  };
}

/** An error a route throws on purpose, with the status and (optionally) the field at fault. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** A database error that means "try again shortly", with the message and Retry-After (seconds) to answer. */
interface Transient {
  message: string;
  retryAfter: number;
}

/** The driver's pool had no free connection within the acquisition timeout (the error carries no code). */
const isPoolExhausted = (error: Neo4jError) => /Connection acquisition timed out/i.test(error.message);

function transient(error: unknown): Transient | null {
  if (!(error instanceof Neo4jError)) return null;
  if (isPoolExhausted(error)) {
    return {
      message: 'The server is busy: no database connection was free in time; try again shortly.',
      retryAfter: 2,
    };
  }
  if (/TransactionTimedOut|Transaction.*Terminated/.test(error.code)) {
    return {
      message: 'The query took too long and was stopped; narrow it down, or try again when the server is less busy.',
      retryAfter: 10,
    };
  }
  if (UNAVAILABLE_CODES.has(error.code)) {
    return { message: 'The database is not reachable; try again shortly.', retryAfter: 5 };
  }
  if (error.code.startsWith('Neo.TransientError')) {
    return {
      message: 'The database could not complete the request this time (a transient conflict); try again.',
      retryAfter: 1,
    };
  }
  return null;
}

/** The field named by an Ajv validation error: `querystring/limit` -> `limit`. */
function validationField(error: FastifyError): string | undefined {
  const first = error.validation?.[0];
  if (!first) return undefined;
  const missing = (first.params as { missingProperty?: string }).missingProperty;
  const pathField = first.instancePath.replace(/^\//, '').replace(/\//g, '.');
  return missing ?? (pathField || undefined);
}

function body(statusCode: number, message: string, field?: string): ErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, ...(field ? { field } : {}) };
}

/** Fastify's refusals of a request body (content type, length, parsing), raised before any handler runs. */
const BODY_ERRORS = /^FST_ERR_(CTP_|ROUTE_MISSING_CONTENT_TYPE$)/;

/** 404, or 405 with Allow when the path exists with other methods (server/plugins/methods.ts). */
function notFound(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split('?')[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // An undecodable path matches no route.
  }
  const allowed = app.hasDecorator('allowedMethods') ? app.allowedMethods(decoded) : [];
  if (allowed.length > 0 && !allowed.includes(request.method)) {
    return reply
      .status(405)
      .header('allow', allowed.join(', '))
      .send(body(405, `${request.method} is not a method of ${path}; it allows ${allowed.join(', ')}`));
  }
  return reply.status(404).send(body(404, `No route ${request.method} ${path}`));
}

/**
 * The router's refusals, raised before any route or hook runs (Fastify's `frameworkErrors`): a URL whose
 * percent-encoding does not decode, a path parameter over the router's length limit. The one error body, and
 * the URL is not echoed back (Fastify's default puts the whole path, thousands of characters, in the message).
 */
export function frameworkErrorHandler(maxParamLength: number) {
  return (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
    if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
      return reply.status(414).send(body(414, `A path parameter is longer than ${maxParamLength} characters`));
    }
    if (error.code === 'FST_ERR_BAD_URL') {
      return reply.status(400).send(body(400, 'The URL path has malformed percent-encoding'));
    }
    const statusCode = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
    return reply.status(statusCode).send(body(statusCode, error.message));
  };
}

export default fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      // No route matched, yet the body parser failed first (it refuses `QUERY` without a Content-Type): the answer
      // is the missing route's, 404 or 405, not a complaint about a body nothing would read. Other errors stand
      // (an unmatched request without a key is still the auth hook's 401).
      if (request.is404 && BODY_ERRORS.test(error.code ?? '')) return notFound(app, request, reply);
      const thrown: unknown = error;
      if (isDomainError(thrown)) {
        const answer = domainBody(thrown);
        return reply.status(answer.statusCode).send(answer);
      }
      if (error instanceof HttpError) {
        return reply.status(error.statusCode).send(body(error.statusCode, error.message, error.field));
      }
      if (error.validation) {
        const field = validationField(error);
        const where = error.validationContext ?? 'request';
        const message = field ? `${where} ${field}: ${error.validation[0]?.message}` : error.message;
        return reply.status(400).send(body(400, message, field));
      }
      if (isUnavailable(thrown)) {
        request.log.warn({ err: error, reason: thrown.reason }, 'unavailable');
        return reply.status(503).header('retry-after', thrown.retryAfterSeconds).send(body(503, thrown.message));
      }
      const retry = transient(error);
      if (retry) {
        request.log.warn({ err: error }, 'database: try again');
        return reply.status(503).header('retry-after', retry.retryAfter).send(body(503, retry.message));
      }
      const statusCode = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
      if (statusCode >= 500) {
        request.log.error({ err: error }, 'request failed');
        return reply.status(statusCode).send(body(statusCode, 'Internal error; it has been logged.'));
      }
      return reply.status(statusCode).send(body(statusCode, error.message));
    });

    app.setNotFoundHandler((request, reply) => notFound(app, request, reply));
  },
  { name: 'coopgraph-errors' },
);
