/**
 * The data model as code
 * ======================
 *
 * Labels, relationship types, enumerations and which labels each relationship may connect: the allowlists
 * that validation, the loader and the API share. docs/data-model.md explains them.
 */

export const NODE_LABELS = ['Institution', 'Country', 'Person', 'Agreement', 'Event', 'Field', 'Document'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'LOCATED_IN',
  'PART_OF',
  'PARTY_TO',
  'WITH_COUNTRY',
  'AFFILIATED_WITH',
  'PARTICIPATED_IN',
  'HOSTED',
  'SIGNED_AT',
  'IN_FIELD',
  'MEMBER_OF',
  'COOPERATES_WITH',
  'MENTIONED_IN',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const INSTITUTION_KINDS = [
  'university',
  'college',
  'faculty',
  'academy',
  'research-institute',
  'company',
  'government',
  'association',
  'alliance',
  'lab',
  'centre',
  'other',
] as const;

export const AGREEMENT_KINDS = [
  'education-program',
  'joint-lab',
  'research-project',
  'platform',
  'overseas-campus',
  'overseas-office',
  'test-centre',
  'research-centre',
  'training-base',
  'cooperation-base',
  'mou',
  'other',
] as const;

export const EVENT_KINDS = ['conference', 'visit', 'ceremony', 'forum', 'other'] as const;
export const AGREEMENT_STATUSES = ['active', 'ended', 'planned'] as const;
export const PARTY_ROLES = ['lead', 'partner', 'host', 'sponsor', 'funder', 'member'] as const;
export const HOST_ROLES = ['host', 'sponsor', 'guide'] as const;
/**
 * How the parties of an agreement cooperate (docs/data-model.md, "Agreement topology"): `joint`, all of them
 * together (a joint lab, a consortium); `hub`, one lead with separate partners ("a programme with A in X, B in Y").
 * An agreement without `topology` is `joint`.
 */
export const AGREEMENT_TOPOLOGIES = ['joint', 'hub'] as const;
export type AgreementTopology = (typeof AGREEMENT_TOPOLOGIES)[number];

type PropertyType = 'string' | 'string[]' | 'year' | 'date' | 'number' | 'boolean';

export interface PropertySpec {
  type: PropertyType;
  required?: boolean;
  values?: readonly string[];
  /** Numbers: the inclusive range. */
  min?: number;
  max?: number;
}

const common: Record<string, PropertySpec> = {
  name: { type: 'string', required: true },
  aliases: { type: 'string[]' },
  description: { type: 'string' },
  quantities: { type: 'string[]' },
};

/** The properties each label may carry; anything else is rejected so typos do not become data. */
export const NODE_PROPERTIES: Record<NodeLabel, Record<string, PropertySpec>> = {
  Institution: {
    ...common,
    kind: { type: 'string', required: true, values: INSTITUTION_KINDS },
    city: { type: 'string' },
    website: { type: 'string' },
  },
  Country: {
    code: { type: 'string', required: true },
    name: { type: 'string' },
    aliases: { type: 'string[]' },
    region: { type: 'string' },
    subregion: { type: 'string' },
    lat: { type: 'number' },
    lng: { type: 'number' },
  },
  Person: { ...common },
  Agreement: {
    ...common,
    kind: { type: 'string', required: true, values: AGREEMENT_KINDS },
    startYear: { type: 'year' },
    endYear: { type: 'year' },
    status: { type: 'string', values: AGREEMENT_STATUSES },
    topology: { type: 'string', values: AGREEMENT_TOPOLOGIES },
  },
  Event: {
    ...common,
    kind: { type: 'string', required: true, values: EVENT_KINDS },
    startDate: { type: 'date' },
    endDate: { type: 'date' },
    city: { type: 'string' },
  },
  Field: { name: { type: 'string', required: true }, aliases: { type: 'string[]' }, description: { type: 'string' } },
  Document: {
    name: { type: 'string', required: true },
    file: { type: 'string' },
    publishedDate: { type: 'date' },
    language: { type: 'string' },
    text: { type: 'string' },
    /** Credit lines of the publication as printed ("Correspondent: Wang Jinyao"): metadata, not entities. */
    byline: { type: 'string[]' },
    /** The publishing unit as printed ("Propaganda Department (News Center)"). */
    source: { type: 'string' },
  },
};

export interface RelationshipSpec {
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  properties: Record<string, PropertySpec>;
}

const ANY: readonly NodeLabel[] = NODE_LABELS;

/**
 * Provenance honesty (docs/data-model.md, "Inferred facts"): a relationship that no span of a text supports
 * carries no `mentions` and instead `inferred`, the reason it holds ("world knowledge: Jinan is in China",
 * "the unit's parent: ..."). Every relationship type may carry it; the loader rejects it beside mentions.
 */
export const INFERRED: Record<string, PropertySpec> = { inferred: { type: 'string' } };
const derived: Record<string, PropertySpec> = {
  stated: { type: 'boolean' },
  weight: { type: 'number' },
  agreementIds: { type: 'string[]' },
  kinds: { type: 'string[]' },
  firstYear: { type: 'year' },
};

const RELATIONSHIPS_STATED: Record<RelationshipType, RelationshipSpec> = {
  LOCATED_IN: { from: ['Institution', 'Event'], to: ['Country'], properties: {} },
  PART_OF: { from: ['Institution'], to: ['Institution'], properties: {} },
  PARTY_TO: {
    from: ['Institution'],
    to: ['Agreement'],
    properties: { role: { type: 'string', values: PARTY_ROLES } },
  },
  WITH_COUNTRY: { from: ['Agreement'], to: ['Country'], properties: {} },
  AFFILIATED_WITH: { from: ['Person'], to: ['Institution'], properties: { title: { type: 'string' } } },
  PARTICIPATED_IN: {
    from: ['Person', 'Institution', 'Country'],
    to: ['Event'],
    properties: { role: { type: 'string' } },
  },
  HOSTED: { from: ['Institution'], to: ['Event'], properties: { role: { type: 'string', values: HOST_ROLES } } },
  SIGNED_AT: { from: ['Agreement'], to: ['Event'], properties: {} },
  IN_FIELD: { from: ['Agreement', 'Institution', 'Event'], to: ['Field'], properties: {} },
  MEMBER_OF: { from: ['Institution'], to: ['Institution'], properties: { role: { type: 'string' } } },
  COOPERATES_WITH: { from: ['Institution'], to: ['Institution', 'Country'], properties: derived },
  MENTIONED_IN: {
    from: ANY.filter((label) => label !== 'Document'),
    to: ['Document'],
    properties: { evidence: { type: 'string[]' } },
  },
};

export const RELATIONSHIPS: Record<RelationshipType, RelationshipSpec> = Object.fromEntries(
  Object.entries(RELATIONSHIPS_STATED).map(([type, spec]) => [
    type,
    type === 'MENTIONED_IN' ? spec : { ...spec, properties: { ...spec.properties, ...INFERRED } },
  ]),
) as Record<RelationshipType, RelationshipSpec>;

/**
 * How sure the extraction from text was of a node or relationship (server/ingest/extract), from 0 to 1. Curated
 * input leaves it out; every label but Document and every relationship but MENTIONED_IN may carry it.
 */
export const CONFIDENCE: PropertySpec = { type: 'number', min: 0, max: 1 };
for (const label of NODE_LABELS) if (label !== 'Document') NODE_PROPERTIES[label].confidence = CONFIDENCE;
for (const type of RELATIONSHIP_TYPES)
  if (type !== 'MENTIONED_IN') RELATIONSHIPS[type].properties.confidence = CONFIDENCE;

export const isNodeLabel = (value: unknown): value is NodeLabel => NODE_LABELS.includes(value as NodeLabel);
export const isRelationshipType = (value: unknown): value is RelationshipType =>
  RELATIONSHIP_TYPES.includes(value as RelationshipType);

/** A relationship's id: its (source, type, target) key, which is unique. */
export const relationshipId = (source: string, type: string, target: string) => `${source}|${type}|${target}`;

/**
 * The default node cap of GET /api/network. At 100k institutions (bench/README.md) the 2,000 best connected and
 * their ~60k links take under 1 s to build and 0.5 MiB gzipped as Arrow; 20,000 took 4.6 s and 2.5 MiB. Smaller
 * graphs are drawn whole; larger ones open on the countries overview in the explorer.
 */
export const DEFAULT_NETWORK_NODES = 2_000;

/**
 * The type of an edge of the countries overview (GET /api/network/countries): two countries whose institutions
 * cooperate. Drawn, never stored.
 */
export const CROSS_BORDER = 'CROSS_BORDER';

/** The labels /api/network can draw, in the order the explorer lists them. */
export const NETWORK_TYPES = ['Institution', 'Country', 'Agreement', 'Person', 'Event', 'Field'] as const;
export type NetworkType = (typeof NETWORK_TYPES)[number];
/** What /api/network draws when no `types` are given: the cooperation network itself. */
export const DEFAULT_NETWORK_TYPES = ['Institution', 'Country'] as const satisfies readonly NetworkType[];

/**
 * What a newcomer to the explorer sees first: institutions and countries joined by their partnerships, and the
 * events (a conference is a whole source text). People, agreements and fields are a click away in the filters.
 * The server warms this view for every data version (server/plugins/warm-up.ts).
 */
export const FIRST_VIEW_TYPES = ['Institution', 'Country', 'Event'] as const satisfies readonly NetworkType[];

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
