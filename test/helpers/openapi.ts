/**
 * OpenAPI validator
 * =================
 *
 * Response bodies checked against the app's own OpenAPI document (GET /api/openapi.json), so that a body that
 * drifts from its declared schema fails the test. The operation is found from the request the response answers
 * (method and path; a literal path beats a templated one, /api/countries before /api/{x}), the schema from its
 * status and `application/json`. Schemas compile once per operation and status.
 */
import assert from 'node:assert/strict';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

type Validate = ((data: unknown) => boolean) & { errors?: unknown };

type Content = Record<string, { schema: object }>;
interface Document {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Content }> }>>;
}

/** Asserts that an injected response's JSON body fits its declared schema, and returns the parsed body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body already validated against its OpenAPI schema; tests read it field by field
export type ValidateResponse = (response: LightMyRequestResponse) => any;

/** GETs `url`, asserts the status, and validates the body against the OpenAPI schema of that route and status. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body already validated against its OpenAPI schema; tests read it field by field
export type Get = (url: string, status?: number) => Promise<LightMyRequestResponse & { body: string; data: any }>;

export async function openApiValidator(app: FastifyInstance): Promise<ValidateResponse> {
  const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  assert.equal(response.statusCode, 200, `GET /api/openapi.json: ${response.body.slice(0, 300)}`);
  const document = response.json() as Document;
  const ajv = new Ajv({ strict: false, allErrors: true });
  (formats as unknown as (ajv: Ajv) => void)(ajv);
  const cache = new Map<string, Validate>();
  const routes = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));

  return (response) => {
    const method = String(response.raw.req.method).toLowerCase();
    const url = String(response.raw.req.url);
    const status = response.statusCode;
    const pathname = url.split('?')[0]!;
    const route = routes.find((r) => r.template === pathname) ?? routes.find((r) => r.pattern.test(pathname));
    assert.ok(route, `no OpenAPI path for ${pathname}`);
    const key = `${method} ${route.template} ${status}`;
    let validate = cache.get(key);
    if (!validate) {
      const operation = document.paths[route.template]![method];
      const schema = operation?.responses[String(status)]?.content?.['application/json']?.schema;
      assert.ok(schema, `OpenAPI declares no ${status} JSON response for ${method.toUpperCase()} ${route.template}`);
      validate = ajv.compile(schema) as Validate;
      cache.set(key, validate);
    }
    const data = response.json();
    const request = `${method.toUpperCase()} ${url}`;
    assert.ok(validate(data), `${request}: body does not match its schema: ${JSON.stringify(validate.errors)}`);
    return data;
  };
}

/** Asserts a 400 (or other error) naming `field`. */
export async function expectError(get: Get, url: string, status: number, field?: string): Promise<void> {
  const { data } = await get(url, status);
  assert.equal(data.statusCode, status);
  if (field !== undefined) assert.equal(data.field, field, `GET ${url}: ${data.message}`);
}
