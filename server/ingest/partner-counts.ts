/**
 * Stored cooperation degrees
 * ==========================
 *
 * `partners` on every institution and country (cypher/queries/degree/store-partners.cypher): the number of
 * COOPERATES_WITH edges at the node, which GET /api/network ranks by in Cypher (an indexed top-k) instead of
 * counting every node's edges and sorting in JavaScript. It depends only on which COOPERATES_WITH edges exist,
 * so it is recomputed at the end of every derivation (server/ingest/derive.ts `deriveCooperation`).
 * New nodes get 0 from the loader (cypher/queries/load/merge-nodes.cypher), which keeps existing counts.
 */
import type { Database } from '../db/database.js';

const TIMEOUT_MS = 60 * 60 * 1000;

/** Recomputes the stored degrees; returns how many changed. */
export async function storePartnerCounts(db: Database): Promise<number> {
  const [row] = await db.autoCommit('degree/store-partners', {}, TIMEOUT_MS);
  return Number(row?.changed ?? 0);
}

/** Stores the degrees if some node has none (a database loaded before they were stored); returns whether it did. */
export async function ensurePartnerCounts(db: Database): Promise<boolean> {
  const [row] = await db.read('degree/missing');
  if (row?.missing !== true) return false;
  await storePartnerCounts(db);
  return true;
}
