/**
 * GET /api/export against the seed: JSON and CSV round-trip through the loader into an emptied database with
 * the same counts by label and relationship type; GraphML and GEXF are well-formed XML with declared attributes
 * and the right numbers of nodes and edges (GEXF read back by graphology-gexf, the reader gephi-lite uses);
 * filters select what GET /api/network selects and still load on their own.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';

import { buildApp } from '../../../server/app.js';
import { loadConfig } from '../../../server/config.js';
import { Database } from '../../../server/db/database.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../../core/model.js';
import { loadPath } from '../../../server/ingest/load.js';
import { nodeColumns, relationshipColumns } from '../../../server/export/csv.js';
import { testApp } from '../../helpers/app.js';
import { TEST_DEFAULTS, loadSeed, resetDatabase } from '../../helpers/context.js';
import { graphCounts, isErrorBody } from '../../helpers/api.js';

interface ExportJson {
  nodes: ({ id: string; type: string } & Record<string, unknown>)[];
  relationships: ({ id: string; type: string; source: string; target: string } & Record<string, unknown>)[];
}

let seedCounts: Record<string, number>;
const { db, inject } = testApp({
  afterLoad: async (loaded) => {
    seedCounts = await graphCounts(loaded);
  },
});
const temp = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-export-'));
after(() => rmSync(temp, { recursive: true, force: true }));

const exportOf = (query: string) => inject({ method: 'GET', url: `/api/export${query}` });

/** Records sorted by id, so two exports compare whatever order the pages came in. */
const sorted = (data: ExportJson) => ({
  nodes: [...data.nodes].sort((a, b) => a.id.localeCompare(b.id)),
  relationships: [...data.relationships].sort((a, b) => a.id.localeCompare(b.id)),
});

/** A strict XML parse: any error or warning fails the test. */
function parseXml(text: string) {
  const fail = (message: string) => {
    throw new Error(`not well-formed XML: ${message}`);
  };
  return new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(
    text,
    'application/xml',
  );
}

describe('format=json', () => {
  let first: ExportJson;

  it('is the whole graph in the loader format, as an attachment', async () => {
    const response = await exportOf('');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    assert.match(
      String(response.headers['content-disposition']),
      /^attachment; filename="coopgraph-graph-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    first = response.json();
    assert.equal(first.nodes.length, seedCounts.entities);
    assert.equal(first.relationships.length, seedCounts.typed);
    for (const label of NODE_LABELS)
      assert.equal(first.nodes.filter((n) => n.type === label).length, seedCounts[label] ?? 0, label);
    for (const type of RELATIONSHIP_TYPES) {
      assert.equal(first.relationships.filter((r) => r.type === type).length, seedCounts[type] ?? 0, type);
    }
    const ocean = first.nodes.find((node) => node.id === 'ocean-university-of-china');
    assert.deepEqual(Object.keys(ocean ?? {}).slice(0, 4), ['id', 'type', 'name', 'aliases']);
    // Provenance: MENTIONED_IN with evidence lists; relationships with parallel documents / evidence.
    const mention = first.relationships.find(
      (r) => r.type === 'MENTIONED_IN' && r.source === 'ocean-university-of-china',
    );
    assert.ok(Array.isArray(mention?.evidence) && (mention.evidence as string[]).length > 0);
    const partyTo = first.relationships.find((r) => r.type === 'PARTY_TO' && Array.isArray(r.documents));
    assert.equal((partyTo?.documents as string[]).length, (partyTo?.evidence as string[]).length);
    // Derived cooperation says stated: false, the input's own says stated: true; no bookkeeping leaks.
    const cooperation = first.relationships.filter((r) => r.type === 'COOPERATES_WITH');
    assert.ok(cooperation.some((r) => r.stated === false && Array.isArray(r.agreementIds)));
    assert.ok(cooperation.some((r) => r.stated === true));
    assert.ok(first.relationships.every((r) => !('derivation' in r) && !('_created' in r)));
    assert.ok(first.relationships.every((r) => r.id === `${r.source}|${r.type}|${r.target}`));
  });

  it('round-trips: loaded into an emptied database, the same counts and the same export', async () => {
    const file = path.join(temp, 'export.json');
    writeFileSync(file, JSON.stringify(first));
    await resetDatabase(db);
    const loaded = await loadPath(db, file);
    assert.deepEqual(loaded.errors.map(String), []);
    assert.deepEqual(await graphCounts(db), seedCounts);
    const again = sorted((await exportOf('?format=json')).json() as ExportJson);
    const expected = sorted(first);
    assert.deepEqual(
      again.nodes.map((n) => n.id),
      expected.nodes.map((n) => n.id),
    );
    assert.deepEqual(
      again.relationships.map((r) => r.id),
      expected.relationships.map((r) => r.id),
    );
    again.nodes.forEach((node, index) => assert.deepEqual(node, expected.nodes[index], node.id));
    again.relationships.forEach((relationship, index) =>
      assert.deepEqual(relationship, expected.relationships[index], relationship.id),
    );
  });
});

describe('format=csv', () => {
  before(() => loadSeed(db));

  it('is a zip of the loader CSV files that loads into an emptied database with the same counts', async () => {
    const response = await exportOf('?format=csv');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/zip');
    assert.match(String(response.headers['content-disposition']), /filename="coopgraph-graph-[\d-]+\.zip"/);
    const files = unzipSync(new Uint8Array(response.rawPayload));
    const names = Object.keys(files).sort();
    // One file per label and per relationship type that has rows; mentions are on the node rows.
    assert.ok(names.includes('Institution.csv') && names.includes('PARTY_TO.csv'), names.join(', '));
    assert.ok(!names.includes('MENTIONED_IN.csv'));
    const decoder = new TextDecoder();
    for (const name of names) {
      const header = decoder.decode(files[name]).split('\n')[0];
      const base = name.replace(/\.csv$/, '');
      const columns = (NODE_LABELS as readonly string[]).includes(base)
        ? nodeColumns(base as (typeof NODE_LABELS)[number])
        : relationshipColumns(base as (typeof RELATIONSHIP_TYPES)[number]);
      assert.equal(header, columns.join(','), name);
    }
    // Derived cooperation is left to the loader: only the stated edges are in the file.
    const cooperation = decoder.decode(files['COOPERATES_WITH.csv']).trim().split('\n').length - 1;
    assert.ok(cooperation > 0 && cooperation < seedCounts.COOPERATES_WITH!);

    const folder = path.join(temp, 'csv');
    mkdirSync(folder, { recursive: true });
    for (const name of names) writeFileSync(path.join(folder, name), files[name]!);
    await resetDatabase(db);
    const loaded = await loadPath(db, folder);
    assert.deepEqual(loaded.errors.map(String), []);
    assert.deepEqual(await graphCounts(db), seedCounts);
  });
});

describe('format=graphml and format=gexf', () => {
  before(() => loadSeed(db));

  it('GraphML: well-formed, every key declared with an attr.type, one node and one edge per record', async () => {
    const response = await exportOf('?format=graphml');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/graphml\+xml/);
    assert.match(String(response.headers['content-disposition']), /filename="coopgraph-graph-[\d-]+\.graphml"/);
    const document = parseXml(response.body);
    const root = document.documentElement;
    assert.equal(root.tagName, 'graphml');
    assert.equal(root.getAttribute('xmlns'), 'http://graphml.graphdrawing.org/xmlns');
    const keys = new Map<string, string>();
    for (const key of Array.from(document.getElementsByTagName('key'))) {
      assert.match(String(key.getAttribute('attr.type')), /^(boolean|int|long|float|double|string)$/);
      keys.set(String(key.getAttribute('id')), String(key.getAttribute('for')));
    }
    const nodes = Array.from(document.getElementsByTagName('node'));
    const edges = Array.from(document.getElementsByTagName('edge'));
    assert.equal(nodes.length, seedCounts.entities);
    assert.equal(edges.length, seedCounts.typed);
    const ids = new Set(nodes.map((node) => node.getAttribute('id')));
    for (const edge of edges) assert.ok(ids.has(edge.getAttribute('source')) && ids.has(edge.getAttribute('target')));
    for (const data of Array.from(document.getElementsByTagName('data'))) {
      const owner = (data.parentNode as Element).tagName;
      assert.equal(
        keys.get(String(data.getAttribute('key'))),
        owner,
        `key ${data.getAttribute('key')} declared for ${owner}`,
      );
    }
    const ocean = nodes.find((node) => node.getAttribute('id') === 'ocean-university-of-china')!;
    const value = (key: string) =>
      Array.from(ocean.getElementsByTagName('data')).find((d) => d.getAttribute('key') === key)?.textContent;
    assert.equal(value('label'), 'Ocean University of China');
    assert.equal(value('n_type'), 'Institution');
    assert.match(String(value('n_aliases')), /Ocean University/);
  });

  it('GEXF 1.3: well-formed, attributes declared, read back by graphology-gexf with every node and edge', async () => {
    const response = await exportOf('?format=gexf');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/gexf\+xml/);
    assert.match(String(response.headers['content-disposition']), /filename="coopgraph-graph-[\d-]+\.gexf"/);
    const document = parseXml(response.body);
    assert.equal(document.documentElement.getAttribute('version'), '1.3');
    assert.equal(document.documentElement.getAttribute('xmlns'), 'http://gexf.net/1.3');
    // Strict reading: an undeclared attribute or an edge to a missing node would throw.
    const graph = parseGexf(MultiGraph, response.body);
    assert.equal(graph.order, seedCounts.entities);
    assert.equal(graph.size, seedCounts.typed);
    const ocean = graph.getNodeAttributes('ocean-university-of-china');
    assert.equal(ocean.label, 'Ocean University of China');
    assert.equal(ocean.type, 'Institution');
    assert.ok(String(ocean.aliases).split('|').includes('Ocean University'));
    const cooperation = graph.filterEdges((_edge, attributes) => attributes.relationship === 'COOPERATES_WITH');
    assert.equal(cooperation.length, seedCounts.COOPERATES_WITH);
    assert.ok(cooperation.every((edge) => graph.getEdgeAttribute(edge, 'kind') === 'COOPERATES_WITH'));
  });
});

describe('filters', () => {
  before(() => loadSeed(db));

  it('export what GET /api/network selects, with the documents they cite, and load on their own', async () => {
    const query = 'types=Institution,Country,Agreement&countries=CN,GB';
    const network = (await inject({ method: 'GET', url: `/api/network?${query}&limit=200000` })).json();
    const response = await exportOf(`?format=json&${query}`);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-disposition']), /filename="coopgraph-selection-/);
    const data = response.json() as ExportJson;
    const exported = new Set(data.nodes.filter((node) => node.type !== 'Document').map((node) => node.id));
    assert.deepEqual([...exported].sort(), network.nodes.map((node: { id: string }) => node.id).sort());
    assert.ok(data.nodes.length < seedCounts.entities!);
    // Every drawn edge of the network is there, and nothing points outside the export.
    const keys = new Set(data.relationships.map((r) => `${r.source}|${r.type}|${r.target}`));
    for (const edge of network.edges as { source: string; type: string; target: string }[]) {
      assert.ok(keys.has(`${edge.source}|${edge.type}|${edge.target}`), `${edge.source} ${edge.type} ${edge.target}`);
    }
    const ids = new Set(data.nodes.map((node) => node.id));
    for (const relationship of data.relationships)
      assert.ok(ids.has(relationship.source) && ids.has(relationship.target));

    const file = path.join(temp, 'selection.json');
    writeFileSync(file, JSON.stringify(data));
    await resetDatabase(db);
    const loaded = await loadPath(db, file);
    assert.deepEqual(loaded.errors.map(String), []);
    await loadSeed(db);
  });

  it('an agreement filter keeps the cooperation edges of matching agreements only', async () => {
    const network = (await inject({ method: 'GET', url: '/api/network?kinds=joint-lab&limit=200000' })).json();
    const data = (await exportOf('?kinds=joint-lab')).json() as ExportJson;
    const exported = data.relationships
      .filter((r) => r.type === 'COOPERATES_WITH')
      .map((r) => r.id)
      .sort();
    const drawn = (network.edges as { id: string; type: string }[])
      .filter((e) => e.type === 'COOPERATES_WITH')
      .map((e) => e.id)
      .sort();
    assert.deepEqual(exported, drawn);
    assert.ok(exported.length > 0 && exported.length < seedCounts.COOPERATES_WITH!);
  });

  it('answers 400 naming the parameter for bad formats and filters', async () => {
    for (const [query, field] of [
      ['?format=pdf', 'format'],
      ['?types=Institution,Spaceship', 'types'],
      ['?countries=Germany', 'countries'],
      ['?kinds=everything', 'kinds'],
      ['?yearFrom=2020&yearTo=2010', 'yearTo'],
      ['?yearFrom=-5', 'yearFrom'],
    ] as const) {
      const response = await exportOf(query);
      assert.equal(response.statusCode, 400, query);
      assert.ok(isErrorBody(response.json()));
      assert.equal(response.json().field, field, query);
    }
  });
});

describe('a database that is down', () => {
  it('answers 503 in the error body, not a 200 cut short', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', ...TEST_DEFAULTS });
    const down = await buildApp({ config, db: new Database(config.neo4j!), logger: false });
    try {
      // JSON writes its opening bracket before it reads anything: the start of the file is read before answering.
      const response = await down.inject({ method: 'GET', url: '/api/export?format=json' });
      assert.equal(response.statusCode, 503);
      assert.ok(isErrorBody(response.json()));
    } finally {
      await down.close();
    }
  });
});
