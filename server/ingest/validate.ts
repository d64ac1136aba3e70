/**
 * Validation
 * ==========
 *
 * Checks a whole dataset before anything is written: required fields, types, enumerations, ISO codes, dates,
 * duplicate ids and relationships, references to unknown ids, relationship endpoints. Every error names the
 * file, the record and the field. Ids that the input references but does not define may already be in the
 * database: `existing` maps those to their labels.
 */
import { countryByCode } from '../../core/countries.js';
import {
  type Dataset,
  InputError,
  type InputNode,
  type InputRelationship,
  type Mention,
  type Origin,
} from '../../core/dataset.js';
import {
  NODE_LABELS,
  NODE_PROPERTIES,
  type NodeLabel,
  type PropertySpec,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  SLUG,
  isNodeLabel,
  isRelationshipType,
} from '../../core/model.js';

const MAX_TEXT = 1_000_000;
const MAX_EVIDENCE = 2_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** Why a value does not fit its spec, or null when it does. */
function propertyProblem(value: unknown, spec: PropertySpec): string | null {
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string') return `must be a string, got ${JSON.stringify(value)}`;
      if (value.trim() === '') return 'must not be empty';
      if (value.length > MAX_TEXT) return `is longer than ${MAX_TEXT} characters`;
      if (spec.values && !spec.values.includes(value))
        return `must be one of ${spec.values.join(', ')}, got "${value}"`;
      return null;
    case 'string[]':
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return 'must be a list of strings';
      return null;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number, got ${JSON.stringify(value)}`;
      if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
        return `must be between ${spec.min ?? '-∞'} and ${spec.max ?? '∞'}, got ${value}`;
      }
      return null;
    case 'year':
      return Number.isInteger(value) && (value as number) >= 1000 && (value as number) <= 2200
        ? null
        : `must be a year (integer from 1000 to 2200), got ${JSON.stringify(value)}`;
    case 'date':
      return typeof value === 'string' && validDate(value)
        ? null
        : `must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `must be true or false, got ${JSON.stringify(value)}`;
  }
}

function checkProperties(
  properties: Record<string, unknown>,
  specs: Record<string, PropertySpec>,
  origin: Origin,
  what: string,
  errors: InputError[],
): void {
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.required && (properties[key] === undefined || properties[key] === null)) {
      errors.push(new InputError(origin, key, `is required for ${what}`));
    }
  }
  for (const [key, value] of Object.entries(properties)) {
    const spec = specs[key];
    if (!spec) {
      const allowed = Object.keys(specs);
      errors.push(
        new InputError(
          origin,
          key,
          `is not a property of ${what}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`,
        ),
      );
      continue;
    }
    if (value === null) continue;
    const problem = propertyProblem(value, spec);
    if (problem) errors.push(new InputError(origin, key, problem));
  }
}

function checkMentions(
  mentions: Mention[],
  origin: Origin,
  labelOf: (id: string) => NodeLabel | undefined,
  errors: InputError[],
) {
  mentions.forEach((mention, index) => {
    const label = labelOf(mention.document);
    if (label === undefined) {
      errors.push(
        new InputError(origin, `mentions[${index}].document`, `refers to unknown document "${mention.document}"`),
      );
    } else if (label !== 'Document') {
      errors.push(
        new InputError(origin, `mentions[${index}].document`, `"${mention.document}" is a ${label}, not a Document`),
      );
    }
    if (mention.evidence.trim() === '') {
      errors.push(new InputError(origin, `mentions[${index}].evidence`, 'must not be empty'));
    } else if (mention.evidence.length > MAX_EVIDENCE) {
      errors.push(
        new InputError(
          origin,
          `mentions[${index}].evidence`,
          `is longer than ${MAX_EVIDENCE} characters; quote a sentence or less`,
        ),
      );
    }
  });
}

/**
 * A website is shown as a link in the explorer: only http and https, never `javascript:`, `data:` or `file:`,
 * and a host it can point at.
 */
function isWebAddress(text: string): boolean {
  if (!/^https?:\/\//i.test(text.trim())) return false;
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function checkNode(node: InputNode, errors: InputError[]): void {
  const { origin } = node;
  if (typeof node.id !== 'string' || node.id === '') {
    errors.push(new InputError(origin, 'id', 'is required'));
  } else if (!SLUG.test(node.id) || node.id.length > 200) {
    errors.push(
      new InputError(
        origin,
        'id',
        `must be a lowercase slug (a-z, 0-9, single hyphens, at most 200), got "${node.id}"`,
      ),
    );
  }
  if (!isNodeLabel(node.type)) {
    errors.push(
      new InputError(origin, 'type', `must be one of ${NODE_LABELS.join(', ')}, got ${JSON.stringify(node.type)}`),
    );
    return;
  }
  checkProperties(node.properties, NODE_PROPERTIES[node.type], origin, `a ${node.type}`, errors);
  const { code, startYear, endYear, startDate, endDate } = node.properties;
  if (node.type === 'Country' && typeof code === 'string' && !countryByCode(code)) {
    errors.push(new InputError(origin, 'code', `"${code}" is not an ISO 3166-1 alpha-2 country code`));
  }
  if (node.type === 'Country' && typeof code === 'string' && code !== code.toUpperCase()) {
    errors.push(new InputError(origin, 'code', `must be upper case ("${code.toUpperCase()}")`));
  }
  if (typeof node.properties.website === 'string' && !isWebAddress(node.properties.website)) {
    errors.push(
      new InputError(
        origin,
        'website',
        `must be an http:// or https:// address, got ${JSON.stringify(node.properties.website.slice(0, 100))}`,
      ),
    );
  }
  if (typeof startYear === 'number' && typeof endYear === 'number' && endYear < startYear) {
    errors.push(new InputError(origin, 'endYear', `${endYear} is before startYear ${startYear}`));
  }
  if (typeof startDate === 'string' && typeof endDate === 'string' && endDate < startDate) {
    errors.push(new InputError(origin, 'endDate', `${endDate} is before startDate ${startDate}`));
  }
}

function checkRelationship(
  relationship: InputRelationship,
  labelOf: (id: string) => NodeLabel | undefined,
  errors: InputError[],
): void {
  const { origin, type } = relationship;
  if (!isRelationshipType(type)) {
    errors.push(
      new InputError(origin, 'type', `must be one of ${RELATIONSHIP_TYPES.join(', ')}, got ${JSON.stringify(type)}`),
    );
    return;
  }
  const spec = RELATIONSHIPS[type];
  for (const end of ['source', 'target'] as const) {
    const id = relationship[end];
    const allowed = end === 'source' ? spec.from : spec.to;
    if (typeof id !== 'string' || id === '') {
      errors.push(new InputError(origin, end, 'is required'));
      continue;
    }
    const label = labelOf(id);
    if (label === undefined) errors.push(new InputError(origin, end, `refers to unknown id "${id}"`));
    else if (!allowed.includes(label)) {
      errors.push(
        new InputError(
          origin,
          end,
          `"${id}" is a ${label}; ${type} ${end === 'source' ? 'starts at' : 'ends at'} ${allowed.join(' or ')}`,
        ),
      );
    }
  }
  if (relationship.source === relationship.target) {
    errors.push(new InputError(origin, 'target', 'is the same as source; a node cannot relate to itself'));
  }
  checkProperties(relationship.properties, spec.properties, origin, `a ${type} relationship`, errors);
  // Provenance honesty: a fact is either quoted (mentions) or inferred with its reason, never both.
  const { inferred } = relationship.properties;
  if (typeof inferred === 'string' && inferred.trim() === '') {
    errors.push(new InputError(origin, 'inferred', 'must say why the fact holds ("world knowledge: ...")'));
  } else if (typeof inferred === 'string' && relationship.mentions.length > 0) {
    errors.push(new InputError(origin, 'inferred', 'is for facts no span supports; drop it or the mentions'));
  }
}

/**
 * All problems of a dataset, in input order. `existing` gives the labels of ids that the input references but
 * does not define (looked up in the database); an id in neither is unknown.
 */
export function validate(dataset: Dataset, existing: ReadonlyMap<string, NodeLabel> = new Map()): InputError[] {
  const errors: InputError[] = [];
  const defined = new Map<string, InputNode>();
  const countryCodes = new Map<string, InputNode>();

  for (const node of dataset.nodes) {
    checkNode(node, errors);
    if (typeof node.id !== 'string' || node.id === '') continue;
    const first = defined.get(node.id);
    if (first) {
      errors.push(
        new InputError(
          node.origin,
          'id',
          `duplicate id "${node.id}", first defined at ${first.origin.file}: ${first.origin.record}`,
        ),
      );
    } else defined.set(node.id, node);
    const code = node.properties.code;
    if (node.type === 'Country' && typeof code === 'string') {
      const other = countryCodes.get(code);
      if (other) errors.push(new InputError(node.origin, 'code', `country code ${code} is also used by "${other.id}"`));
      else countryCodes.set(code, node);
    }
  }

  const labelOf = (id: string): NodeLabel | undefined => {
    const node = defined.get(id);
    if (node) return isNodeLabel(node.type) ? node.type : undefined;
    return existing.get(id);
  };

  for (const node of dataset.nodes) checkMentions(node.mentions, node.origin, labelOf, errors);

  const keys = new Map<string, InputRelationship>();
  for (const relationship of dataset.relationships) {
    checkRelationship(relationship, labelOf, errors);
    checkMentions(relationship.mentions, relationship.origin, labelOf, errors);
    const key = `${relationship.source}|${relationship.type}|${relationship.target}`;
    const first = keys.get(key);
    if (first) {
      errors.push(
        new InputError(
          relationship.origin,
          'target',
          `duplicate relationship, first at ${first.origin.file}: ${first.origin.record}; merge their mentions`,
        ),
      );
    } else keys.set(key, relationship);
  }
  return errors;
}

/** Ids the dataset references without defining them: the ones to look up in the database. */
export function unresolvedIds(dataset: Dataset): string[] {
  const defined = new Set(dataset.nodes.map((node) => node.id));
  const wanted = new Set<string>();
  const want = (id: unknown) => typeof id === 'string' && id !== '' && !defined.has(id) && wanted.add(id);
  for (const relationship of dataset.relationships) {
    want(relationship.source);
    want(relationship.target);
    relationship.mentions.forEach((mention) => want(mention.document));
  }
  dataset.nodes.forEach((node) => node.mentions.forEach((mention) => want(mention.document)));
  return [...wanted];
}
