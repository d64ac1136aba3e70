/**
 * Concurrency limiter
 * ===================
 *
 * At most `concurrency` holders at a time; up to `queue` more wait their turn, first come first served, for at
 * most `queueTimeoutMs`. Anyone beyond that is refused at once with a "busy" UnavailableError (a 503 with
 * Retry-After), which costs the server nothing: under a burst, most requests get a quick honest "try again"
 * instead of all of them starving the database's connection pool and failing slowly (the 200-connection burst
 * of the trust issue: 719 x 500 from pool exhaustion, none served).
 */
import { UnavailableError } from '../unavailable.js';

export interface LimiterOptions {
  concurrency: number;
  queue: number;
  queueTimeoutMs: number;
}

export interface LimiterStats {
  name: string;
  active: number;
  queued: number;
  concurrency: number;
  queue: number;
  /** Requests refused since the start (queue full or waited too long). */
  refused: number;
}

/** Given back by `acquire`: call it once the work is done (later calls do nothing). */
export type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
  timer: NodeJS.Timeout;
}

export class Limiter {
  private active = 0;
  private refused = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    readonly name: string,
    private readonly options: LimiterOptions,
  ) {}

  /** A slot now, a slot after waiting in the queue, or a "busy" error. */
  acquire(): Promise<Release> {
    if (this.active < this.options.concurrency) return Promise.resolve(this.slot());
    if (this.waiting.length >= this.options.queue) return Promise.reject(this.busy('its queue is full'));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: resolve,
        timer: setTimeout(() => {
          const index = this.waiting.indexOf(waiter);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(this.busy(`no turn came within ${Math.round(this.options.queueTimeoutMs / 1000)} s`));
        }, this.options.queueTimeoutMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** Runs `work` in a slot. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }

  /** True when a newcomer would be refused. */
  get full(): boolean {
    return this.active >= this.options.concurrency && this.waiting.length >= this.options.queue;
  }

  stats(): LimiterStats {
    const { concurrency, queue } = this.options;
    const { name, active, refused } = this;
    return { name, active, queued: this.waiting.length, concurrency, queue, refused };
  }

  private slot(): Release {
    this.active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
      const next = this.waiting.shift();
      if (next) {
        clearTimeout(next.timer);
        next.grant(this.slot());
      }
    };
  }

  private busy(why: string): UnavailableError {
    this.refused += 1;
    // A turn takes about as long as a heavy request: a second or two is a fair time to come back.
    const retryAfter = Math.max(1, Math.min(30, Math.ceil(this.options.queueTimeoutMs / 5_000)));
    return new UnavailableError(`The server is busy: ${this.name} ${why}; try again shortly.`, 'busy', retryAfter);
  }
}
