/**
 * Committing a review
 * ===================
 *
 * Writes a document's accepted and edited proposals into the graph through the loader (server/ingest/load.ts
 * loadDataset): the same validator and allowlists as a JSON or CSV load, the same provenance (each fact's
 * `mentions` quote the sentences of its evidence spans from this document, which enters the graph as a
 * Document with its text), the same COOPERATES_WITH derivation and data-version bump. One transaction holds
 * the load and the marking of the proposals as committed: all or nothing.
 *
 * An entity becomes a new node, or only a mention of an existing one when the extraction resolved it to a
 * known node or a person merged it into one. A new institution, country or field whose id is taken by a node
 * of the same label and name (another document committed it first) is that node; taken otherwise, it gets the
 * next free id (`-2`, ...).
 * A relation is written only if both its ends are in the graph or accepted: an accepted relation whose end is
 * pending or rejected is a problem the response lists, and nothing is written.
 */
import type { Database } from '../../db/database.js';
import { ConflictError, InvalidInputError, type Problem } from '../../../core/errors.js';
import type { CommitResponse, Proposal } from '../../../core/contract/review.js';
import type { Dataset, InputNode, InputRelationship, Mention, Origin } from '../../../core/dataset.js';
import { NODE_PROPERTIES, RELATIONSHIPS, isNodeLabel, isRelationshipType } from '../../../core/model.js';
import { loadDataset } from '../load.js';
import { asConflict, problemOf } from '../body.js';
import { allowed } from '../extract/output.js';
import { normalise, slug } from '../extract/text.js';
import { documentSummary, getDocument, listProposals, run } from './queue.js';

const MAX_LISTED = 200;
const positive = (proposal: Proposal) => proposal.state === 'accepted' || proposal.state === 'edited';

interface GraphNode {
  label: string;
  name: string;
}

async function graphNodes(db: Database, ids: string[]): Promise<Map<string, GraphNode>> {
  if (ids.length === 0) return new Map();
  const rows = await db.read('review/node-names', { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [String(row.id), { label: String(row.label), name: String(row.name ?? '') }]));
}

/** What an accepted entity proposal is once its edits are applied. */
function effective(proposal: Proposal) {
  const edit = proposal.edit ?? {};
  const type = edit.type ?? proposal.type;
  const name = edit.name ?? proposal.name;
  const renamed = name !== proposal.name || type !== proposal.type;
  const specs = isNodeLabel(type) ? NODE_PROPERTIES[type] : {};
  const properties: Record<string, unknown> = allowed(specs, { ...proposal.properties, name });
  if (edit.kind) properties.kind = edit.kind;
  if (specs.kind?.required && properties.kind === undefined) properties.kind = 'other';
  if (renamed && type !== 'Country') {
    const aliases = new Set([...((properties.aliases as string[]) ?? []), proposal.name]);
    aliases.delete(name);
    if (aliases.size > 0) properties.aliases = [...aliases];
  }
  properties.confidence = proposal.confidence;
  return { type, name, renamed, properties };
}

function addMentions(into: Mention[], more: Mention[]): void {
  for (const mention of more) if (!into.some((m) => m.evidence === mention.evidence)) into.push(mention);
}

/** The next id free in the graph and in this commit, from `base`. */
async function freeId(db: Database, base: string, taken: Set<string>): Promise<string> {
  for (let round = 0; round < 10; round += 1) {
    const numbers = Array.from({ length: 10 }, (_, i) => round * 10 + i + 1);
    const tries = numbers.map((n) => (n === 1 ? base : `${base}-${n}`));
    const inGraph = await graphNodes(db, tries);
    const free = tries.find((id) => !inGraph.has(id) && !taken.has(id));
    if (free) return free;
  }
  throw new ConflictError(`no free id from "${base}"`);
}

export async function commitDocument(db: Database, documentId: string): Promise<CommitResponse> {
  const document = await getDocument(db, documentId);
  const proposals = await listProposals(db, documentId);
  const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
  const waiting = proposals.filter((proposal) => positive(proposal) && !proposal.committed);
  if (waiting.length === 0) {
    throw new ConflictError(`document ${documentId} has no accepted or edited proposal waiting to be committed`, 'id');
  }
  const problems: Problem[] = [];
  const origin = (proposal: Proposal): Origin => ({
    file: `review ${documentId}`,
    record: `proposal ${proposal.id} (${proposal.name})`,
  });
  const mentions = (proposal: Proposal) => proposal.evidence.map((evidence) => ({ document: documentId, evidence }));

  // Entities: the graph id each becomes, and the nodes and mentions to write.
  const nodes: InputNode[] = [];
  const relationships = new Map<string, InputRelationship>();
  const graphIdOf = new Map<string, string>();
  const committed = new Map<string, string | null>();
  for (const proposal of proposals) {
    if (proposal.committed && proposal.graphId) graphIdOf.set(proposal.id, proposal.graphId);
  }

  const entities = waiting.filter((proposal) => proposal.kind === 'entity');
  const proposedIds = entities.map((proposal) => {
    const { name, renamed } = effective(proposal);
    return renamed ? slug(name) : (proposal.proposedId ?? slug(proposal.name));
  });
  const inGraph = await graphNodes(db, [...proposedIds, documentId]);
  const taken = new Set<string>();
  const newNodes = new Map<string, InputNode>();

  const mention = (id: string, proposal: Proposal) => {
    const key = `${id}|MENTIONED_IN|${documentId}`;
    const existing = relationships.get(key);
    const evidence = [...new Set([...((existing?.properties.evidence as string[]) ?? []), ...proposal.evidence])];
    relationships.set(key, {
      type: 'MENTIONED_IN',
      source: id,
      target: documentId,
      properties: { evidence },
      mentions: [],
      origin: existing?.origin ?? origin(proposal),
    });
  };

  for (const [i, proposal] of entities.entries()) {
    const { type, name, renamed, properties } = effective(proposal);
    const existingId = proposal.mergeInto ?? (renamed ? null : proposal.resolvedTo);
    if (existingId) {
      graphIdOf.set(proposal.id, existingId);
      committed.set(proposal.id, existingId);
      mention(existingId, proposal);
      continue;
    }
    let id = proposedIds[i]!;
    const known = inGraph.get(id);
    // Institutions, countries and fields are known by name; two agreements or events of one name may be two.
    const byName = type === 'Institution' || type === 'Country' || type === 'Field';
    const same = (node: { label: string; name: string }) =>
      byName && node.label === type && normalise(node.name) === normalise(name);
    if (known && same(known)) {
      graphIdOf.set(proposal.id, id);
      committed.set(proposal.id, id);
      mention(id, proposal);
      continue;
    }
    const sibling = newNodes.get(id);
    if (sibling && same({ label: sibling.type, name: String(sibling.properties.name) })) {
      addMentions(sibling.mentions, mentions(proposal));
    } else {
      if (known || taken.has(id)) id = await freeId(db, id, taken);
      taken.add(id);
      const node: InputNode = { id, type, properties, mentions: mentions(proposal), origin: origin(proposal) };
      newNodes.set(id, node);
      nodes.push(node);
    }
    graphIdOf.set(proposal.id, id);
    committed.set(proposal.id, id);
  }

  // Relations: both ends must be in the graph or accepted now.
  for (const proposal of waiting.filter((p) => p.kind === 'relation')) {
    const edit = proposal.edit ?? {};
    const type = edit.type ?? proposal.type;
    const ends: string[] = [];
    for (const end of ['source', 'target'] as const) {
      const ref = edit[end] ?? proposal[end] ?? '';
      const endProposal = byId.get(ref);
      if (!endProposal) {
        ends.push(ref); // a node id: the validator checks that it exists and fits the type
        continue;
      }
      const id = graphIdOf.get(ref);
      if (id) ends.push(id);
      else {
        problems.push({
          record: origin(proposal).record,
          field: end,
          message: `its ${end} "${endProposal.name}" (${ref}) is ${endProposal.state}; accept it or reject this relation`,
        });
      }
    }
    committed.set(proposal.id, null);
    if (ends.length < 2) continue;
    const [source, target] = ends as [string, string];
    const specs = isRelationshipType(type) ? RELATIONSHIPS[type].properties : {};
    const properties = allowed(specs, { ...proposal.properties, confidence: proposal.confidence });
    const key = `${source}|${type}|${target}`;
    const existing = relationships.get(key);
    if (existing) {
      addMentions(existing.mentions, mentions(proposal));
      continue;
    }
    const relationship = { type, source, target, properties, mentions: mentions(proposal), origin: origin(proposal) };
    relationships.set(key, relationship);
  }

  // The document itself, unless the graph already has it (a load replaces a node's properties as a whole).
  if (!inGraph.has(documentId)) {
    nodes.unshift({
      id: documentId,
      type: 'Document',
      properties: { name: document.name, ...(document.file ? { file: document.file } : {}), text: document.text },
      mentions: [],
      origin: { file: `review ${documentId}`, record: 'document' },
    });
  } else if (inGraph.get(documentId)!.label !== 'Document') {
    throw new ConflictError(`the id ${documentId} is taken in the graph by a ${inGraph.get(documentId)!.label}`, 'id');
  }

  const dataset: Dataset = { nodes, relationships: [...relationships.values()] };
  const marks = [...committed].map(([id, graphId]) => ({ id, graphId }));
  let result;
  if (problems.length === 0) {
    try {
      result = await loadDataset(db, dataset, {
        alsoInTransaction: async (tx) => {
          await run(tx, 'review/mark-committed', { rows: marks, document: documentId });
        },
      });
    } catch (error) {
      throw asConflict(error);
    }
    problems.push(...result.errors.map(problemOf));
  }
  if (problems.length > 0 || !result?.summary) {
    const first = problems[0]!;
    throw new InvalidInputError(
      `${problems.length} problem(s) in the accepted proposals; nothing was written. First: ${first.record}` +
        `${first.field ? `: field "${first.field}"` : ''}: ${first.message}`,
      first.field ?? undefined,
      { count: problems.length, listed: problems.slice(0, MAX_LISTED) },
    );
  }
  const entitiesCommitted = marks.filter((mark) => byId.get(mark.id)?.kind === 'entity').length;
  const { nodes: nodeCounts, relationships: relationshipCounts, cooperationEdges, seconds } = result.summary;
  return {
    document: await documentSummary(db, documentId),
    committed: { entities: entitiesCommitted, relations: marks.length - entitiesCommitted },
    nodes: nodeCounts,
    relationships: relationshipCounts,
    cooperationEdges,
    seconds,
  };
}
