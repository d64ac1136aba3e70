/**
 * npm test
 * ========
 *
 * The test lanes, named by what they need:
 *   test/unit     nothing: no database, no browser, no build (seconds)      npm run test:unit
 *   test/db       the real Neo4j                                           npm run test:db
 *   test/browser  the real Neo4j and Chromium, on the built explorer       npm run test:browser
 * `npm test` runs the type check, builds the explorer, runs the unit lane, then the db and browser lanes against
 * one throwaway Neo4j that this harness starts (own data folder, free port) and deletes afterwards. Files that
 * need the database run one at a time: they share it. The unit lane runs without the database's address, so a
 * unit test that reaches for it fails. Named files run alone, each in its lane:
 * `npm test -- test/db/loader.test.ts`, `npm run test:unit -- test/unit/config.test.ts`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { LocalNeo4j, TEST_MEMORY } from '../server/db/local-neo4j/instance.js';
import { PROJECT_ROOT } from '../server/project-root.js';

const LANES = ['unit', 'db', 'browser'] as const;
type Lane = (typeof LANES)[number];
const isLane = (value: string | undefined): value is Lane => (LANES as readonly string[]).includes(value ?? '');

const TEST_DIR = path.join(PROJECT_ROOT, 'test');

function testFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return testFiles(full);
      return entry.endsWith('.test.ts') ? [full] : [];
    })
    .sort();
}

/** The lane a file belongs to by its folder; a file outside the lanes is given the database, to be safe. */
function laneOf(file: string): Lane {
  const [top] = path.relative(TEST_DIR, path.resolve(PROJECT_ROOT, file)).split(path.sep);
  return isLane(top) ? top : 'db';
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env, cwd: PROJECT_ROOT });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const nodeTest = (files: string[], options: string[], env: NodeJS.ProcessEnv) =>
  run(process.execPath, ['--import', 'tsx', '--test', ...options, ...files], env);

/** The environment without the test Neo4j's address: what the unit lane gets. */
function withoutDatabase(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('COOPGRAPH_TEST_NEO4J_')) delete env[key];
  return env;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const lane = isLane(args[0]) ? (args.shift() as Lane) : undefined;
  const requested = args;
  // Every file under test/ (one outside the lanes runs with the database), in lane order: unit, db, browser.
  const found = requested.length > 0 ? requested : testFiles(lane ? path.join(TEST_DIR, lane) : TEST_DIR);
  const files = [...found].sort((a, b) => LANES.indexOf(laneOf(a)) - LANES.indexOf(laneOf(b)));
  const stray = lane ? files.filter((file) => laneOf(file) !== lane) : [];
  if (stray.length > 0) throw new Error(`coopgraph test: not in test/${lane}: ${stray.join(', ')}`);
  const unitFiles = files.filter((file) => laneOf(file) === 'unit');
  const neo4jFiles = files.filter((file) => laneOf(file) !== 'unit');

  // `npm test` and CI always run both checks; a lane runs only what it needs (the browser lane, the build).
  // COOPGRAPH_TEST_SKIP_CHECKS=1 skips them, for quick local iteration on a few files.
  const checks = process.env.COOPGRAPH_TEST_SKIP_CHECKS !== '1';
  if (checks && lane === undefined) {
    console.log('coopgraph test: type check');
    const typecheck = spawnSync('npm', ['run', 'typecheck'], { stdio: 'inherit', cwd: PROJECT_ROOT });
    if (typecheck.status !== 0) return typecheck.status ?? 1;
  }
  if (checks && (lane === undefined || lane === 'browser')) {
    console.log('coopgraph test: building the explorer');
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', cwd: PROJECT_ROOT });
    if (build.status !== 0) return build.status ?? 1;
  }

  let status = 0;
  if (unitFiles.length > 0) {
    console.log(`coopgraph test: ${unitFiles.length} unit test files, no database`);
    status = await nodeTest(unitFiles, [], withoutDatabase());
  }
  if (neo4jFiles.length === 0) return status;

  const home = path.join(os.tmpdir(), `coopgraph-test-neo4j-${process.pid}`);
  const neo4j = new LocalNeo4j({ home, memory: TEST_MEMORY, log: (line) => console.log(line) });
  const stop = () => void neo4j.destroy();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await neo4j.start({ timeoutMs: 180_000 });
    const { uri, username, password } = neo4j.credentials();
    const env = {
      ...process.env,
      COOPGRAPH_TEST_NEO4J_URI: uri,
      COOPGRAPH_TEST_NEO4J_USERNAME: username,
      COOPGRAPH_TEST_NEO4J_PASSWORD: password,
      COOPGRAPH_TEST_NEO4J_HOME: home,
    };
    console.log(`coopgraph test: ${neo4jFiles.length} test files against Neo4j at ${uri}`);
    const code = await nodeTest(neo4jFiles, ['--test-concurrency=1'], env);
    return status || code;
  } finally {
    await neo4j.destroy();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
