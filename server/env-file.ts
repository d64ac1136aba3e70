/**
 * The .env file
 * =============
 *
 * `.env` in the project root (or the file COOPGRAPH_ENV_FILE names) holds the same variables as the environment
 * (`.env.example` lists them). Importing this module copies the file's variables into `process.env`, without
 * replacing any variable the environment already sets: the environment wins. It is imported first by every entry
 * point (server/main.ts, server/cli/load.ts, scripts/db.ts), so modules that read `process.env` when they load see
 * the file too. The values are then validated by server/config.ts like any other, with errors naming the variable.
 * Parsing is Node's own (`util.parseEnv`, the parser of `node --env-file`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';

import { PROJECT_ROOT } from './project-root.js';

type Env = Record<string, string | undefined>;

/** The variables of an env file that `env` does not set already; a missing file adds nothing. */
export function envFileVariables(file: string, env: Env): Record<string, string> {
  if (!existsSync(file)) return {};
  const parsed = parseEnv(readFileSync(file, 'utf8'));
  const added: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (value !== undefined && env[name] === undefined) added[name] = value;
  }
  return added;
}

/** Copies the env file's variables into `env` (process.env by default); returns the file and what it added. */
export function applyEnvFile(env: Env = process.env): { file: string; added: string[] } {
  const file = path.resolve(PROJECT_ROOT, env.COOPGRAPH_ENV_FILE || '.env');
  const added = envFileVariables(file, env);
  Object.assign(env, added);
  return { file, added: Object.keys(added) };
}

applyEnvFile();
