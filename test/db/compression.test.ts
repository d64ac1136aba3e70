/**
 * Large JSON answers are gzip-compressed for clients that accept it, and decompress to the same body.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';

import { testApp } from '../helpers/app.js';

describe('response compression', () => {
  const app = testApp();

  for (const url of ['/api/network', '/api/export?format=json']) {
    it(`${url}: gzip when accepted, identical content, several times smaller`, async () => {
      const plain = await app.inject({ method: 'GET', url });
      assert.equal(plain.statusCode, 200);
      assert.equal(plain.headers['content-encoding'], undefined);
      const zipped = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br' } });
      assert.equal(zipped.statusCode, 200);
      assert.equal(zipped.headers['content-encoding'], 'gzip');
      const unzipped = gunzipSync(zipped.rawPayload).toString('utf8');
      assert.deepEqual(JSON.parse(unzipped), JSON.parse(plain.body));
      assert.ok(
        zipped.rawPayload.length * 3 < plain.rawPayload.length,
        `${zipped.rawPayload.length} vs ${plain.rawPayload.length}`,
      );
    });
  }
});
