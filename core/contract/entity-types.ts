/**
 * Entity types and their URL segments
 * ===================================
 *
 * `/api/institutions` is the collection of `Institution` nodes, and so on (docs/api.md). Which list filters make
 * sense for which label is decided here, once, so the routes, the repository and the OpenAPI document agree.
 */
import { AGREEMENT_KINDS, EVENT_KINDS, INSTITUTION_KINDS, type NodeLabel } from '../model.js';

export interface EntityTypeSpec {
  label: NodeLabel;
  /** The path segment: `/api/<segment>`. */
  segment: string;
  /** The `kind` values the label may take, when it has a kind. */
  kinds?: readonly string[];
  /** `country=` applies (the entity is located in, affiliated with, or party with someone in the country). */
  country: boolean;
  /** `field=` applies (the entity is IN_FIELD the field). */
  field: boolean;
  /** `yearFrom=`/`yearTo=` apply to this year (Agreement.startYear, the year of Event.startDate, ...). */
  year?: string;
}

export const ENTITY_TYPES: readonly EntityTypeSpec[] = [
  { label: 'Institution', segment: 'institutions', kinds: INSTITUTION_KINDS, country: true, field: true },
  { label: 'Country', segment: 'countries', country: true, field: false },
  { label: 'Person', segment: 'people', country: true, field: false },
  { label: 'Agreement', segment: 'agreements', kinds: AGREEMENT_KINDS, country: true, field: true, year: 'startYear' },
  { label: 'Event', segment: 'events', kinds: EVENT_KINDS, country: true, field: true, year: 'startDate' },
  { label: 'Field', segment: 'fields', country: false, field: false },
  { label: 'Document', segment: 'documents', country: false, field: false, year: 'publishedDate' },
];

export const segmentOf = (label: NodeLabel): string => ENTITY_TYPES.find((spec) => spec.label === label)!.segment;
