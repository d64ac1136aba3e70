/**
 * npm test
 * ========
 *
 * The type check, then every test file under test/ against a throwaway Neo4j that this harness starts (own
 * data folder, free port) and deletes afterwards. Files run one at a time: they share the database.
 * `npm test -- test/loader.test.ts` runs only the named files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { LocalNeo4j, TEST_MEMORY } from '../server/db/local-neo4j/instance.js';
import { PROJECT_ROOT } from '../server/project-root.js';

function testFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return testFiles(full);
      return entry.endsWith('.test.ts') ? [full] : [];
    })
    .sort();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env, cwd: PROJECT_ROOT });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const requested = process.argv.slice(2);
  // Only for quick local iteration on a few files; `npm test` and CI always run both checks.
  if (process.env.COOPGRAPH_TEST_SKIP_CHECKS !== '1') {
    console.log('coopgraph test: type check');
    const typecheck = spawnSync('npm', ['run', 'typecheck'], { stdio: 'inherit', cwd: PROJECT_ROOT });
    if (typecheck.status !== 0) return typecheck.status ?? 1;

    console.log('coopgraph test: building the explorer');
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', cwd: PROJECT_ROOT });
    if (build.status !== 0) return build.status ?? 1;
  }

  const home = path.join(os.tmpdir(), `coopgraph-test-neo4j-${process.pid}`);
  const neo4j = new LocalNeo4j({ home, memory: TEST_MEMORY, log: (line) => console.log(line) });
  const stop = () => void neo4j.destroy();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await neo4j.start({ timeoutMs: 180_000 });
    const { uri, username, password } = neo4j.credentials();
    const files = requested.length > 0 ? requested : testFiles(path.join(PROJECT_ROOT, 'test'));
    const env = {
      ...process.env,
      COOPGRAPH_TEST_NEO4J_URI: uri,
      COOPGRAPH_TEST_NEO4J_USERNAME: username,
      COOPGRAPH_TEST_NEO4J_PASSWORD: password,
      COOPGRAPH_TEST_NEO4J_HOME: home,
    };
    console.log(`coopgraph test: ${files.length} test files against Neo4j at ${uri}`);
    return await run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], env);
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
