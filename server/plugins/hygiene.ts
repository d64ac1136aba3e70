/**
 * Input hygiene: well-formed text
 * ===============================
 *
 * A JSON string may hold a lone UTF-16 surrogate (`"\ud800"`); Neo4j stores text as UTF-8 and would keep it as
 * U+FFFD, silently changing the value. A query string may hold a percent-escape that decodes to no character
 * (`%ED%A0%80`, an encoded surrogate, or `%FF`); the query parser then keeps the raw escape as the value. Both
 * are refused here, before validation, with a 400 naming the field: body strings and keys (the path to them,
 * `nodes[0].name`), query parameters and path parameters. Also here: a JSON content type on a DELETE with no
 * body is no body, not a parse error.
 */
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

import { InvalidInputError } from '../../core/errors.js';

/** In a `u` regex, a surrogate pair is one code point: only lone surrogates match. */
const LONE_SURROGATE = /\p{Cs}/u;

const describe = (text: string) => {
  const match = LONE_SURROGATE.exec(text);
  const unit = match ? match[0].charCodeAt(0).toString(16).padStart(4, '0') : '????';
  return `holds a lone UTF-16 surrogate (\\u${unit}), which no UTF-8 text can store; send well-formed Unicode`;
};

/** The first string (value or key) of a parsed JSON body that is not well-formed, with its path. Iterative. */
export function malformedString(body: unknown): { path: string; text: string } | null {
  const stack: [unknown, string][] = [[body, '']];
  while (stack.length > 0) {
    const [value, at] = stack.pop()!;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return { path: at, text: value };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) stack.push([value[index], `${at}[${index}]`]);
      continue;
    }
    for (const [key, inner] of Object.entries(value)) {
      const path = at ? `${at}.${key}` : key;
      if (LONE_SURROGATE.test(key)) return { path, text: key };
      stack.push([inner, path]);
    }
  }
  return null;
}

/** A bare `%` is kept as text by the parser, as it is here; only escapes that decode to no character fail. */
const decodes = (raw: string) => {
  try {
    decodeURIComponent(raw.replace(/\+/g, ' ').replace(/%(?![0-9a-fA-F]{2})/g, '%25'));
    return true;
  } catch {
    return false;
  }
};

/** The first query parameter whose value (or name) is not valid percent-encoded UTF-8. */
function malformedQueryParameter(request: FastifyRequest): string | null {
  const query = request.url.split('?').slice(1).join('?');
  if (!query.includes('%')) return null;
  for (const pair of query.split('&')) {
    const [name = '', ...rest] = pair.split('=');
    const value = rest.join('=');
    if (!decodes(name)) return name;
    if (!decodes(value)) return decodes(name) ? decodeURIComponent(name.replace(/\+/g, ' ')) : name;
  }
  return null;
}

export default fp(
  async (app) => {
    // `DELETE` with `Content-Type: application/json` and no body (what many HTTP clients send) is a delete, not
    // an empty-JSON 400. Every other body goes through Fastify's own JSON parser, poisoning checks included.
    const json = app.getDefaultJsonParser('error', 'error');
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      if (request.method === 'DELETE' && body === '') return done(null, undefined);
      return json(request, body as string, done);
    });

    app.addHook('preValidation', async (request) => {
      const parameter = malformedQueryParameter(request);
      if (parameter !== null) {
        throw new InvalidInputError(
          `querystring ${parameter}: is not valid UTF-8 (a percent-escape that decodes to no character)`,
          parameter,
        );
      }
      for (const [part, values] of [
        ['querystring', request.query],
        ['params', request.params],
        ['body', request.body],
      ] as const) {
        const found = malformedString(values);
        if (found)
          throw new InvalidInputError(
            `${part} ${found.path || '(the value)'}: ${describe(found.text)}`,
            found.path || part,
          );
      }
    });
  },
  { name: 'coopgraph-hygiene', dependencies: ['coopgraph-errors'] },
);
