/**
 * API test helpers
 * ================
 *
 * The API key the write tests configure, request headers that carry it, and the graph's counts by label and
 * relationship type, to prove that a refused write changed nothing.
 */
import type { Database } from '../../server/db/database.js';

/** A key of the length config.ts requires; tests pass it as COOPGRAPH_API_KEYS. */
export const API_KEY = 'test-key-0123456789abcdef';
export const OTHER_KEY = 'test-key-fedcba9876543210';

export const withKey = (key = API_KEY) => ({ authorization: `Bearer ${key}` });

/** Nodes per label and relationships per type, plus the totals. */
export async function graphCounts(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  let nodes = 0;
  let relationships = 0;
  for (const row of await db.read('admin/count-by-label')) {
    out[String(row.label)] = Number(row.count);
    nodes += Number(row.count);
  }
  for (const row of await db.read('admin/count-by-type')) {
    out[String(row.type)] = Number(row.count);
    relationships += Number(row.count);
  }
  // The totals count every node and relationship, labelled or not (an injected node would have no :Entity).
  const [totals] = await db.read('writes/totals');
  return {
    ...out,
    entities: nodes,
    typed: relationships,
    nodes: Number(totals?.nodes),
    relationships: Number(totals?.relationships),
  };
}

/** Asserts the one error body shape of server/plugins/errors.ts. */
export function isErrorBody(
  body: unknown,
): body is { statusCode: number; error: string; message: string; field?: string } {
  if (typeof body !== 'object' || body === null) return false;
  const { statusCode, error, message, field } = body as Record<string, unknown>;
  return (
    Number.isInteger(statusCode) &&
    typeof error === 'string' &&
    typeof message === 'string' &&
    message.length > 0 &&
    (field === undefined || typeof field === 'string')
  );
}
