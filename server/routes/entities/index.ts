/**
 * GET /api/<type> and GET /api/<type>/:id
 * =======================================
 *
 * The seven entity collections (institutions, countries, people, agreements, events, fields, documents), one
 * generic pair of routes per label of core/contract/entity-types.ts, each with its own precise schemas. Lists
 * are filtered and paginated; a single entity comes with its related entities and the provenance of each fact.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import writes from './writes.js';
import { InvalidInputError, NotFoundError } from '../../../core/errors.js';
import { EntityRepository, type EntityFilters } from '../../repositories/entity-repository.js';
import { assertYearRange, errorResponses, splitList } from '../../../core/contract/common.js';
import { ENTITY_TYPES, type EntityTypeSpec } from '../../../core/contract/entity-types.js';
import {
  FILTER_NAMES,
  IdParams,
  RelatedQuery,
  detailResponse,
  listQuery,
  listResponse,
} from '../../../core/contract/entities.js';

interface ListQuery {
  q?: string;
  country?: string;
  kind?: string;
  field?: string;
  yearFrom?: number;
  yearTo?: number;
  limit: number;
  offset: number;
}

/** A filter the collection does not have is a client mistake worth naming, not something to ignore. */
function refuseForeignFilters(spec: EntityTypeSpec, query: Record<string, unknown>): void {
  const allowed = new Set<string>([
    ...(spec.country ? ['country'] : []),
    ...(spec.kinds ? ['kind'] : []),
    ...(spec.field ? ['field'] : []),
    ...(spec.year ? ['yearFrom', 'yearTo'] : []),
  ]);
  for (const name of FILTER_NAMES) {
    if (query[name] !== undefined && !allowed.has(name)) {
      throw new InvalidInputError(`querystring ${name}: /api/${spec.segment} has no ${name} filter`, name);
    }
  }
}

function filtersOf(query: ListQuery): EntityFilters {
  assertYearRange(query.yearFrom, query.yearTo);
  return {
    q: query.q?.trim() || undefined,
    countries: splitList(query.country),
    kinds: splitList(query.kind),
    fields: splitList(query.field),
    yearFrom: query.yearFrom,
    yearTo: query.yearTo,
  };
}

const entities: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(writes);
  const repository = new EntityRepository(app.db);

  for (const spec of ENTITY_TYPES) {
    app.get(
      `/${spec.segment}`,
      {
        schema: {
          tags: ['entities'],
          summary: `List ${spec.segment}`,
          description: `${spec.label} nodes sorted by name, filtered and paginated.`,
          querystring: listQuery(spec),
          response: { 200: listResponse(spec), ...errorResponses(400, 503) },
        },
      },
      async (request) => {
        const query = request.query as ListQuery;
        refuseForeignFilters(spec, query as unknown as Record<string, unknown>);
        return repository.list(spec.label, filtersOf(query), { limit: query.limit, offset: query.offset });
      },
    );

    app.get(
      `/${spec.segment}/:id`,
      {
        schema: {
          tags: ['entities'],
          summary: `One ${spec.label} with its related entities and provenance`,
          description:
            spec.label === 'Country'
              ? 'A country is found by its id (`country-de`) or its ISO code (`DE`).'
              : `The ${spec.label} with this id.`,
          params: IdParams,
          querystring: RelatedQuery,
          response: { 200: detailResponse(spec), ...errorResponses(400, 404, 503) },
        },
      },
      async (request) => {
        const { id } = request.params;
        const detail = await repository.get(spec.label, id, request.query.relatedLimit);
        if (!detail) throw new NotFoundError(`No ${spec.label} with id "${id}"`, 'id');
        return detail;
      },
    );
  }
};

export default entities;
