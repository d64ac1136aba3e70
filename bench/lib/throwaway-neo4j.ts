/**
 * Throwaway Neo4j for benchmarks
 * ==============================
 *
 * A LocalNeo4j (server/db/local-neo4j) in a fresh temporary folder, sized like the main instance so figures
 * match what `npm start` gives, with the schema applied. `destroy()` stops it and deletes the folder; it also
 * runs on Ctrl-C, so an interrupted benchmark leaves no java process or gigabytes of store behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { LocalNeo4j, MAIN_MEMORY, type Memory } from '../../server/db/local-neo4j/instance.js';
import type { Neo4jSettings } from '../../server/config.js';

export interface ThrowawayNeo4j {
  neo4j: LocalNeo4j;
  settings: Neo4jSettings;
  /** The temporary folder: the Neo4j home is `<root>/neo4j`; callers may keep their own files beside it. */
  root: string;
  destroy: () => Promise<void>;
}

export interface ThrowawayOptions {
  memory?: Memory;
  log?: (line: string) => void;
  /** Prefix of the temporary folder's name. */
  name?: string;
}

/** Runs `cleanup` on SIGINT / SIGTERM until the returned function is called. */
export function cleanupOnInterrupt(cleanup: () => Promise<void>): () => void {
  const handler = (signal: NodeJS.Signals) => {
    void cleanup().finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

export async function startThrowawayNeo4j(options: ThrowawayOptions = {}): Promise<ThrowawayNeo4j> {
  const root = mkdtempSync(path.join(os.tmpdir(), `${options.name ?? 'coopgraph-bench'}-`));
  const neo4j = new LocalNeo4j({
    home: path.join(root, 'neo4j'),
    memory: options.memory ?? MAIN_MEMORY,
    log: options.log ?? (() => undefined),
  });
  let destroyed = false;
  let release = () => undefined as void;
  const destroy = async () => {
    if (destroyed) return;
    destroyed = true;
    release();
    await neo4j.destroy();
    rmSync(root, { recursive: true, force: true });
  };
  release = cleanupOnInterrupt(destroy);
  try {
    await neo4j.start({ timeoutMs: 180_000 });
    return { neo4j, settings: neo4j.credentials(), root, destroy };
  } catch (error) {
    await destroy();
    throw error;
  }
}
