/**
 * The review queue
 * ================
 *
 * A submitted text becomes a (:ReviewDocument) with its plain text, and the extraction's proposals become
 * (:Proposal) nodes with their state (pending, accepted, rejected, edited). Both are kept apart from the
 * cooperation graph (no :Entity label, no relationship; cypher/queries/review): nothing of them reaches the
 * graph's reads, the exports or the analytics until a commit (commit.ts) loads what a person accepted.
 */
import type { ManagedTransaction } from 'neo4j-driver';

import type { Database, Row } from '../../db/database.js';
import { query } from '../../db/cypher.js';
import type { QueryName } from '../../db/query-names.js';
import { InvalidInputError, NotFoundError, TooLargeError } from '../../../core/errors.js';
import {
  MAX_REVIEW_TEXT,
  type Proposal,
  type ReviewDocument,
  type ReviewDocumentSummary,
  type ReviewState,
  type SubmitBody,
  type SubmitResponse,
} from '../../../core/contract/review.js';
import { readKnownEntities } from '../extract/known.js';
import { Gazetteer, extractDocument } from '../extract/pipeline.js';
import { NotTextError, type SourceFormat, formatOf, toPlainText } from '../extract/source.js';
import { proposalsOf } from './propose.js';

/** A named statement in the load's own transaction (writeDataset's `alsoInTransaction`). */
export const run = async (tx: ManagedTransaction, name: QueryName, params: Record<string, unknown>) =>
  (await tx.run(query(name), params)).records.map((record) => record.toObject());

const json = <T>(value: unknown, fallback: T): T => (typeof value === 'string' ? (JSON.parse(value) as T) : fallback);

/** The API view of a stored proposal. */
export function toProposal(row: Record<string, unknown>): Proposal {
  const edit = json<Proposal['edit']>(row.editJson, undefined);
  return {
    id: String(row.id),
    document: String(row.document),
    kind: row.kind === 'relation' ? 'relation' : 'entity',
    state: String(row.state) as ReviewState,
    type: String(row.type),
    name: String(row.name),
    properties: json(row.propertiesJson, {}),
    confidence: Number(row.confidence ?? 0),
    sentence: Number(row.sentence ?? 0),
    spans: json(row.spansJson, []),
    evidence: Array.isArray(row.evidence) ? row.evidence.map(String) : [],
    candidates: json(row.candidatesJson, []),
    resolvedTo: typeof row.resolvedTo === 'string' ? row.resolvedTo : null,
    proposedId: typeof row.proposedId === 'string' ? row.proposedId : null,
    mergeInto: typeof row.mergeInto === 'string' ? row.mergeInto : null,
    ...(typeof row.source === 'string' ? { source: row.source } : {}),
    ...(typeof row.target === 'string' ? { target: row.target } : {}),
    ...(typeof row.rule === 'string' ? { rule: row.rule } : {}),
    ...(edit ? { edit } : {}),
    committed: row.committed === true,
    graphId: typeof row.graphId === 'string' ? row.graphId : null,
    decidedAt: typeof row.decidedAt === 'string' ? row.decidedAt : null,
  };
}

function toSummary(row: Row): ReviewDocumentSummary {
  const d = row.document as Record<string, unknown>;
  const counts = row.counts as Record<string, number>;
  return {
    id: String(d.id),
    name: String(d.name),
    file: typeof d.file === 'string' ? d.file : null,
    format: (d.format as SourceFormat) ?? 'text',
    owner: typeof d.owner === 'string' ? d.owner : null,
    ownerGuessed: d.ownerGuessed === true,
    characters: Number(d.characters ?? 0),
    submittedAt: String(d.submittedAt),
    submissions: Number(d.submissions ?? 1),
    counts: {
      pending: Number(counts.pending),
      accepted: Number(counts.accepted),
      rejected: Number(counts.rejected),
      edited: Number(counts.edited),
      committed: Number(counts.committed),
    },
  };
}

export async function listDocuments(db: Database, ids: string[] | null = null): Promise<ReviewDocumentSummary[]> {
  return (await db.read('review/documents', { ids })).map(toSummary);
}

export async function documentSummary(db: Database, id: string): Promise<ReviewDocumentSummary> {
  const [summary] = await listDocuments(db, [id]);
  if (!summary) throw new NotFoundError(`No submitted document with id "${id}"`, 'id');
  return summary;
}

export async function getDocument(db: Database, id: string): Promise<ReviewDocument> {
  const summary = await documentSummary(db, id);
  const [row] = await db.read('review/document-text', { id });
  const sentences = json<Array<[number, number]>>(row?.sentencesJson, []).map(([start, end]) => ({ start, end }));
  return { ...summary, text: String(row?.text ?? ''), sentences };
}

export async function listProposals(
  db: Database,
  document: string,
  options: { state?: ReviewState; ids?: string[] } = {},
): Promise<Proposal[]> {
  const rows = await db.read('review/proposals', { document, state: options.state ?? null, ids: options.ids ?? null });
  return rows.map((row) => toProposal(row.proposal as Record<string, unknown>));
}

/** The plain text of a submission: refused when too long, binary, or empty once reduced to text. */
export function plainTextOf(body: SubmitBody): { text: string; format: SourceFormat } {
  if (body.text.length > MAX_REVIEW_TEXT) {
    throw new TooLargeError(`body text: ${body.text.length} characters; at most ${MAX_REVIEW_TEXT} are taken`, 'text');
  }
  const format = body.format ?? formatOf(body.file ?? '', body.text);
  let text: string;
  try {
    text = toPlainText(body.text, format);
  } catch (error) {
    if (error instanceof NotTextError) throw new InvalidInputError(`body text: ${error.message}`, 'text');
    throw error;
  }
  if (text.trim() === '') throw new InvalidInputError(`body text: holds no text once read as ${format}`, 'text');
  return { text, format };
}

/**
 * Extracts the proposals of a text (with the graph's names, so known institutions resolve) and queues them.
 * The same text submitted again is the same document: decided proposals are not proposed again.
 */
export async function submitText(db: Database, body: SubmitBody): Promise<SubmitResponse> {
  const { text, format } = plainTextOf(body);
  const gazetteer = new Gazetteer(await readKnownEntities(db));
  const owner = body.owner?.trim();
  const extraction = await extractDocument(
    {
      text,
      ...(body.name?.trim() ? { name: body.name.trim() } : {}),
      ...(body.file ? { file: body.file } : {}),
      ...(owner ? { owner } : {}),
    },
    { gazetteer },
  );
  const { document } = extraction;
  const rows = proposalsOf(extraction);
  const documentRow = {
    id: document.id,
    name: document.name,
    file: document.file ?? null,
    format,
    owner: extraction.owner?.name ?? null,
    ownerGuessed: extraction.owner?.guessed === true,
    text: document.text,
    sentencesJson: JSON.stringify(extraction.sentences.map((s) => [s.start, s.end])),
    extractor: extraction.extractor,
  };
  const counts = await db.writeTransaction(async (tx) => {
    await tx.run('review/upsert-document', { row: documentRow });
    const [result] = await tx.run('review/upsert-proposals', { rows });
    return result ?? {};
  });
  return {
    document: await documentSummary(db, document.id),
    proposed: Number(counts.proposed ?? 0),
    pending: Number(counts.pending ?? 0),
    alreadyDecided: Number(counts.decided ?? 0),
  };
}
