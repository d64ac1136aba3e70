/**
 * Cypher files
 * ============
 *
 * All Cypher lives in `cypher/` as .cypher files: `cypher/schema.cypher` (constraints and indexes) and one
 * statement per file under `cypher/queries/<group>/<name>.cypher`. They are read once, at first use, and named
 * by their path without the extension (`queries/health/components` -> "health/components").
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../project-root.js';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/** Drops `//` line comments so that statements can be split on `;`. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}

/** The statements of a multi-statement file, split on `;` at line ends. */
export function statementsOf(file: string): string[] {
  return stripComments(readFileSync(path.join(CYPHER_DIR, file), 'utf8'))
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/**
 * A Cypher text that came from cypher/: a named query, or one with an allowlisted label or type substituted
 * (`queryForType`). `Database.readText` and a transaction's `runText` take nothing else, so no text built from
 * request input can reach the database.
 */
declare const fromCypherDir: unique symbol;
export type CypherText = string & { readonly [fromCypherDir]: true };

let queries: Map<string, CypherText> | null = null;

function walk(dir: string, prefix: string, into: Map<string, CypherText>): void {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, `${prefix}${entry}/`, into);
    else if (entry.endsWith('.cypher')) {
      const text = stripComments(readFileSync(full, 'utf8')).trim() as CypherText;
      into.set(`${prefix}${entry.slice(0, -'.cypher'.length)}`, text);
    }
  }
}

/** The text of a named query; throws on an unknown name so a typo fails at first use, loudly. */
export function query(name: string): CypherText {
  if (!queries) {
    queries = new Map();
    walk(path.join(CYPHER_DIR, 'queries'), '', queries);
  }
  const text = queries.get(name);
  if (text === undefined) throw new Error(`coopgraph: no Cypher query named "${name}" in cypher/queries`);
  return text;
}

/**
 * A query whose `__TYPE__` placeholder takes a relationship type (or label) from an allowlist: Cypher cannot
 * take a type as a parameter where an index must be used. Anything not on the list is refused.
 */
export function queryForType(name: string, type: string, allowlist: readonly string[]): CypherText {
  if (!allowlist.includes(type)) throw new Error(`coopgraph: "${type}" is not an allowed type for ${name}`);
  return query(name).replaceAll('__TYPE__', type) as CypherText;
}
