/**
 * Shared TypeBox schemas
 * ======================
 *
 * The pieces every route describes itself with: ids, the one error body, pagination, provenance, entity
 * references and the `{ nodes, edges }` graph payload of /api/network, /api/neighborhood and friends. Routes
 * import these so that the OpenAPI document says the same thing everywhere (docs/api.md is the prose version).
 */
import { type Static, type TSchema, type TUnsafe, Type } from '@sinclair/typebox';

import { InvalidInputError } from '../errors.js';
import { NODE_LABELS, NODE_PROPERTIES, type NodeLabel, type PropertySpec } from '../model.js';

// ---------------------------------------------------------------------------------------------------------------
// Ids and small values

/** A stored id: a lowercase slug (docs/data-model.md). */
export const Slug = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  description: 'A lowercase slug, unique across all labels',
  examples: ['ocean-university-of-china'],
});

/**
 * An id in a path or query: a slug, or (for countries) an ISO 3166-1 alpha-2 code in either case. Looser than
 * `Slug` so that `/api/countries/DE` validates; unknown values are a 404, not a 400.
 */
export const Id = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$',
  description: 'An entity id (slug); a country may also be named by its ISO code',
  examples: ['heriot-watt-university', 'DE'],
});

export const IdParams = Type.Object({ id: Id });

/** One of a fixed list of strings, typed as their union (TypeBox's Union of a mapped array types as never). */
export const OneOf = <const T extends readonly string[]>(values: T, options: { description?: string } = {}) =>
  Type.Unsafe<T[number]>(Type.String({ enum: [...values], ...options }));

export const NodeType = OneOf(NODE_LABELS, { description: 'A node label' });
export type NodeType = Static<typeof NodeType>;

export const Year = Type.Integer({ minimum: 1000, maximum: 2999, description: 'A calendar year' });

/** yearFrom after yearTo is a client mistake (400 naming yearTo), not an empty answer. */
export function assertYearRange(yearFrom: number | undefined, yearTo: number | undefined): void {
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) {
    throw new InvalidInputError('querystring yearTo: must not be before yearFrom', 'yearTo');
  }
}

/**
 * `T` or null. A schema with a single `type` becomes `type: [type, "null"]` rather than `anyOf`: the serializer
 * writes that inline, where `anyOf` costs a schema validation per value (it matters for 100k-node graphs), and
 * the OpenAPI 3.0 document shows it as `nullable: true`.
 */
export const Nullable = <T extends TSchema>(schema: T): TUnsafe<Static<T> | null> =>
  typeof (schema as { type?: unknown }).type === 'string'
    ? Type.Unsafe<Static<T> | null>({ ...schema, type: [(schema as unknown as { type: string }).type, 'null'] })
    : Type.Unsafe<Static<T> | null>(Type.Union([schema, Type.Null()]));

// ---------------------------------------------------------------------------------------------------------------
// Errors

/** The one error body (server/plugins/errors.ts). */
export const ErrorBody = Type.Object(
  {
    statusCode: Type.Integer(),
    error: Type.String(),
    message: Type.String(),
    field: Type.Optional(Type.String({ description: 'The parameter at fault, when one is' })),
  },
  { description: 'Every error answers with this body' },
);
export type ErrorBody = Static<typeof ErrorBody>;

/** The empty answer of a conditional GET whose ETag is current (the versioned answers: network, places). */
export const NotModified = Type.Null({ description: 'Not modified: the If-None-Match ETag is current' });

/** `{ 400: ErrorBody, 404: ErrorBody, ... }` for a route's `response` schema. */
export function errorResponses<const C extends readonly number[]>(...codes: C): { [K in C[number]]: typeof ErrorBody } {
  const out: Record<number, typeof ErrorBody> = {};
  for (const code of codes) out[code] = ErrorBody;
  return out as { [K in C[number]]: typeof ErrorBody };
}

// ---------------------------------------------------------------------------------------------------------------
// Lists in a query string

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A comma-separated list of allowed values in one query parameter (`types=Institution,Country`). Validated by
 * pattern so that a bad value is a 400 naming the parameter; split with `splitList`.
 */
export function ListOf(values: readonly string[], options: { description?: string; examples?: string[] } = {}) {
  const one = `(?:${values.map(escapeRegex).join('|')})`;
  return Type.String({ pattern: `^${one}(?:,${one})*$`, maxLength: 2000, ...options });
}

/** A comma-separated list of ISO 3166-1 alpha-2 codes, either case. */
export const CountryCodeList = Type.String({
  pattern: '^[A-Za-z]{2}(?:,[A-Za-z]{2})*$',
  maxLength: 1000,
  description: 'Comma-separated ISO 3166-1 alpha-2 codes',
  examples: ['DE,CN'],
});

/** A comma-separated list of slugs (field ids, ...). */
export const SlugList = Type.String({
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*(?:,[a-z0-9]+(?:-[a-z0-9]+)*)*$',
  maxLength: 4000,
  description: 'Comma-separated ids',
});

/** `"a,b,,c"` -> `["a", "b", "c"]`; undefined stays undefined (no filter). */
export function splitList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0 ? [...new Set(items)] : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Pagination

export const MAX_PAGE = 500;

export const PaginationQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 }),
});

/** `{ items, total, limit, offset }`. */
export const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ minimum: 0, description: 'All matches, not only this page' }),
    limit: Type.Integer(),
    offset: Type.Integer(),
  });

// ---------------------------------------------------------------------------------------------------------------
// Provenance and entities

/** One piece of evidence: a span of a document. */
export const Provenance = Type.Object({
  document: Type.String({ description: 'Document id' }),
  documentName: Nullable(Type.String({ description: 'Document title' })),
  evidence: Type.String({ description: 'A span copied verbatim from the document' }),
});
export type Provenance = Static<typeof Provenance>;

/** A reference to a node: enough to draw and link it. */
export const NodeRef = Type.Object({
  id: Type.String(),
  type: NodeType,
  name: Type.String(),
  kind: Type.Optional(Type.String()),
});
export type NodeRef = Static<typeof NodeRef>;

/** The TypeBox schema of one property of core/model.ts. */
export function propertySchema(spec: PropertySpec): TSchema {
  switch (spec.type) {
    case 'string[]':
      return Type.Array(Type.String());
    case 'year':
      return Type.Integer();
    case 'number':
      return Type.Number();
    case 'boolean':
      return Type.Boolean();
    case 'date':
      return Type.String({ format: 'date' });
    default:
      return spec.values ? Type.String({ enum: [...spec.values] }) : Type.String();
  }
}

const entityBase = {
  id: Type.String(),
  name: Type.String(),
  aliases: Type.Array(Type.String()),
  country: Type.Optional(
    Nullable(Type.String({ description: 'ISO code of the country it is located in (a Country: its own)' })),
  ),
};

/** The entity body of one label: its properties from core/model.ts, each optional except id, type and name. */
export function entityOf(label: NodeLabel) {
  const properties: Record<string, TSchema> = {};
  for (const [key, spec] of Object.entries(NODE_PROPERTIES[label]))
    properties[key] = Type.Optional(propertySchema(spec));
  const extra: Record<string, TSchema> =
    label === 'Agreement'
      ? {
          countries: Type.Optional(
            Type.Array(Type.String(), { description: 'ISO codes of the parties and WITH_COUNTRY' }),
          ),
        }
      : {};
  return Type.Object(
    { ...properties, ...extra, ...entityBase, type: Type.Literal(label) },
    { title: label, description: `${label}: the properties docs/data-model.md lists` },
  );
}

/** Any entity: every property any label may carry, each optional. */
const anyProperties: Record<string, TSchema> = {};
for (const label of NODE_LABELS) {
  for (const [key, spec] of Object.entries(NODE_PROPERTIES[label as NodeLabel])) {
    // Enumerations differ per label (Institution.kind vs Agreement.kind): describe the union as a plain string.
    anyProperties[key] ??= Type.Optional(propertySchema({ ...spec, values: undefined }));
  }
}

export const Entity = Type.Object(
  {
    ...anyProperties,
    countries: Type.Optional(Type.Array(Type.String())),
    ...entityBase,
    type: NodeType,
  },
  { description: 'An entity with the properties its label carries (docs/data-model.md)' },
);
export type Entity = Static<typeof Entity>;

// ---------------------------------------------------------------------------------------------------------------
// Graph payload (network, neighborhood, export filters)

export const GraphNode = Type.Object({
  id: Type.String(),
  type: NodeType,
  name: Type.String(),
  kind: Nullable(Type.String()),
  country: Nullable(Type.String({ description: 'ISO code of the node country (a Country: its own code)' })),
  partners: Type.Integer({ minimum: 0, description: 'Distinct COOPERATES_WITH partners in the whole graph' }),
});
export type GraphNode = Static<typeof GraphNode>;

export const GraphEdge = Type.Object({
  id: Type.String(),
  source: Type.String(),
  target: Type.String(),
  type: Type.String(),
  weight: Nullable(Type.Number()),
  kinds: Type.Array(Type.String()),
  firstYear: Nullable(Type.Integer()),
  stated: Type.Boolean(),
});
export type GraphEdge = Static<typeof GraphEdge>;

export const GraphPayload = Type.Object({
  nodes: Type.Array(GraphNode),
  edges: Type.Array(GraphEdge),
  total: Type.Object({
    nodes: Type.Integer({ description: 'Nodes that matched before `limit`' }),
    edges: Type.Integer({ description: 'Edges between the matched nodes before `limit`' }),
  }),
  truncated: Type.Boolean({ description: 'true when `limit` cut nodes (and their edges) off' }),
});
export type GraphPayload = Static<typeof GraphPayload>;

// ---------------------------------------------------------------------------------------------------------------
// Static types: what a client receives or sends (web/ imports these with `import type`)

export type IdParams = Static<typeof IdParams>;
export type PaginationQuery = Static<typeof PaginationQuery>;
