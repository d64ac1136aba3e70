/**
 * Versioned response cache
 * ========================
 *
 * GET /api/network and GET /api/places answer a function of the query and the data, so each answer is built once
 * per data version (server/db/data-version.ts, the key the analytics cache uses too) and then served from
 * memory: serialised, and gzipped once for clients that accept it (`X-Coopgraph-Cache: hit | miss` says
 * whether it was). Its ETag names the data version, the query and the encoding, so a browser's `If-None-Match`
 * is answered 304 after one version check, without the query or the body. `sendVersioned` is that whole
 * exchange for a route.
 *
 * Entries of an older version are dropped when the version changes; within one, the least recently used go
 * beyond `maxBytes`. Concurrent requests for the same entry share one computation.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { Database } from '../db/database.js';
import { readDataVersion } from '../db/data-version.js';

const gzip = promisify(gzipCallback);

export interface Representation {
  contentType: string;
  body: Buffer;
  /** The body gzipped, when it is worth it (over 1 KiB). */
  gzipped: Buffer | null;
}

/** A weak ETag (the bytes differ by Content-Encoding) for one query's answer at one data version. */
export const etagOf = (version: string, key: string) =>
  `W/"${createHash('sha256').update(version).update('\0').update(key).digest('base64url').slice(0, 27)}"`;

/** Whether an If-None-Match header names this ETag (or is `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** Whether an Accept-Encoding header takes gzip (not refused with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

export async function representation(contentType: string, body: Buffer): Promise<Representation> {
  return { contentType, body, gzipped: body.length > 1024 ? await gzip(body) : null };
}

export class VersionedCache {
  private version: string | null = null;
  private readonly entries = new Map<string, Promise<Representation>>();
  private readonly sizes = new Map<string, number>();
  private bytes = 0;

  constructor(private readonly maxBytes = 512 * 1024 * 1024) {}

  /** The entry for `key` at `version`, computed by `build` if it is not there yet. */
  get(version: string, key: string, build: () => Promise<Representation>): Promise<Representation> {
    if (version !== this.version) {
      this.version = version;
      this.entries.clear();
      this.sizes.clear();
      this.bytes = 0;
    }
    const found = this.entries.get(key);
    if (found) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const pending = build();
    this.entries.set(key, pending);
    pending.then(
      (entry) => this.settled(version, key, pending, entry),
      () => {
        if (this.entries.get(key) === pending) this.entries.delete(key);
      },
    );
    return pending;
  }

  private settled(version: string, key: string, pending: Promise<Representation>, entry: Representation): void {
    if (version !== this.version || this.entries.get(key) !== pending) return;
    const size = entry.body.length + (entry.gzipped?.length ?? 0);
    this.sizes.set(key, size);
    this.bytes += size;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes || oldest === key) break;
      this.bytes -= this.sizes.get(oldest) ?? 0;
      this.sizes.delete(oldest);
      this.entries.delete(oldest);
    }
  }

  /** Whether `key` is held (or being computed) at `version`. */
  has(version: string, key: string): boolean {
    return version === this.version && this.entries.has(key);
  }

  /** Entries held (for tests). */
  get size(): number {
    return this.entries.size;
  }
}

/**
 * Answers a request from `cache`: the ETag of `key` at the current data version, 304 when If-None-Match names it,
 * else the cached bytes (built by `build` once per version), gzipped when the client takes it. `vary` lists the
 * request headers besides Accept-Encoding that choose the representation.
 */
export async function sendVersioned(
  db: Database,
  request: FastifyRequest,
  reply: FastifyReply,
  options: { cache: VersionedCache; key: string; build: () => Promise<Representation>; vary?: string[] },
): Promise<FastifyReply> {
  const version = await readDataVersion(db);
  const etag = etagOf(version, options.key);
  // Vary: a cache between here and the browser must keep the encodings (and gzip or not) apart.
  reply
    .header('ETag', etag)
    .header('Cache-Control', 'no-cache')
    .header('Vary', [...(options.vary ?? []), 'Accept-Encoding'].join(', '));
  if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
  // Said to the client: `hit` when the answer was computed (or was being computed) before this request asked.
  reply.header(CACHE_HEADER, options.cache.has(version, options.key) ? 'hit' : 'miss');
  const entry = await options.cache.get(version, options.key, options.build);
  reply.type(entry.contentType);
  // Bytes, serialised once per entry: Fastify sends a Buffer as it is (the 200 schema documents its JSON).
  if (entry.gzipped && acceptsGzip(request.headers['accept-encoding'])) {
    // Compressed once per entry too; @fastify/compress leaves a response with a Content-Encoding alone.
    return reply.header('Content-Encoding', 'gzip').send(entry.gzipped as never);
  }
  return reply.send(entry.body as never);
}

export const JSON_TYPE = 'application/json; charset=utf-8';

/** Whether a versioned answer came from the cache (docs/api.md). */
export const CACHE_HEADER = 'X-Coopgraph-Cache';
