/**
 * The machine a benchmark ran on
 * ==============================
 *
 * Figures mean little without the hardware: cores, memory, CPU model (from /proc/cpuinfo where there is one),
 * load average at the start (the machine may be shared), Node and Neo4j versions.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';

import type { Database } from '../../server/db/database.js';

export interface Machine {
  cores: number;
  memoryGiB: number;
  cpu: string;
  loadAverage: number[];
  node: string;
  neo4j: string;
}

function cpuModel(): string {
  if (existsSync('/proc/cpuinfo')) {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1]) return match[1].trim();
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

/** Describes the machine; `db` (any open Database) supplies the Neo4j version and edition. */
export async function describeMachine(db?: Database): Promise<Machine> {
  const health = db ? await db.health() : null;
  return {
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    cpu: cpuModel(),
    loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
    node: process.version,
    neo4j: health?.connected ? `${health.version} ${health.edition}` : 'unknown',
  };
}

export function formatMachine(machine: Machine): string {
  return (
    `${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB RAM, load average ${machine.loadAverage.join(' / ')}, ` +
    `Node ${machine.node}, Neo4j ${machine.neo4j}`
  );
}
