/**
 * Domain errors
 * =============
 *
 * What the domain (ingest, repositories, analytics, the contract's own checks) throws when a request cannot be
 * answered as asked. They speak of the problem, not of HTTP: server/plugins/errors.ts is the one place that maps
 * them to status codes. Like graphology's errors, they are told apart by `name`, which survives a worker-thread
 * boundary where `instanceof` does not.
 */

/** One problem of a record in a batch input (the loader's `file: record: field "x": message`). */
export interface Problem {
  record: string;
  field: string | null;
  message: string;
}

export abstract class DomainError extends Error {
  constructor(
    message: string,
    /** The parameter or input field at fault, when one is. */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The entity, relationship or institution asked for does not exist. */
export class NotFoundError extends DomainError {
  override name = 'NotFoundError' as const;
}

/** The input breaks a rule; `problems` lists every problem of a batch input (the first few of them). */
export class InvalidInputError extends DomainError {
  override name = 'InvalidInputError' as const;
  constructor(
    message: string,
    field?: string,
    readonly problems?: { count: number; listed: Problem[] },
  ) {
    super(message, field);
  }
}

/** The input contradicts what is stored: an id or code already taken, a relationship that exists. */
export class ConflictError extends DomainError {
  override name = 'ConflictError' as const;
}

/** The input is larger than one operation may take (rows per transaction, nodes per request). */
export class TooLargeError extends DomainError {
  override name = 'TooLargeError' as const;
}

export const DOMAIN_ERRORS = { NotFoundError, InvalidInputError, ConflictError, TooLargeError } as const;
export type DomainErrorName = keyof typeof DOMAIN_ERRORS;

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
