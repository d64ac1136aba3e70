/**
 * Local Neo4j: command line (npm run db:start | db:stop | db:status)
 * ==================================================================
 */
import '../server/env-file.js'; // first: the .env file's variables, before any module reads process.env
import { LocalNeo4j } from '../server/db/local-neo4j/instance.js';
import { neo4jVersion, provision } from '../server/db/local-neo4j/provision.js';

async function main(command: string | undefined): Promise<void> {
  if (process.env.NEO4J_URI) {
    console.log(`coopgraph: NEO4J_URI is set (${process.env.NEO4J_URI}); the local server is not used.`);
  }
  const instance = new LocalNeo4j();
  switch (command) {
    case 'provision':
      await provision();
      return;
    case 'start': {
      const started = await instance.start();
      const { uri } = instance.credentials();
      console.log(started ? `coopgraph: Neo4j is up at ${uri}` : `coopgraph: Neo4j was already running at ${uri}`);
      return;
    }
    case 'stop':
      console.log((await instance.stop()) ? 'coopgraph: Neo4j stopped' : 'coopgraph: Neo4j was not running');
      return;
    case 'status': {
      const pid = instance.pid();
      if (pid === null) {
        console.log(`coopgraph: local Neo4j ${neo4jVersion()} is not running (home ${instance.home})`);
        process.exitCode = 3;
      } else {
        console.log(`coopgraph: local Neo4j ${neo4jVersion()} is running, pid ${pid}, ${instance.credentials().uri}`);
      }
      return;
    }
    default:
      console.error(
        'usage: npm run db:start|db:stop|db:status|db:provision (scripts/db.ts) provision|start|stop|status',
      );
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
