/**
 * Database monitor
 * ================
 *
 * Knows whether the database is up, so that requests are told "down" at once instead of each finding out on
 * its own (a killed server costs a request its connection attempts and retries: 13-15 s; a frozen one, forever).
 *
 * - A probe (one cheap query on a connection of its own) runs every `intervalMs` and is given `timeoutMs` to
 *   answer; a probe that fails or does not answer in time marks the database down, one that answers marks it up.
 *   A frozen server is thus seen within interval + timeout, a returning one within an interval.
 * - A slow database is not a dead one. The deadline adapts like TCP's retransmission timeout: at least
 *   `timeoutMs`, and at least the smoothed probe latency plus four times its deviation (at most ten times
 *   `timeoutMs`), so a server that answers slowly under load is not declared down and its reads let go. While the
 *   database is not known to be up, a probe may also need a new connection (TCP, Bolt handshake, a password
 *   check on a busy server), so it is given `setupMs` more. A deadline that passes while this process's own
 *   event loop was stalled lets pending answers in before it counts (see `withDeadline`).
 * - While down, `assertUp()` throws at once (a 503 with Retry-After), and the reads in flight when it went down
 *   are let go with the same error: their answers may never come. Writes in flight are left to their own
 *   deadline, since a write to a frozen server may still commit when it wakes.
 * - Concurrent callers of `probe()` (the health route, the loop) share one probe, so probing costs the database
 *   one query at a time however often health is asked.
 * - The loop starts with the first use and never keeps the process alive (its timer is unref'd).
 */
import { UnavailableError } from '../unavailable.js';

export type DatabaseState = 'unknown' | 'up' | 'down';

export interface ProbeResult {
  connected: boolean;
  version: string | null;
  edition: string | null;
  /** How long the probe took, in milliseconds. */
  latencyMs: number;
  error?: string;
}

export interface MonitorOptions {
  intervalMs: number;
  timeoutMs: number;
  /** Extra time for a probe that may have to open its connection first. */
  setupMs: number;
  /** Called after a failed probe (the local Neo4j may have moved to another port: reconnect there). */
  onFailure?: () => void;
}

/** Retry-After for a database that is down: about the time a restart takes to be noticed. */
export const DOWN_RETRY_AFTER_SECONDS = 5;

/** The 503 of a database that is down. The probe's own error (hosts, ports) stays in the log, not the answer. */
export function downError(detail?: string): UnavailableError {
  const message = 'The database is not reachable; try again shortly.';
  const error = new UnavailableError(message, 'database-down', DOWN_RETRY_AFTER_SECONDS);
  if (detail) error.cause = detail;
  return error;
}

/**
 * Resolves with `work`, or rejects with `error()` once `ms` have passed. When the timer fires, answers that
 * arrived meanwhile are let in first (setImmediate runs after pending I/O): if this process's event loop was
 * stalled, the answer may be waiting behind the timer, and a late timer must not call a live database dead.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, error: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => setImmediate(() => reject(error())), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export class Monitor {
  private current: DatabaseState = 'unknown';
  private last: ProbeResult | null = null;
  private running: Promise<ProbeResult> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Smoothed latency of the probes that answered, and its mean deviation (RFC 6298), in milliseconds. */
  private smoothed: number | null = null;
  private deviation = 0;
  /** The reads in flight: let go when the database goes down. */
  private readonly reads = new Set<(error: Error) => void>();

  constructor(
    private readonly probeOnce: () => Promise<Omit<ProbeResult, 'latencyMs'>>,
    private readonly options: MonitorOptions,
  ) {}

  get state(): DatabaseState {
    return this.current;
  }

  /** The last probe's result, if any. */
  get lastProbe(): ProbeResult | null {
    return this.last;
  }

  /** The deadline of the next probe of a database that is up. */
  get deadlineMs(): number {
    const { timeoutMs } = this.options;
    if (this.smoothed === null) return timeoutMs;
    return Math.round(Math.min(timeoutMs * 10, Math.max(timeoutMs, this.smoothed + 4 * this.deviation)));
  }

  /** Starts the probe loop (once). */
  start(): void {
    if (this.timer || this.stopped) return;
    const tick = async () => {
      await this.probe();
      if (!this.stopped) this.timer?.refresh();
    };
    this.timer = setTimeout(() => void tick(), this.options.intervalMs);
    this.timer.unref();
    void this.probe();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Throws the 503 of a database that is down; starts the loop on first use. */
  assertUp(): void {
    this.start();
    if (this.current === 'down') throw downError(this.last?.error);
  }

  /** One probe with its own deadline, shared by concurrent callers; updates the state. */
  probe(): Promise<ProbeResult> {
    if (this.running) return this.running;
    const started = performance.now();
    const ms = this.deadlineMs + (this.current === 'up' ? 0 : this.options.setupMs);
    const attempt = withDeadline(this.probeOnce(), ms, () => new Error(`no answer within ${ms} ms`)).then(
      (result) => ({ ...result, latencyMs: Math.round(performance.now() - started) }),
      (error: Error) => ({
        connected: false,
        version: null,
        edition: null,
        latencyMs: Math.round(performance.now() - started),
        error: error.message,
      }),
    );
    this.running = attempt.then((result) => {
      this.running = null;
      this.record(result);
      return result;
    });
    return this.running;
  }

  /** A request saw the database fail: probe now rather than at the next tick. */
  suspect(): void {
    if (!this.stopped) void this.probe();
  }

  /** Runs a read, which is let go (rejected) if the database goes down before it answers. */
  async guardRead<T>(work: Promise<T>): Promise<T> {
    let release!: (error: Error) => void;
    const abandoned = new Promise<never>((_resolve, reject) => (release = reject));
    this.reads.add(release);
    try {
      return await Promise.race([work, abandoned]);
    } finally {
      this.reads.delete(release);
    }
  }

  private record(result: ProbeResult): void {
    this.last = result;
    if (result.connected) {
      // A first probe's time includes opening its connection: an overestimate that starts the deadline high
      // (the safe side, as TCP starts its timeout at a second) and decays within a few probes.
      const latency = result.latencyMs;
      if (this.smoothed === null) {
        this.smoothed = latency;
        this.deviation = latency / 2;
      } else {
        this.deviation = 0.75 * this.deviation + 0.25 * Math.abs(this.smoothed - latency);
        this.smoothed = 0.875 * this.smoothed + 0.125 * latency;
      }
    }
    const was = this.current;
    this.current = result.connected ? 'up' : 'down';
    if (!result.connected) {
      if (was !== 'down') {
        const error = downError(result.error);
        for (const release of this.reads) release(error);
        this.reads.clear();
      }
      this.options.onFailure?.();
    }
  }
}
