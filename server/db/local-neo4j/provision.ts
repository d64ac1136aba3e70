/**
 * Local Neo4j: provisioning
 * =========================
 *
 * Installs Neo4j Community 5.26 into the git-ignored `.neo4j/lib` folder through Maven Central (the only route
 * to Neo4j on machines without vendor downloads). The jar set is keyed by a hash of pom.xml, so bumping the
 * version re-provisions and a finished install is never redone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../../project-root.js';

export const NEO4J_DIR = process.env.COOPGRAPH_NEO4J_DIR ?? path.join(PROJECT_ROOT, '.neo4j');
const POM = path.join(PROJECT_ROOT, 'server', 'db', 'local-neo4j', 'pom.xml');

export class ProvisionError extends Error {
  override name = 'ProvisionError';
}

/** The paragraph shown when the machine cannot run a local Neo4j. */
const MISSING_TOOLS = (what: string) =>
  `coopgraph: ${what}. Without NEO4J_URI, coopgraph provisions a local Neo4j Community 5.26 server, which needs ` +
  `Java 17 or newer ("java" on PATH) and Apache Maven ("mvn" on PATH) to fetch it from Maven Central. Install ` +
  `them (on Debian: apt-get install openjdk-17-jre-headless maven), or point coopgraph at an existing Neo4j 5 ` +
  `server by setting NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD (and NEO4J_DATABASE if it is not "neo4j").`;

/** Java's major version, or null when java is not on PATH. */
export function javaMajorVersion(): number | null {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

export function checkJavaAndMaven(): void {
  const java = javaMajorVersion();
  if (java === null) throw new ProvisionError(MISSING_TOOLS('Java was not found'));
  if (java < 17) throw new ProvisionError(MISSING_TOOLS(`Java ${java} was found, Neo4j 5.26 needs Java 17+`));
  if (!existsSync(libDir())) {
    const mvn = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
    if (mvn.error || mvn.status !== 0) throw new ProvisionError(MISSING_TOOLS('Maven was not found'));
  }
}

function pomHash(): string {
  return createHash('sha256').update(readFileSync(POM)).digest('hex').slice(0, 12);
}

/** Folder holding the jars for the current pom.xml. */
export function libDir(): string {
  return path.join(NEO4J_DIR, `lib-${pomHash()}`);
}

export function neo4jVersion(): string {
  return /<neo4j.version>([^<]+)</.exec(readFileSync(POM, 'utf8'))?.[1] ?? 'unknown';
}

/** Ensures the jars are present; downloads them on first use. Returns the lib folder. */
export async function provision(log: (line: string) => void = console.log): Promise<string> {
  checkJavaAndMaven();
  const target = libDir();
  if (existsSync(path.join(target, '.complete'))) return target;

  mkdirSync(NEO4J_DIR, { recursive: true });
  const staging = `${target}.partial`;
  rmSync(staging, { recursive: true, force: true });
  log(`coopgraph: provisioning Neo4j Community ${neo4jVersion()} from Maven Central into ${target}`);
  log('coopgraph: this happens once and may take a few minutes on a cold Maven cache...');
  await runMaven(['-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`], log);

  const jars = readdirSync(staging).filter((file) => file.endsWith('.jar'));
  if (!jars.some((jar) => jar.startsWith(`neo4j-${neo4jVersion()}`))) {
    throw new ProvisionError(`coopgraph: Maven finished but ${staging} holds no neo4j-${neo4jVersion()}.jar`);
  }
  writeFileSync(path.join(staging, '.complete'), `${jars.length} jars\n`);
  renameSync(staging, target);
  log(`coopgraph: Neo4j provisioned (${jars.length} jars)`);
  return target;
}

function runMaven(args: string[], log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let downloaded = 0;
    const tail: string[] = [];
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 20) tail.shift();
        if (line.includes('Downloaded from')) {
          downloaded += 1;
          if (downloaded % 25 === 0) log(`coopgraph: ... ${downloaded} files downloaded`);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => reject(new ProvisionError(`coopgraph: could not run Maven: ${error.message}`)));
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new ProvisionError(`coopgraph: Maven failed (exit ${code}). Last lines:\n${tail.join('\n')}`));
    });
  });
}
