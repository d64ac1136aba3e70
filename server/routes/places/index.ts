/**
 * GET /api/places
 * ===============
 *
 * City coordinates of the entities that name their city, for the map view.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import { PlaceRepository } from '../../repositories/place-repository.js';
import { errorResponses } from '../../../core/contract/common.js';
import { PlacesResponse } from '../../../core/contract/places.js';

const places: FastifyPluginAsyncTypebox = async (app) => {
  const repository = new PlaceRepository(app.db);

  app.get(
    '/places',
    {
      schema: {
        tags: ['cooperation'],
        summary: 'Where the institutions and events that name their city are (lat/lng from a gazetteer)',
        response: { 200: PlacesResponse, ...errorResponses(503) },
      },
    },
    async () => repository.places(),
  );
};

export default places;
