/**
 * Schemas of the write routes
 * ===========================
 *
 * Bodies are described for the OpenAPI document, property by property from core/model.ts, but the schema itself
 * checks only "a JSON object": the values are judged by the loader's validator (./input.ts), so that a write
 * and `npm run load` accept and refuse exactly the same things with the same messages. (A typed schema would
 * also let the service's Ajv coerce "2020" into 2020, which the loader refuses.)
 */
import { type TSchema, Type, type Static } from '@sinclair/typebox';

import { NODE_PROPERTIES, type NodeLabel, type PropertySpec, RELATIONSHIPS, RELATIONSHIP_TYPES } from '../model.js';
import { errorResponses } from './common.js';

/** Written routes need a key (server/plugins/auth.ts); this marks them so in the OpenAPI document. */
export const WRITE_SECURITY = [{ apiKey: [] as string[] }];

/** The error statuses every write route can answer. */
export const WRITE_ERRORS = errorResponses(400, 401, 403, 413, 429, 503);

function describe(spec: PropertySpec): string {
  const type = spec.type === 'year' ? 'integer year' : spec.type === 'date' ? 'date YYYY-MM-DD' : spec.type;
  return [type, spec.required ? 'required' : 'optional', spec.values ? `one of ${spec.values.join(', ')}` : '']
    .filter(Boolean)
    .join('; ');
}

/** Documented, not checked here: see the file comment. */
const documented = (description: string): TSchema => Type.Optional(Type.Unknown({ description }));

const Mentions = documented(
  'Provenance: [{ "document": "<Document id>", "evidence": "<a span copied from the text>" }], stored as MENTIONED_IN',
);

/** The body of POST /api/<type> (`create`) or PATCH /api/<type>/:id (a partial update; `null` removes a property). */
export function nodeBody(label: NodeLabel, mode: 'create' | 'update') {
  const properties: Record<string, TSchema> = {};
  for (const [key, spec] of Object.entries(NODE_PROPERTIES[label])) {
    const update = spec.required
      ? `${describe(spec)}; cannot be removed (null is a 400)`
      : `${describe(spec)}; null removes it`;
    properties[key] = documented(mode === 'create' ? describe(spec) : update);
  }
  return Type.Object(
    {
      ...(mode === 'create' ? { id: documented('Lowercase slug, unique across all labels; required') } : {}),
      ...properties,
      ...(mode === 'create' ? { mentions: Mentions } : {}),
    },
    {
      description:
        mode === 'create'
          ? `A new ${label}, in the loader's JSON format (docs/data-model.md). Validated like \`npm run load\`.`
          : `Properties of the ${label} to change; the others are kept. Validated like \`npm run load\`.`,
    },
  );
}

const relationshipProperties: Record<string, TSchema> = {};
for (const type of RELATIONSHIP_TYPES) {
  for (const [key, spec] of Object.entries(RELATIONSHIPS[type].properties)) {
    relationshipProperties[key] ??= documented(`${describe({ ...spec, required: false })} (${type})`);
  }
}

/** The body of POST /api/relationships. */
export const RelationshipBody = Type.Object(
  {
    type: documented(`Required; one of ${RELATIONSHIP_TYPES.join(', ')}`),
    source: documented('Required; id of the start node'),
    target: documented('Required; id of the end node'),
    ...relationshipProperties,
    mentions: Mentions,
  },
  {
    description:
      "A relationship in the loader's JSON format (docs/data-model.md); which labels each type connects and its " +
      'properties are checked like `npm run load`.',
  },
);

/** A relationship as stored and exported: its key, then its properties. */
export const StoredRelationship = Type.Object(
  {
    id: Type.String({ description: '`source|TYPE|target`' }),
    type: Type.String(),
    source: Type.String(),
    target: Type.String(),
    documents: Type.Optional(Type.Array(Type.String())),
    evidence: Type.Optional(Type.Array(Type.String())),
    role: Type.Optional(Type.String()),
    title: Type.Optional(Type.String()),
    stated: Type.Optional(Type.Boolean()),
    weight: Type.Optional(Type.Number()),
    agreementIds: Type.Optional(Type.Array(Type.String())),
    kinds: Type.Optional(Type.Array(Type.String())),
    firstYear: Type.Optional(Type.Integer()),
  },
  { description: 'A relationship with the properties its type carries' },
);

/** `source|TYPE|target`, each part as the model allows. */
export const RelationshipIdParams = Type.Object({
  id: Type.String({
    minLength: 5,
    maxLength: 450,
    pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*\\|[A-Z_]+\\|[a-z0-9]+(?:-[a-z0-9]+)*$',
    description: 'A relationship id: `<source>|<TYPE>|<target>` (URL-encode the `|` as %7C)',
    examples: ['hewlett-packard|PARTY_TO|hp-software-laboratory'],
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// Static types: what a client receives or sends (web/ imports these with `import type`)

export type RelationshipBody = Static<typeof RelationshipBody>;
export type StoredRelationship = Static<typeof StoredRelationship>;
export type RelationshipIdParams = Static<typeof RelationshipIdParams>;
