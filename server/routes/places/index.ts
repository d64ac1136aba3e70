/**
 * GET /api/places
 * ===============
 *
 * City coordinates of the entities that name their city, for the map view. A gazetteer lookup per entity, so the
 * answer is built once per data version and cached with an ETag like the network (../versioned-cache.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import { PlaceRepository } from '../../repositories/place-repository.js';
import { NotModified, errorResponses } from '../../../core/contract/common.js';
import { PlacesResponse } from '../../../core/contract/places.js';
import { JSON_TYPE, VersionedCache, representation, sendVersioned } from '../versioned-cache.js';

const places: FastifyPluginAsyncTypebox = async (app) => {
  const repository = new PlaceRepository(app.db);
  // One small answer per version: a few entries at most.
  const cache = new VersionedCache(16 * 1024 * 1024);

  app.get(
    '/places',
    {
      schema: {
        tags: ['cooperation'],
        summary: 'Where the institutions and events that name their city are (lat/lng from a gazetteer)',
        description: 'Answers carry an ETag that changes with the data; `If-None-Match` answers 304.',
        response: {
          200: PlacesResponse,
          304: NotModified,
          ...errorResponses(503),
        },
      },
    },
    async (request, reply) =>
      sendVersioned(app.db, request, reply, {
        cache,
        key: 'places',
        build: async () => representation(JSON_TYPE, Buffer.from(JSON.stringify(await repository.places()))),
      }),
  );
};

export default places;
