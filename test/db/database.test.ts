/**
 * The database facade: an allowlisted text read (`readText`), several statements in one write transaction
 * (`writeTransaction`: all or nothing), and one bookmark manager shared by every session, so that a read after
 * a write in another session (the analytics snapshot's included) asks for the write's bookmark: on a cluster it
 * is then served by a member that has the write. Against the real Neo4j of `npm test`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { NODE_LABELS } from '../../core/model.js';
import { readSnapshotRows } from '../../server/analytics/snapshot.js';
import { queryForType } from '../../server/db/cypher.js';
import { type Database, int } from '../../server/db/database.js';
import { allNodes, wholeGraph } from '../../server/export/source.js';
import { loadSeed, openTestDatabase } from '../helpers/context.js';

const db = openTestDatabase();
before(() => loadSeed(db));
after(() => db.close());

const field = (id: string) => ({ id, label: 'Field', props: { id, name: id } });
const exists = async (id: string) => (await db.read('writes/find-node', { id, code: null })).length === 1;

/** Compiled by tsc (npm test runs it), never called: a plain string is not a text from cypher/. */
export function onlyAllowlistedTexts(database: Database): void {
  // @ts-expect-error a string built at run time cannot be run as Cypher
  void database.readText('MATCH (n) DETACH DELETE n');
}

describe('Database.readText', () => {
  it('runs a query text with an allowlisted label substituted', async () => {
    const text = queryForType('export/nodes', 'Country', NODE_LABELS);
    const rows = await db.readText(text, { after: '', limit: int(3), withMentions: false });
    assert.equal(rows.length, 3);
    const countries = rows.every((row) => typeof row.id === 'string' && String(row.id).startsWith('country-'));
    assert.ok(countries, JSON.stringify(rows));
  });

  it('serves the export source, which opens no session of its own', async () => {
    let pages = 0;
    for await (const page of allNodes(wholeGraph(db))) pages += page.length > 0 ? 1 : 0;
    assert.ok(pages > 0);
  });
});

describe('Database.writeTransaction', () => {
  it('commits every statement together and returns what the work returns', async () => {
    const result = await db.writeTransaction(async (tx) => {
      const [first] = await tx.run('load/merge-nodes', { rows: [field('tx-field-one')], createOnly: false });
      const text = queryForType('export/nodes', 'Field', NODE_LABELS);
      const seen = await tx.runText(text, { after: 'tx-field-', limit: int(10), withMentions: false });
      await tx.run('load/merge-nodes', { rows: [field('tx-field-two')], createOnly: false });
      const ours = seen.map((row) => String(row.id)).filter((id) => id.startsWith('tx-field-'));
      return { created: first?.created, seen: ours };
    });
    assert.deepEqual(result, { created: 1, seen: ['tx-field-one'] });
    assert.ok(await exists('tx-field-one'));
    assert.ok(await exists('tx-field-two'));
  });

  it('rolls back every statement when the work fails', async () => {
    await assert.rejects(
      db.writeTransaction(async (tx) => {
        await tx.run('load/merge-nodes', { rows: [field('tx-field-three')], createOnly: false });
        await tx.run('load/merge-nodes', { rows: [field('tx-field-four')], createOnly: false });
        throw new Error('the third statement found a problem');
      }),
      /third statement/,
    );
    assert.equal(await exists('tx-field-three'), false);
    assert.equal(await exists('tx-field-four'), false);
  });
});

describe('one bookmark manager for every session', () => {
  it('holds the bookmark of each write, and every read asks it for the bookmarks to wait for', async () => {
    const manager = db.bookmarks;
    const original = manager.getBookmarks.bind(manager);
    let asked = 0;
    manager.getBookmarks = async () => {
      asked += 1;
      return original();
    };
    try {
      const before = [...(await original())];
      await db.write('analytics/bump-data-version', { touched: null, keep: int(200) });
      const afterWrite = [...(await original())];
      assert.ok(afterWrite.length > 0, 'no bookmark after a write');
      assert.notDeepEqual(afterWrite, before);

      const fieldsText = queryForType('export/nodes', 'Field', NODE_LABELS);
      const reads: Array<[string, () => Promise<unknown>]> = [
        ['a named read', () => db.read('analytics/data-version')],
        ['an allowlisted text', () => db.readText(fieldsText, { after: '', limit: int(1), withMentions: false })],
        ['the analytics snapshot', () => readSnapshotRows(db)],
        [
          'a write transaction',
          () => db.writeTransaction((tx) => tx.run('analytics/bump-data-version', { touched: null, keep: int(200) })),
        ],
      ];
      for (const [what, read] of reads) {
        const count = asked;
        await read();
        assert.ok(asked > count, `${what} did not use the shared bookmark manager`);
      }
    } finally {
      manager.getBookmarks = original;
    }
  });
});
