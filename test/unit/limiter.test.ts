/**
 * The concurrency limiter of admission control: k at a time, a queue served in order, "busy" beyond it or after
 * waiting too long, and slots given back exactly once.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { Limiter } from '../../server/admission/limiter.js';
import { UnavailableError } from '../../server/unavailable.js';

const isBusy = (error: unknown) =>
  error instanceof UnavailableError && error.reason === 'busy' && error.retryAfterSeconds >= 1;

describe('Limiter', () => {
  it('runs at most `concurrency` at a time and queues the next ones in order', async () => {
    const limiter = new Limiter('GET /x', { concurrency: 2, queue: 10, queueTimeoutMs: 5_000 });
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        limiter.run(async () => {
          running += 1;
          most = Math.max(most, running);
          order.push(i);
          await sleep(10);
          running -= 1;
        }),
      ),
    );
    assert.equal(most, 2);
    assert.deepEqual(order, [0, 1, 2, 3, 4, 5, 6, 7]);
    const expected = { name: 'GET /x', active: 0, queued: 0, concurrency: 2, queue: 10, refused: 0 };
    assert.deepEqual(limiter.stats(), expected);
  });

  it('refuses at once when the queue is full, and says it is full', async () => {
    const limiter = new Limiter('GET /x', { concurrency: 1, queue: 1, queueTimeoutMs: 5_000 });
    const first = await limiter.acquire();
    const second = limiter.acquire();
    assert.equal(limiter.full, true);
    await assert.rejects(limiter.acquire(), isBusy);
    assert.equal(limiter.stats().refused, 1);
    first();
    const release = await second;
    assert.equal(limiter.full, false);
    release();
    release(); // a second call gives nothing back twice
    assert.equal(limiter.stats().active, 0);
  });

  it('refuses a waiter whose turn does not come within the queue timeout', async () => {
    const limiter = new Limiter('GET /x', { concurrency: 1, queue: 5, queueTimeoutMs: 50 });
    const held = await limiter.acquire();
    const started = Date.now();
    await assert.rejects(limiter.acquire(), (error: Error) => isBusy(error) && /within/.test(error.message));
    assert.ok(Date.now() - started < 1_000);
    assert.equal(limiter.stats().queued, 0);
    held();
    // The slot is free again for the next one.
    (await limiter.acquire())();
  });

  it('gives the slot back when the work fails', async () => {
    const limiter = new Limiter('GET /x', { concurrency: 1, queue: 0, queueTimeoutMs: 50 });
    await assert.rejects(
      limiter.run(async () => Promise.reject(new Error('boom'))),
      /boom/,
    );
    assert.equal(await limiter.run(async () => 42), 42);
  });
});
