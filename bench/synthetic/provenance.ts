/**
 * Synthetic documents and mentions
 * ================================
 *
 * Provenance as the curated seed has it: some nodes and relationships carry `mentions` of a document with an
 * evidence span, and each Document's text is made of exactly those spans (plus a title sentence), so every
 * evidence is a verbatim substring of its document. Documents follow a Zipf law in size: a few long profiles,
 * many short news items. Events and signings are mentioned most often, as in the texts.
 */
import type { Mention } from '../../core/dataset.js';
import type { SyntheticGraph, SyntheticNode, SyntheticRelationship } from './graph.js';
import { WeightedPicker, zipfWeights } from '../../core/random.js';

/** Share of nodes / relationships of each type that carry a mention. */
const NODE_RATES: Record<string, number> = {
  Institution: 0.08,
  Agreement: 0.12,
  Person: 0.05,
  Event: 0.6,
  Field: 0.3,
  Country: 0.3,
};
const RELATIONSHIP_RATES: Record<string, number> = {
  PARTY_TO: 0.06,
  AFFILIATED_WITH: 0.05,
  HOSTED: 0.3,
  SIGNED_AT: 0.5,
  PARTICIPATED_IN: 0.1,
  MEMBER_OF: 0.2,
  COOPERATES_WITH: 1,
  PART_OF: 0.1,
};
const OTHER_RELATIONSHIP_RATE = 0.01;
/** Well under the validator's 1,000,000-character limit on a text. */
const MAX_DOCUMENT_CHARS = 500_000;

interface DraftDocument {
  id: string;
  title: string;
  spans: string[];
  chars: number;
}

function nodeEvidence(node: SyntheticNode, second: boolean): string {
  const name = String(node.name);
  switch (node.type) {
    case 'Institution':
      return second
        ? `${name} is committed to international exchanges and cooperation`
        : `delegations from ${name} visited partners abroad`;
    case 'Agreement':
      return node.startYear && !second
        ? `the ${name} was established in ${String(node.startYear)}`
        : `the ${name} was approved`;
    case 'Person':
      return second ? `a speech by ${name}` : `${name} delivered a speech`;
    case 'Event':
      return second
        ? `the ${name} featured a series of academic activities`
        : `the ${name} was held in ${String(node.city)}`;
    case 'Field':
      return `cooperation in the field of ${name.toLowerCase()}`;
    default:
      return second ? `exchanges with ${name}` : `partners in ${name}`;
  }
}

function relationshipEvidence(relationship: SyntheticRelationship, names: ReadonlyMap<string, string>): string {
  const source = names.get(relationship.source) ?? relationship.source;
  const target = names.get(relationship.target) ?? relationship.target;
  switch (relationship.type) {
    case 'PARTY_TO':
      return relationship.role === 'lead' ? `${source} established the ${target}` : `${source} joined the ${target}`;
    case 'AFFILIATED_WITH':
      return relationship.title ? `${source}, ${String(relationship.title)} of ${target}` : `${source} from ${target}`;
    case 'HOSTED':
      return `the ${target} was ${relationship.role === 'host' ? 'hosted' : relationship.role === 'guide' ? 'guided' : 'sponsored'} by ${source}`;
    case 'SIGNED_AT':
      return `the ${source} was signed at the ${target}`;
    case 'PARTICIPATED_IN':
      return `${source} attended the ${target}`;
    case 'MEMBER_OF':
      return `${source} joined the ${target}`;
    case 'COOPERATES_WITH':
      return `${source} has established long-term cooperative relationships with ${target}`;
    case 'PART_OF':
      return `${source} of ${target}`;
    case 'IN_FIELD':
      return `${source} in the field of ${target.toLowerCase()}`;
    default:
      return `${source} in ${target}`;
  }
}

/** Adds `count` Documents and the mentions that cite them; call once every other node and relationship exists. */
export function addProvenance(graph: SyntheticGraph, count: number): void {
  const { random } = graph;
  // The busiest institutions get profiles of their own, as doc-000 to doc-002 of the seed are.
  const subjects = [...graph.institutions].sort((a, b) => b.activity - a.activity).slice(0, count);
  const documents: DraftDocument[] = Array.from({ length: count }, (_, index) => {
    const subject = subjects[index];
    const title =
      subject && index % 3 !== 2
        ? `International Exchanges and Cooperation of ${subject.name}`
        : `International Cooperation Bulletin No. ${index + 1}`;
    return { id: `doc-${String(index).padStart(4, '0')}`, title, spans: [], chars: 0 };
  });
  const picker = new WeightedPicker(documents, zipfWeights(count, 0.8));

  const cite = (record: { mentions?: Mention[] }, evidence: string) => {
    let document = picker.pick(random);
    if (document.chars > MAX_DOCUMENT_CHARS) document = random.pick(documents);
    if (document.chars > MAX_DOCUMENT_CHARS) return;
    document.spans.push(evidence);
    document.chars += evidence.length + 2;
    (record.mentions ??= []).push({ document: document.id, evidence });
  };

  for (const node of graph.nodes) {
    if (!random.chance(NODE_RATES[node.type] ?? 0)) continue;
    cite(node, nodeEvidence(node, false));
    if (random.chance(0.1)) cite(node, nodeEvidence(node, true));
  }
  for (const relationship of graph.relationships) {
    if (random.chance(RELATIONSHIP_RATES[relationship.type] ?? OTHER_RELATIONSHIP_RATE)) {
      cite(relationship, relationshipEvidence(relationship, graph.names));
    }
  }

  for (const document of documents) {
    const year = random.int(2015, 2025);
    const published = new Date(Date.UTC(year, 0, 1 + random.int(0, 360))).toISOString().slice(0, 10);
    // One paragraph of sentences; a span is never altered (it must stay a verbatim substring), so one that starts
    // in lower case gets a lead-in. No span starts or ends with a space: CSV trimming is harmless.
    const sentence = (span: string) => (/^[a-z]/.test(span) ? `It was reported that ${span}.` : `${span}.`);
    const text = [document.title, ...document.spans].map(sentence).join(' ');
    graph.addNode({
      id: document.id,
      type: 'Document',
      name: document.title,
      file: `${document.id}.txt`,
      publishedDate: published,
      language: 'en',
      text,
    });
  }
}
