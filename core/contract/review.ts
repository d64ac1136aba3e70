/**
 * Schemas of the review routes
 * ============================
 *
 * A text submitted for review (`/api/review/documents`), the proposals the extraction made of it, the
 * decisions a person takes on them and the commit that loads what was accepted (docs/api.md, "Review").
 * Proposals live in a review queue apart from the cooperation graph; only a commit writes them into it.
 */
import { type Static, Type } from '@sinclair/typebox';

import { ErrorBody, OneOf } from './common.js';

export const REVIEW_STATES = ['pending', 'accepted', 'rejected', 'edited'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const SOURCE_FORMATS = ['text', 'markdown', 'html'] as const;
export const DECISION_ACTIONS = ['accept', 'reject', 'edit', 'merge', 'reset'] as const;

/** The longest text a submission may carry, in characters (a cooperation page is a few thousand). */
export const MAX_REVIEW_TEXT = 500_000;
/** The most decisions one request may take. */
export const MAX_DECISIONS = 1_000;

/** A review document id: `doc-` and the first 12 hex digits of the SHA-256 of its text. */
export const ReviewDocumentId = Type.String({
  pattern: '^doc-[0-9a-f]{12}$',
  description: 'A submitted document: `doc-` and 12 hex digits of the SHA-256 of its plain text',
  examples: ['doc-3f9a0c1b2d4e'],
});
export const ReviewDocumentParams = Type.Object({ id: ReviewDocumentId });

export const ProposalId = Type.String({
  pattern: '^doc-[0-9a-f]{12}:[er]-[0-9a-f]{10}$',
  description: 'A proposal: `<document>:e-<hash>` (an entity) or `<document>:r-<hash>` (a relation)',
});

const Span = Type.Object({
  start: Type.Integer({ description: 'First character, in the document text' }),
  end: Type.Integer({ description: 'One past the last character' }),
  sentence: Type.Integer({ description: 'Index of the sentence (`sentences` of the document)' }),
  text: Type.String({ description: 'The text of the span, verbatim' }),
});

const Candidate = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: Type.String(),
  score: Type.Number({ minimum: 0, maximum: 1 }),
  reason: Type.String({ description: 'same alias, normalised name, acronym, transliteration variant, ...' }),
});

const Edit = Type.Object(
  {
    name: Type.Optional(Type.String()),
    type: Type.Optional(Type.String()),
    kind: Type.Optional(Type.String()),
    source: Type.Optional(Type.String()),
    target: Type.Optional(Type.String()),
  },
  { description: 'What a person changed (state `edited`)' },
);

export const Proposal = Type.Object({
  id: ProposalId,
  document: ReviewDocumentId,
  kind: OneOf(['entity', 'relation'] as const),
  state: OneOf(REVIEW_STATES),
  type: Type.String({ description: 'A node label (entity) or relationship type (relation), as proposed' }),
  name: Type.String({ description: 'The entity name; for a relation, "source TYPE target"' }),
  properties: Type.Record(Type.String(), Type.Unknown(), {
    description: 'The properties the loader would write (kind, aliases, city, topology, role, title, ...)',
  }),
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
  sentence: Type.Integer({ description: 'The sentence of the first evidence span' }),
  spans: Type.Array(Span, { description: 'Evidence: where the text says it' }),
  evidence: Type.Array(Type.String(), { description: 'The sentences that carry it, as the graph will cite them' }),
  candidates: Type.Array(Candidate, { description: 'Existing nodes it may be (entities), best first' }),
  resolvedTo: Type.Union([Type.String(), Type.Null()], {
    description: 'The existing node the extraction resolved it to (a known name), if any',
  }),
  proposedId: Type.Union([Type.String(), Type.Null()], {
    description: "Entities: the id a new node would get (the existing node's when resolved)",
  }),
  mergeInto: Type.Union([Type.String(), Type.Null()], { description: 'The existing node a person merged it into' }),
  source: Type.Optional(Type.String({ description: 'Relations: the source, an entity proposal id or a node id' })),
  target: Type.Optional(Type.String({ description: 'Relations: the target, an entity proposal id or a node id' })),
  rule: Type.Optional(Type.String({ description: 'Relations: the extraction rule that proposed it' })),
  edit: Type.Optional(Edit),
  committed: Type.Boolean({ description: 'Written into the graph by a commit' }),
  graphId: Type.Union([Type.String(), Type.Null()], { description: 'After a commit: the node id it was written as' }),
  decidedAt: Type.Union([Type.String(), Type.Null()]),
});

const StateCounts = Type.Object({
  pending: Type.Integer(),
  accepted: Type.Integer(),
  rejected: Type.Integer(),
  edited: Type.Integer(),
  committed: Type.Integer({ description: 'Accepted or edited, and already in the graph' }),
});

export const ReviewDocumentSummary = Type.Object({
  id: ReviewDocumentId,
  name: Type.String(),
  file: Type.Union([Type.String(), Type.Null()]),
  format: OneOf(SOURCE_FORMATS),
  owner: Type.Union([Type.String(), Type.Null()], { description: 'The page owner, given or guessed' }),
  ownerGuessed: Type.Boolean(),
  characters: Type.Integer(),
  submittedAt: Type.String(),
  submissions: Type.Integer({ description: 'How many times this text was submitted' }),
  counts: StateCounts,
});

export const ReviewDocument = Type.Object({
  ...ReviewDocumentSummary.properties,
  text: Type.String({ description: 'The plain text the offsets refer to' }),
  sentences: Type.Array(Type.Object({ start: Type.Integer(), end: Type.Integer() })),
});

export const SubmitBody = Type.Object({
  text: Type.String({
    minLength: 1,
    description: `The text: plain, Markdown or HTML (at most ${MAX_REVIEW_TEXT} characters)`,
  }),
  format: Type.Optional(OneOf(SOURCE_FORMATS, { description: 'Guessed from `file` and the content when absent' })),
  owner: Type.Optional(Type.String({ maxLength: 300, description: 'The page owner; guessed when absent' })),
  name: Type.Optional(Type.String({ maxLength: 300, description: 'A title; the first headline when absent' })),
  file: Type.Optional(Type.String({ maxLength: 300, description: 'The file name of an upload' })),
});

export const SubmitResponse = Type.Object({
  document: ReviewDocumentSummary,
  proposed: Type.Integer({ description: 'Proposals new to the queue' }),
  pending: Type.Integer({ description: 'Proposals already in the queue and still pending' }),
  alreadyDecided: Type.Integer({ description: 'Proposals a person already decided on, not proposed again' }),
});

export const ProposalsQuery = Type.Object({
  state: Type.Optional(OneOf(REVIEW_STATES, { description: 'Only proposals in this state' })),
});

export const ProposalsResponse = Type.Object({ document: ReviewDocumentSummary, proposals: Type.Array(Proposal) });

export const Decision = Type.Object({
  id: ProposalId,
  action: OneOf(DECISION_ACTIONS, { description: 'reset puts a proposal back to pending' }),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: 'edit: a new name (entities)' })),
  type: Type.Optional(Type.String({ maxLength: 40, description: 'edit: a new label or relationship type' })),
  kind: Type.Optional(Type.String({ maxLength: 40, description: 'edit: a new kind (entities)' })),
  source: Type.Optional(Type.String({ maxLength: 250, description: 'edit: a new source (relations)' })),
  target: Type.Optional(Type.String({ maxLength: 250, description: 'edit: a new target (relations)' })),
  into: Type.Optional(Type.String({ maxLength: 200, description: 'merge: the id of the existing node' })),
});

export const DecisionsBody = Type.Object({
  decisions: Type.Array(Decision, { minItems: 1, maxItems: MAX_DECISIONS }),
});

export const DecisionsResponse = Type.Object({ document: ReviewDocumentSummary, proposals: Type.Array(Proposal) });

const LoadCounts = Type.Object({ created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() });

export const CommitResponse = Type.Object({
  document: ReviewDocumentSummary,
  committed: Type.Object({ entities: Type.Integer(), relations: Type.Integer() }),
  nodes: LoadCounts,
  relationships: LoadCounts,
  cooperationEdges: Type.Integer(),
  seconds: Type.Number(),
});

/** A commit refused for its proposals: every problem, with the proposal (record) and field at fault. */
export const CommitErrorBody = Type.Object(
  {
    ...ErrorBody.properties,
    problems: Type.Optional(Type.Integer({ description: 'How many problems the accepted proposals have' })),
    errors: Type.Optional(
      Type.Array(
        Type.Object({ record: Type.String(), field: Type.Union([Type.String(), Type.Null()]), message: Type.String() }),
        { description: 'The problems: `record` names the proposal' },
      ),
    ),
  },
  { description: 'The error body; for a refused commit, with every problem' },
);

export const ReviewDocumentList = Type.Object({ documents: Type.Array(ReviewDocumentSummary) });

// ---------------------------------------------------------------------------------------------------------------
// Static types (web/ imports these with `import type`)

export type Proposal = Static<typeof Proposal>;
export type ReviewDocumentSummary = Static<typeof ReviewDocumentSummary>;
export type ReviewDocument = Static<typeof ReviewDocument>;
export type SubmitBody = Static<typeof SubmitBody>;
export type SubmitResponse = Static<typeof SubmitResponse>;
export type ProposalsQuery = Static<typeof ProposalsQuery>;
export type ProposalsResponse = Static<typeof ProposalsResponse>;
export type Decision = Static<typeof Decision>;
export type DecisionsBody = Static<typeof DecisionsBody>;
export type DecisionsResponse = Static<typeof DecisionsResponse>;
export type CommitResponse = Static<typeof CommitResponse>;
export type ReviewDocumentList = Static<typeof ReviewDocumentList>;
export type ReviewDocumentParams = Static<typeof ReviewDocumentParams>;
