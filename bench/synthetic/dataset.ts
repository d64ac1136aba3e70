/**
 * A synthetic dataset
 * ===================
 *
 * The whole generation, in order: fields, institutions (with PART_OF, MEMBER_OF), agreements, people, events and
 * signings, stated cooperation, the Country nodes of every country used, and last the documents and mentions
 * that cite everything else. Sizes scale with the number of institutions: about two people per institution, one
 * event per 25, one document per 300 (5 to 300), which gives roughly ten input relationships per institution
 * (one million at 100k). The same options always give the same dataset.
 */
import { addAgreements } from './agreements.js';
import { type SyntheticDataset, SyntheticGraph, fieldId } from './graph.js';
import { addInstitutions } from './institutions.js';
import { addEvents, addPeople, addSignings, addStatedCooperation } from './people-events.js';
import { addProvenance } from './provenance.js';
import { FIELDS, FIELD_ALIASES } from './vocabulary.js';

export type { SyntheticDataset, SyntheticNode, SyntheticRelationship } from './graph.js';

export const DEFAULT_SEED = 20250606;

export interface GenerateOptions {
  institutions: number;
  seed?: number;
}

export function generateDataset(options: GenerateOptions): SyntheticDataset {
  const count = options.institutions;
  if (!Number.isInteger(count) || count < 10)
    throw new Error('coopgraph generate: institutions must be an integer of at least 10');
  const graph = new SyntheticGraph(options.seed ?? DEFAULT_SEED);

  for (const name of FIELDS)
    graph.addNode({ id: fieldId(name), type: 'Field', name, aliases: FIELD_ALIASES[name] ?? [] });
  addInstitutions(graph, count);
  const agreements = addAgreements(graph);
  addPeople(graph, count * 2);
  const events = addEvents(graph, Math.max(3, Math.round(count / 25)));
  addSignings(graph, agreements, events);
  addStatedCooperation(graph);
  for (const country of graph.usedCountries()) {
    graph.addNode({ id: graph.country(country), type: 'Country', code: country.code, name: country.name });
  }
  addProvenance(graph, Math.min(300, Math.max(5, Math.round(count / 300))));
  return graph.dataset();
}
