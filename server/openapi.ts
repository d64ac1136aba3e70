/**
 * The OpenAPI document, made conformant
 * =====================================
 *
 * @fastify/swagger writes the route schemas as they are, and they are JSON Schema for Ajv (draft 7). Two things
 * OpenAPI 3.0.3 says differently are fixed on the finished document (its `transformObject` hook):
 * - a numeric `exclusiveMinimum` / `exclusiveMaximum` (draft 7) becomes `minimum` / `maximum` with the boolean
 *   `exclusiveMinimum: true` of OpenAPI 3.0, which generators otherwise drop the operation over;
 * - every operation can answer 431 (Node refuses a request line and headers over 16 KiB before any route runs,
 *   so a long query string is a 431 with no body) and 405 (a method the path does not have, with `Allow`);
 *   one with a path parameter also 414 (the parameter is longer than the router takes) and 400 (its
 *   percent-encoding does not decode), both raised by the router before the route's own schema is applied.
 */
import { ErrorBody } from '../core/contract/common.js';

type Json = Record<string, unknown>;

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function exclusiveBounds(schema: Json): void {
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof schema[exclusive] === 'number') {
      schema[bound] = schema[exclusive];
      schema[exclusive] = true;
    }
  }
}

/** Walks every object of the document (iteratively) and rewrites draft-7 bounds. */
function walk(root: unknown): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (!Array.isArray(value)) exclusiveBounds(value as Json);
    for (const inner of Object.values(value)) stack.push(inner);
  }
}

export function conformOpenApi<T>(document: T): T {
  walk(document);
  const paths = ((document as Json).paths ?? {}) as Record<string, Record<string, Json>>;
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (!HTTP_METHODS.has(method)) continue;
      const responses = (operation.responses ??= {}) as Json;
      responses['431'] ??= {
        description:
          'Request header fields too large: the request line (URL and query string) and headers passed 16 KiB. No body.',
      };
      if (path.includes('{')) {
        responses['414'] ??= {
          description: 'A path parameter is longer than the router accepts (server/app.ts MAX_PARAM_LENGTH)',
          content: { 'application/json': { schema: ErrorBody } },
        };
        responses['400'] ??= {
          description: "The path's percent-encoding does not decode",
          content: { 'application/json': { schema: ErrorBody } },
        };
      }
      responses['405'] ??= {
        description: 'The path exists, but not with this method; `Allow` lists the methods it has',
        content: { 'application/json': { schema: ErrorBody } },
      };
    }
  }
  return document;
}
