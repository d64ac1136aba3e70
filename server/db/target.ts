/**
 * Which Neo4j to use
 * ==================
 *
 * NEO4J_URI set: that server (Docker, Aura `neo4j+s://`, a cluster `neo4j://`), nothing provisioned.
 * Otherwise: the project's local Neo4j, provisioned and started on first use. `startedHere` tells the caller
 * whether it should stop the server again when it exits.
 */
import { LocalNeo4j } from './local-neo4j/instance.js';
import type { Neo4jSettings } from '../config.js';

export interface Neo4jTarget {
  settings: Neo4jSettings;
  local: LocalNeo4j | null;
  startedHere: boolean;
}

export async function resolveNeo4j(
  configured: Neo4jSettings | null,
  log: (line: string) => void,
): Promise<Neo4jTarget> {
  if (configured) return { settings: configured, local: null, startedHere: false };
  const local = new LocalNeo4j({ log });
  const startedHere = await local.start();
  return { settings: local.credentials(), local, startedHere };
}
