/**
 * cypher/schema.cypher applied to the real database: idempotent, and the constraints it promises exist.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

import { statementsOf } from '../../server/db/cypher.js';
import { openTestDatabase } from '../helpers/context.js';

describe('schema', () => {
  const db = openTestDatabase();
  after(() => db.close());

  it('applies twice without error and creates every constraint and index in the file', async () => {
    const statements = statementsOf('schema.cypher');
    assert.equal(await db.applySchema(), statements.length);
    assert.equal(await db.applySchema(), statements.length);
    const session = db.session('READ');
    try {
      const constraints = (
        await session.run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names')
      ).records[0]!.get('names');
      const indexes = (await session.run('SHOW INDEXES YIELD name RETURN collect(name) AS names')).records[0]!.get(
        'names',
      );
      for (const statement of statements) {
        const name = /(?:CONSTRAINT|INDEX)\s+(\w+)/.exec(statement)?.[1];
        assert.ok(name, `no name in ${statement}`);
        assert.ok(constraints.includes(name) || indexes.includes(name), `${name} missing`);
      }
    } finally {
      await session.close();
    }
  });
});
