/**
 * npm run extract -- <file-or-folder> [--owner "<page owner>"] [--out <file>] [--load] [--no-graph]
 * ================================================================================================
 *
 * Proposes the facts of each text (plain text, Markdown or HTML) in the loader's JSON format, without touching
 * the graph: to stdout, or to --out. With a database (NEO4J_URI, or the local Neo4j when it is running) the
 * graph's names and aliases are read first, so known institutions are recognised and resolved; without one
 * it still works. --load validates and loads the proposals through the loader, for bulk use (this needs the
 * database and starts the local one if necessary). --no-graph skips the database even when one is there.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { loadConfig } from '../config.js';
import { Database } from '../db/database.js';
import { LocalNeo4j } from '../db/local-neo4j/instance.js';
import { resolveNeo4j, type Neo4jTarget } from '../db/target.js';
import { readKnownEntities } from '../ingest/extract/known.js';
import { toLoaderJson } from '../ingest/extract/output.js';
import { Gazetteer, extractDocument, type Extraction } from '../ingest/extract/pipeline.js';
import { NotTextError, formatOf, toPlainText } from '../ingest/extract/source.js';
import { loadDataset } from '../ingest/load.js';
import { parseJsonDataset } from '../ingest/read.js';

const TEXT_FILES = /\.(txt|text|md|markdown|html?)$/i;

function inputFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target)
    .filter((file) => TEXT_FILES.test(file))
    .sort()
    .map((file) => path.join(target, file));
}

/** The database to read names from: NEO4J_URI, or the local Neo4j if it is running (or if --load needs it). */
async function database(needed: boolean, skip: boolean): Promise<{ db: Database; target: Neo4jTarget } | null> {
  if (skip && !needed) return null;
  const config = loadConfig();
  if (!config.neo4j && !needed && new LocalNeo4j({ log: () => undefined }).pid() === null) return null;
  const target = await resolveNeo4j(config.neo4j, (line) => console.error(line));
  return { db: new Database(target.settings, { queryTimeoutMs: 600_000 }), target };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      owner: { type: 'string' },
      out: { type: 'string' },
      load: { type: 'boolean', default: false },
      'no-graph': { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) {
    console.error(
      'usage: npm run extract -- <file-or-folder> [--owner "<page owner>"] [--out <file>] [--load] [--no-graph]',
    );
    return 2;
  }
  const files = inputFiles(path.resolve(positionals[0]!));
  if (files.length === 0) {
    console.error(`${positionals[0]}: holds no .txt, .md or .html file`);
    return 1;
  }
  const connection = await database(values.load, values['no-graph']);
  try {
    const known = connection && !values['no-graph'] ? await readKnownEntities(connection.db) : [];
    const gazetteer = new Gazetteer(known);
    const extractions: Extraction[] = [];
    for (const file of files) {
      const content = readFileSync(file, 'utf8');
      let text: string;
      try {
        text = toPlainText(content, formatOf(file, content));
      } catch (error) {
        if (error instanceof NotTextError) {
          console.error(`${file}: ${error.message}; skipped`);
          continue;
        }
        throw error;
      }
      const extraction = await extractDocument(
        { text, file: path.basename(file), ...(values.owner ? { owner: values.owner } : {}) },
        { gazetteer },
      );
      extractions.push(extraction);
      const owner = extraction.owner
        ? `${extraction.owner.name}${extraction.owner.guessed ? ' (guessed)' : ''}`
        : 'none';
      console.error(
        `${file}: ${extraction.entities.length} entities, ${extraction.relations.length} relations; owner ${owner}`,
      );
    }
    const output = toLoaderJson(extractions);
    const json = JSON.stringify(output, null, 2) + '\n';
    if (values.out) writeFileSync(values.out, json);
    else if (!values.load) process.stdout.write(json);
    console.error(
      `${output.nodes.length} nodes and ${output.relationships.length} relationships proposed (${known.length} graph names used)`,
    );
    if (values.load && connection) {
      const { dataset, errors: readErrors } = parseJsonDataset(json, values.out ?? 'extraction');
      await connection.db.applySchema();
      const result = await loadDataset(connection.db, dataset, { readErrors });
      if (result.errors.length > 0) {
        for (const error of result.errors) console.error(error.toString());
        console.error(`\n${result.errors.length} problem(s); nothing was written.`);
        return 1;
      }
      const { nodes, relationships } = result.summary!;
      console.error(
        `loaded: nodes ${nodes.created} created, ${nodes.updated} updated; relationships ${relationships.created} created, ${relationships.updated} updated`,
      );
    }
    return 0;
  } finally {
    await connection?.db.close();
    if (connection?.target.startedHere) await connection.target.local?.stop();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
