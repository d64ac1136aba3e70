/**
 * Search: request and response schemas
 * ====================================
 */
import { Type, type Static } from '@sinclair/typebox';

import { NODE_LABELS } from '../model.js';
import { ListOf, NodeType } from './common.js';

export const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 200, description: 'Free text; typos and partial words are fine' }),
  types: Type.Optional(ListOf(NODE_LABELS, { description: 'Labels to search, comma-separated (default: all)' })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 10 }),
});

export const SearchHit = Type.Object({
  id: Type.String(),
  type: NodeType,
  name: Type.String(),
  aliases: Type.Array(Type.String()),
  kind: Type.Optional(Type.String()),
  country: Type.Optional(Type.String({ description: 'ISO code of its country, when it has one' })),
  score: Type.Number({ description: 'Relevance; higher is better. Hits are sorted by it.' }),
});

export const SearchResponse = Type.Object({ hits: Type.Array(SearchHit) });

// ---------------------------------------------------------------------------------------------------------------
// Static types: what a client receives or sends (web/ imports these with `import type`)

export type SearchQuery = Static<typeof SearchQuery>;
export type SearchHit = Static<typeof SearchHit>;
export type SearchResponse = Static<typeof SearchResponse>;
