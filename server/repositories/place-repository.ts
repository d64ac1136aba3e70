/**
 * Place repository
 * ================
 *
 * The entities that name their city, placed by the gazetteer (GET /api/places).
 */
import type { Database } from '../db/database.js';
import { lookupCity } from '../geo/gazetteer.js';
import type { PlacesResponse } from '../../core/contract/places.js';

export class PlaceRepository {
  constructor(private readonly db: Database) {}

  async places(): Promise<PlacesResponse> {
    const rows = await this.db.read('places/cities');
    const out: PlacesResponse = { places: [], unresolved: [] };
    for (const row of rows) {
      const ref = {
        id: String(row.id),
        city: String(row.city),
        country: typeof row.country === 'string' ? row.country : null,
      };
      const found = lookupCity(ref.city, ref.country);
      if (found) out.places.push({ ...ref, lat: found.lat, lng: found.lng });
      else out.unresolved.push(ref);
    }
    return out;
  }
}
