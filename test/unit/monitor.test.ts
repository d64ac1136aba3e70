/**
 * The database monitor's logic, with a probe the test controls (the real database is in test/db/outages.test.ts):
 * a probe without an answer within its deadline means down, reads in flight are let go, calls fail at once
 * while down, one answer means up again, and a slow but answering database is not called down.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { Monitor } from '../../server/db/monitor.js';
import { UnavailableError } from '../../server/unavailable.js';

const answer = { connected: true, version: '5.26.0', edition: 'community' };
const never = () => new Promise<never>(() => undefined);
const isDown = (error: unknown) => error instanceof UnavailableError && error.reason === 'database-down';

/** A monitor whose probe does what `behaviour` says; no loop (probes are called by the test). */
function monitorWith(behaviour: { probe: () => Promise<typeof answer> }, onFailure?: () => void) {
  const monitor = new Monitor(() => behaviour.probe(), { intervalMs: 60_000, timeoutMs: 100, setupMs: 100, onFailure });
  monitor.stop();
  return monitor;
}

describe('Monitor', () => {
  it('calls a database down when a probe does not answer in time, and lets go of the reads in flight', async () => {
    const behaviour = { probe: async () => answer };
    let failures = 0;
    const monitor = monitorWith(behaviour, () => (failures += 1));
    assert.equal((await monitor.probe()).connected, true);
    assert.equal(monitor.state, 'up');

    const read = monitor.guardRead(never());
    behaviour.probe = never;
    const started = Date.now();
    const result = await monitor.probe();
    assert.equal(result.connected, false);
    assert.match(result.error ?? '', /no answer within 100 ms/);
    assert.ok(Date.now() - started < 1_000);
    assert.equal(monitor.state, 'down');
    assert.equal(failures, 1);
    await assert.rejects(read, isDown);
    assert.throws(() => monitor.assertUp(), isDown);

    behaviour.probe = async () => answer;
    await monitor.probe();
    assert.equal(monitor.state, 'up');
    assert.doesNotThrow(() => monitor.assertUp());
  });

  it('calls a refusing database down at once', async () => {
    const monitor = monitorWith({ probe: async () => Promise.reject(new Error('connect ECONNREFUSED')) });
    const result = await monitor.probe();
    assert.equal(monitor.state, 'down');
    assert.ok(result.latencyMs < 100);
    assert.match(result.error ?? '', /ECONNREFUSED/);
  });

  it('shares one probe among concurrent callers', async () => {
    let probes = 0;
    const monitor = monitorWith({
      probe: async () => {
        probes += 1;
        await sleep(20);
        return answer;
      },
    });
    await Promise.all([monitor.probe(), monitor.probe(), monitor.probe()]);
    assert.equal(probes, 1);
  });

  it('gives a database that answers slowly a longer deadline instead of calling it down', async () => {
    const behaviour = { probe: async () => answer };
    const monitor = monitorWith(behaviour);
    await monitor.probe();
    assert.equal(monitor.deadlineMs, 100);
    // A loaded database: answers take 40 to 95 ms, close to the 100 ms timeout, and vary.
    for (const ms of [40, 95, 50, 95, 45, 95, 50, 95]) {
      behaviour.probe = async () => {
        await sleep(ms);
        return answer;
      };
      await monitor.probe();
    }
    const adapted = monitor.deadlineMs;
    assert.ok(adapted > 150, `deadline ${adapted}`);
    // Past the configured timeout, but within the adapted deadline: still up.
    behaviour.probe = async () => {
      await sleep(110);
      return answer;
    };
    assert.equal((await monitor.probe()).connected, true, `deadline ${monitor.deadlineMs}`);
    assert.equal(monitor.state, 'up');
    assert.ok(monitor.deadlineMs <= 1_000, 'the deadline is capped at ten times the timeout');
  });
});
