/**
 * 405 Method Not Allowed
 * ======================
 *
 * A request whose path exists with other methods (`PUT /api/stats`, `DELETE /api/search`) is answered 405 with an
 * `Allow` header listing them, not 404 as if the path did not exist (RFC 9110 §15.5.6). The routes are collected
 * as they are registered (onRoute); the explorer's catch-all `GET /*` does not count, or every path would
 * "allow" GET. server/plugins/errors.ts's not-found handler asks `allowedMethods` before answering 404.
 */
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** The methods the routes of this (decoded) path answer; empty when no route has the path. */
    allowedMethods(path: string): string[];
  }
}

interface Pattern {
  test: RegExp;
  methods: Set<string>;
}

const escapeRegex = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** `/api/institutions/:id` -> /^\/api\/institutions\/[^/]+$/, matching exactly what the router matches. */
function compile(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : escapeRegex(segment)))
    .join('/');
  return new RegExp(`^${source}$`);
}

export default fp(
  async (app) => {
    const patterns = new Map<string, Pattern>();
    app.addHook('onRoute', (route) => {
      if (route.url === '/*' || route.url === '*') return;
      const pattern = patterns.get(route.url) ?? { test: compile(route.url), methods: new Set<string>() };
      for (const method of [route.method].flat()) pattern.methods.add(method.toUpperCase());
      patterns.set(route.url, pattern);
    });
    app.decorate('allowedMethods', (path: string): string[] => {
      const allowed = new Set<string>();
      for (const pattern of patterns.values()) {
        if (pattern.test.test(path)) for (const method of pattern.methods) allowed.add(method);
      }
      if (allowed.size > 0) allowed.add('OPTIONS');
      return [...allowed].sort();
    });
  },
  { name: 'coopgraph-methods' },
);
