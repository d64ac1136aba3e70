/**
 * Write input: the loader's rules for request bodies
 * ==================================================
 *
 * A write body is read exactly as `npm run load` reads a record (server/ingest/read.ts) and judged by the same validator
 * (server/ingest/validate.ts) against the ids already in the database, so the API and the loader cannot drift apart on
 * what a valid Institution or PARTY_TO is. Problems become a 400 that names the field (one record) or lists
 * every record and field (an import).
 */
import { Neo4jError } from 'neo4j-driver';

import type { Database } from '../db/database.js';
import { ConflictError, InvalidInputError } from '../../core/errors.js';
import type { Dataset, InputError } from '../../core/dataset.js';
import { existingLabels } from './load.js';
import type { NodeLabel } from '../../core/model.js';
import { parseJsonDataset } from './read.js';
import { unresolvedIds, validate } from './validate.js';

export { COOPERATION_INPUTS } from './write.js';

export interface ReadBody {
  dataset: Dataset;
  errors: InputError[];
}

/**
 * The deepest a write body may nest. The model's deepest value is `nodes[i].mentions[j].document` (depth 4); the
 * cap keeps hostile nesting (thousands of levels) from exhausting the stack while the body is re-serialised.
 */
export const MAX_BODY_DEPTH = 16;

/**
 * What JSON.parse accepts but the loader's reading (a re-serialisation) would change: nesting past
 * MAX_BODY_DEPTH, and numbers too large to be finite (`1e309` parses as Infinity and would be written back as
 * null, silently dropping the property). Iterative, so the check itself cannot overflow.
 */
export function assertJsonShape(body: unknown): void {
  const stack: [unknown, number, string | null][] = [[body, 0, null]];
  while (stack.length > 0) {
    const [value, depth, key] = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new InvalidInputError(`body${key ? ` ${key}` : ''}: must be a finite number`, key ?? undefined);
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_BODY_DEPTH) throw new InvalidInputError(`body: nests deeper than ${MAX_BODY_DEPTH} levels`);
    const inArray = Array.isArray(value);
    for (const [name, inner] of Object.entries(value)) stack.push([inner, depth + 1, inArray ? key : name]);
  }
}

/** Reads `{ nodes, relationships }` the way the loader reads a JSON file (the body is already parsed JSON). */
export function readDataset(body: unknown, file: string): ReadBody {
  assertJsonShape(body);
  return parseJsonDataset(JSON.stringify(body ?? null), file);
}

/** A one-node dataset from the body of POST/PATCH /api/<type>. */
export function readNode(label: NodeLabel, body: Record<string, unknown>): ReadBody {
  assertJsonShape(body);
  if (body.type !== undefined && body.type !== label) {
    throw new InvalidInputError(
      `body type: this route takes a ${label}, got ${JSON.stringify(body.type).slice(0, 100)}`,
      'type',
    );
  }
  return readDataset({ nodes: [{ ...body, type: label }] }, 'body');
}

/** A one-relationship dataset from the body of POST /api/relationships. */
export function readRelationship(body: Record<string, unknown>): ReadBody {
  const read = readDataset({ relationships: [body] }, 'body');
  if (read.errors.length === 0 && read.dataset.relationships.length === 0) {
    // The reader skips exported derived edges (stated: false); a client cannot create one.
    throw new InvalidInputError(
      'body stated: derived cooperation is computed from agreements; post a stated COOPERATES_WITH (with mentions) or a PARTY_TO',
      'stated',
    );
  }
  return read;
}

/** One problem as the API reports it. */
export interface Problem {
  record: string;
  field: string | null;
  message: string;
}

export const problemOf = (error: InputError): Problem => ({
  record: error.origin.record,
  field: error.field,
  message: error.message,
});

/** `body kind: must be one of ...; body name: is required`: the problems of a one-record body. */
export function bodyError(errors: InputError[]): InvalidInputError {
  const message = errors.map((error) => `body${error.field ? ` ${error.field}` : ''}: ${error.message}`).join('; ');
  return new InvalidInputError(message, errors[0]?.field ?? undefined);
}

/**
 * Validates a dataset as the loader does (server/ingest/load.ts loadDataset): references are resolved against the
 * database. Returns the labels of the referenced ids; throws a 400 for a one-record body.
 */
export async function checkRecord(db: Database, read: ReadBody): Promise<Map<string, NodeLabel>> {
  const existing = await existingLabels(db, unresolvedIds(read.dataset));
  const errors = [...read.errors, ...validate(read.dataset, existing)];
  if (errors.length > 0) throw bodyError(errors);
  return existing;
}

/** The label of the node with this id, or undefined: for 409s on ids that are taken. */
export async function labelOfId(db: Database, id: string): Promise<NodeLabel | undefined> {
  return (await existingLabels(db, [id])).get(id);
}

/**
 * A uniqueness constraint that fired during a write (two clients creating the same id at once, or a Country
 * code that another country already has) is the client's conflict, not a server failure.
 */
export function asConflict(error: unknown, field?: string): unknown {
  if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    const code = /property `code` = '([^']*)'/.exec(error.message)?.[1];
    return code !== undefined
      ? new ConflictError(`country code ${code} is already used by another country`, 'code')
      : new ConflictError('the write conflicts with an existing entity (an id or code is already taken)', field);
  }
  return error;
}
