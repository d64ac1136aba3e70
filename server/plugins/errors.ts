/**
 * Errors
 * ======
 *
 * One error body for every failure: `{ statusCode, error, message, field? }`. Validation errors name the
 * parameter; a database that cannot be reached is a 503; anything else unexpected is a 500 whose text is logged,
 * not sent. This is the one place where the domain's errors (core/errors.ts) become status codes.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Neo4jError } from 'neo4j-driver';
import { STATUS_CODES } from 'node:http';

import { type DomainError, type Problem, isDomainError } from '../../core/errors.js';

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

export function isDatabaseUnavailable(error: unknown): boolean {
  return (
    error instanceof Neo4jError && (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError'))
  );
}

function isQueryTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && /TransactionTimedOut|Transaction.*Terminated/.test(error.code);
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

export default fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
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
      if (isDatabaseUnavailable(error)) {
        request.log.warn({ err: error }, 'database unavailable');
        return reply.status(503).send(body(503, 'The database is not reachable; try again shortly.'));
      }
      if (isQueryTimeout(error)) {
        request.log.warn({ err: error }, 'query timed out');
        return reply.status(503).send(body(503, 'The query took too long and was stopped; narrow it down.'));
      }
      const statusCode = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
      if (statusCode >= 500) {
        request.log.error({ err: error }, 'request failed');
        return reply.status(statusCode).send(body(statusCode, 'Internal error; it has been logged.'));
      }
      return reply.status(statusCode).send(body(statusCode, error.message));
    });

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      // A path that exists with other methods is a 405 with Allow (server/plugins/methods.ts).
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
    });
  },
  { name: 'coopgraph-errors' },
);
