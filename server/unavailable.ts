/**
 * Unavailable: "not now, try again shortly"
 * =========================================
 *
 * What the database facade and the admission control throw when a request cannot be served at this moment but
 * could be in a few seconds: the service is busy, a route's queue is full, the database is down or stopped
 * answering. It says why and when to come back; server/plugins/errors.ts turns it into a 503 with Retry-After,
 * like every other error of the one body. No HTTP here: the reason and the delay are facts of the service.
 */

export type UnavailableReason =
  /** A heavy route's queue is full, or a request waited in it too long (server/admission/limiter.ts). */
  | 'busy'
  /** The database is known to be down: the health monitor's last probe failed (server/db/monitor.ts). */
  | 'database-down'
  /** The database stopped answering a request in flight (frozen, partitioned, in a long pause). */
  | 'database-unanswered';

export class UnavailableError extends Error {
  override name = 'UnavailableError' as const;
  constructor(
    message: string,
    readonly reason: UnavailableReason,
    /** Seconds after which a retry may succeed: the Retry-After header. */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export const isUnavailable = (error: unknown): error is UnavailableError => error instanceof UnavailableError;
