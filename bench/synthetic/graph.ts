/**
 * The synthetic graph under construction
 * ======================================
 *
 * Records in the loader's JSON input shape (docs/data-model.md), plus the bookkeeping the generation steps
 * share: the seeded random source, the world, the field picker, the institutions with their activity (how many
 * agreements each takes part in) and the countries actually used, which become Country nodes at the end.
 */
import { type CountryInfo, countryId } from '../../core/countries.js';
import type { Mention } from '../../core/dataset.js';
import type { NodeLabel, RelationshipType } from '../../core/model.js';
import { FIELDS } from './vocabulary.js';
import { Random, WeightedPicker, zipfWeights } from '../../core/random.js';
import { slugify } from './names.js';
import { World } from './world.js';

/** A node record as the JSON reader takes it: id, type, properties, optional mentions. */
export interface SyntheticNode {
  id: string;
  type: NodeLabel;
  mentions?: Mention[];
  [property: string]: unknown;
}

export interface SyntheticRelationship {
  type: RelationshipType;
  source: string;
  target: string;
  mentions?: Mention[];
  [property: string]: unknown;
}

export interface SyntheticDataset {
  nodes: SyntheticNode[];
  relationships: SyntheticRelationship[];
}

export interface Institution {
  node: SyntheticNode;
  id: string;
  name: string;
  kind: string;
  country: CountryInfo;
  city: string;
  /** Target number of agreements: a power-law draw, so a few hubs hold hundreds. */
  activity: number;
  people: string[];
}

export const fieldId = (name: string) => `field-${slugify(name)}`;

export class SyntheticGraph {
  readonly random: Random;
  readonly world: World;
  readonly nodes: SyntheticNode[] = [];
  readonly relationships: SyntheticRelationship[] = [];
  readonly institutions: Institution[] = [];
  readonly names = new Map<string, string>();
  private readonly countries = new Map<string, CountryInfo>();
  private readonly fieldPicker: WeightedPicker<string>;
  private byCountry: Map<string, WeightedPicker<Institution>> | null = null;
  private anyInstitution: WeightedPicker<Institution> | null = null;

  constructor(seed: number) {
    this.random = new Random(seed);
    this.world = new World(this.random);
    this.fieldPicker = new WeightedPicker([...FIELDS], zipfWeights(FIELDS.length, 1));
  }

  addNode(node: SyntheticNode): SyntheticNode {
    this.nodes.push(node);
    if (typeof node.name === 'string') this.names.set(node.id, node.name);
    return node;
  }

  relate(
    type: RelationshipType,
    source: string,
    target: string,
    properties: Record<string, unknown> = {},
  ): SyntheticRelationship {
    const relationship: SyntheticRelationship = { type, source, target, ...properties };
    this.relationships.push(relationship);
    return relationship;
  }

  /** The id of a country's node; the node itself is written once at the end, for every country used. */
  country(country: CountryInfo): string {
    this.countries.set(country.code, country);
    return countryId(country.code);
  }

  usedCountries(): CountryInfo[] {
    return [...this.countries.values()].sort((a, b) => a.code.localeCompare(b.code));
  }

  /** A field by Zipf popularity: a few fields dominate, as "AI" and "new materials" do in the texts. */
  field(): string {
    return this.fieldPicker.pick(this.random);
  }

  /** Distinct fields, most likely the popular ones. */
  fields(count: number): string[] {
    return this.fieldPicker.pickDistinct(this.random, count);
  }

  /** An institution, more likely an active one (hubs also employ more people and host more events). */
  institution(): Institution {
    this.anyInstitution ??= new WeightedPicker(
      this.institutions,
      this.institutions.map((institution) => institution.activity + 1),
    );
    return this.anyInstitution.pick(this.random);
  }

  /** An institution in the given country, or anywhere when the country has none. */
  institutionIn(country: CountryInfo): Institution {
    if (!this.byCountry) {
      const groups = new Map<string, Institution[]>();
      for (const institution of this.institutions) {
        const group = groups.get(institution.country.code) ?? [];
        group.push(institution);
        groups.set(institution.country.code, group);
      }
      this.byCountry = new Map(
        [...groups].map(([code, group]) => [
          code,
          new WeightedPicker(
            group,
            group.map((i) => i.activity + 1),
          ),
        ]),
      );
    }
    return this.byCountry.get(country.code)?.pick(this.random) ?? this.institution();
  }

  dataset(): SyntheticDataset {
    return { nodes: this.nodes, relationships: this.relationships };
  }
}
