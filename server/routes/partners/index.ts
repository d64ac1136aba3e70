/**
 * GET /api/partners/:id
 * =====================
 *
 * The cooperation partners of an institution or a country (by id or ISO code), with agreements and evidence.
 * For a country: the institutions that cooperate with it, and the countries its own institutions cooperate
 * with (not the foreign partners of each of its institutions, which /api/partners/<institution> answers).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import { NotFoundError } from '../../../core/errors.js';
import { PartnerRepository } from '../../repositories/partner-repository.js';
import { errorResponses } from '../../../core/contract/common.js';
import { IdParams, PartnersQuery, PartnersResponse } from '../../../core/contract/partners.js';

const partners: FastifyPluginAsyncTypebox = async (app) => {
  const repository = new PartnerRepository(app.db);

  app.get(
    '/partners/:id',
    {
      schema: {
        tags: ['cooperation'],
        summary: 'Cooperation partners of an institution or a country',
        description:
          'Institution: its COOPERATES_WITH edges, those of its units (PART_OF it: `via` the unit) and the ties ' +
          'through the alliances it belongs to (`tie: alliance`); `directOnly=true` for its own edges only. ' +
          'Country: the institutions with COOPERATES_WITH to it, plus the countries its institutions cooperate ' +
          'with (agreements pooled per country).',
        params: IdParams,
        querystring: PartnersQuery,
        response: { 200: PartnersResponse, ...errorResponses(400, 404, 503) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const result = await repository.partners(id, request.query.limit, { directOnly: request.query.directOnly });
      if (!result) throw new NotFoundError(`No institution or country with id "${id}"`, 'id');
      return result;
    },
  );
};

export default partners;
