/**
 * The versioned response cache of GET /api/network (server/routes/versioned-cache.ts): one computation per
 * version and key (concurrent requests share it), a new version drops the old entries, a failure is not kept,
 * the byte budget evicts the least recently used; ETags differ by version and key; If-None-Match and
 * Accept-Encoding are read as HTTP says.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';

import {
  VersionedCache,
  acceptsGzip,
  etagOf,
  matchesEtag,
  representation,
} from '../../server/routes/versioned-cache.js';

const entry = (text: string) => representation('text/plain', Buffer.from(text));

describe('versioned response cache', () => {
  it('computes once per version and key, shared by concurrent requests', async () => {
    const cache = new VersionedCache();
    let builds = 0;
    const build = () => {
      builds += 1;
      return entry('answer');
    };
    const [a, b] = await Promise.all([cache.get('v1', 'k', build), cache.get('v1', 'k', build)]);
    assert.equal(builds, 1);
    assert.equal(a, b);
    await cache.get('v1', 'k', build);
    assert.equal(builds, 1);
    await cache.get('v1', 'other', build);
    assert.equal(builds, 2);
    await cache.get('v2', 'k', build);
    assert.equal(builds, 3, 'a new data version computes again');
    assert.equal(cache.size, 1, 'and drops the entries of the old one');
  });

  it('does not keep a failed computation', async () => {
    const cache = new VersionedCache();
    await assert.rejects(cache.get('v1', 'k', () => Promise.reject(new Error('database down'))));
    const found = await cache.get('v1', 'k', () => entry('now'));
    assert.equal(found.body.toString(), 'now');
  });

  it('evicts the least recently used entries beyond its byte budget', async () => {
    const cache = new VersionedCache(250);
    let builds = 0;
    const build = () => {
      builds += 1;
      return entry('x'.repeat(100));
    };
    await cache.get('v', 'a', build);
    await cache.get('v', 'b', build);
    await cache.get('v', 'a', build); // a is now the most recently used
    await cache.get('v', 'c', build); // over budget: b goes
    assert.equal(builds, 3);
    await cache.get('v', 'a', build);
    assert.equal(builds, 3, 'a stayed');
    await cache.get('v', 'b', build);
    assert.equal(builds, 4, 'b was evicted');
  });

  it('gzips bodies over 1 KiB once', async () => {
    const small = await entry('tiny');
    assert.equal(small.gzipped, null);
    const large = await entry('coopgraph '.repeat(500));
    assert.equal(gunzipSync(large.gzipped!).toString(), 'coopgraph '.repeat(500));
  });
});

describe('ETags and request headers', () => {
  it('names the version and the key in a weak ETag', () => {
    const etag = etagOf('v1', 'json {}');
    assert.match(etag, /^W\/"[A-Za-z0-9_-]{27}"$/);
    assert.equal(etagOf('v1', 'json {}'), etag);
    assert.notEqual(etagOf('v2', 'json {}'), etag);
    assert.notEqual(etagOf('v1', 'arrow {}'), etag);
  });

  it('matches If-None-Match lists, weak or strong, and *', () => {
    const etag = etagOf('v1', 'k');
    assert.ok(matchesEtag(etag, etag));
    assert.ok(matchesEtag(`"other", ${etag}`, etag));
    assert.ok(matchesEtag(etag.slice(2), etag), 'weak comparison');
    assert.ok(matchesEtag('*', etag));
    assert.ok(!matchesEtag(undefined, etag));
    assert.ok(!matchesEtag(etagOf('v0', 'k'), etag));
  });

  it('reads gzip in Accept-Encoding unless refused', () => {
    assert.ok(acceptsGzip('gzip, deflate, br'));
    assert.ok(acceptsGzip('br;q=1.0, gzip;q=0.8'));
    assert.ok(acceptsGzip('*'));
    assert.ok(!acceptsGzip('gzip;q=0'));
    assert.ok(!acceptsGzip('br'));
    assert.ok(!acceptsGzip(undefined));
  });
});
