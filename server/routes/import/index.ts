/**
 * POST /api/import
 * ================
 *
 * A dataset in the loader's JSON format (`{ nodes, relationships }`, docs/data-model.md, the shape of
 * `GET /api/export?format=json`), read, validated and written exactly as `npm run load` does (server/ingest/load.ts):
 * all or nothing. Invalid input is a 400 listing every problem with its record and field; nothing is written
 * then. One request is one transaction, so an import is capped at the loader's single-transaction size; bigger
 * inputs go through `npm run load`, which batches.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import type { Database } from '../../db/database.js';
import { InvalidInputError, TooLargeError } from '../../../core/errors.js';
import { ErrorBody } from '../../../core/contract/common.js';
import { type Dataset, InputError } from '../../../core/dataset.js';
import { type LoadResult, existingLabels, loadDataset } from '../../ingest/load.js';
import { SINGLE_TRANSACTION_ROWS } from '../../ingest/write.js';
import { asConflict, problemOf, readDataset } from '../../ingest/body.js';
import { WRITE_ERRORS, WRITE_SECURITY } from '../../../core/contract/writes.js';

/** At most this many problems are listed; the count says how many there were. */
const MAX_LISTED = 1_000;

const Problem = Type.Object({
  record: Type.String({ description: '`nodes[3] (id "...")` or `relationships[7] (a -TYPE-> b)`' }),
  field: Type.Union([Type.String(), Type.Null()]),
  message: Type.String(),
});

const ImportErrorBody = Type.Object(
  {
    ...ErrorBody.properties,
    problems: Type.Optional(Type.Integer({ description: 'How many problems the input has' })),
    errors: Type.Optional(Type.Array(Problem, { description: `The problems, in input order (at most ${MAX_LISTED})` })),
  },
  { description: 'The error body; for an invalid dataset, with every problem of the input' },
);

const Counts = Type.Object({ created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() });

const ImportSummary = Type.Object({
  nodes: Counts,
  relationships: Counts,
  cooperationEdges: Type.Integer({ description: 'COOPERATES_WITH edges after the import' }),
  derived: Type.Boolean({
    description:
      'Whether COOPERATES_WITH was derived again: only when an agreement or a relationship it is derived from changed',
  }),
  cooperationPending: Type.Boolean({
    description:
      'The import was written but its derivation did not complete: the derived edges lag until a retry catches ' +
      'up (GET /api/health and /api/stats report it). Not a failure: nothing needs to be sent again',
  }),
  seconds: Type.Number(),
});

const ImportBody = Type.Object(
  {
    nodes: Type.Optional(Type.Unknown({ description: '[{ id, type, name, ...properties, mentions? }]' })),
    relationships: Type.Optional(Type.Unknown({ description: '[{ type, source, target, ...properties, mentions? }]' })),
  },
  { description: "The loader's JSON format (docs/data-model.md); checked like `npm run load`, not by this schema" },
);

/** Rows the writer would send: nodes, relationships and one MENTIONED_IN per node mention at most. */
const rowsOf = (dataset: Dataset) =>
  dataset.nodes.length +
  dataset.relationships.length +
  dataset.nodes.reduce((sum, node) => sum + node.mentions.length, 0);

/**
 * An id the input defines that the database holds under another label: the loader's MERGE would give that node
 * a second label, so the API refuses it as a problem of the record.
 */
async function labelConflicts(db: Database, dataset: Dataset): Promise<InputError[]> {
  const ids = dataset.nodes.map((node) => node.id).filter((id) => typeof id === 'string' && id !== '');
  const stored = await existingLabels(db, [...new Set(ids)]);
  return dataset.nodes.flatMap((node) => {
    const label = stored.get(node.id);
    return label && label !== node.type
      ? [new InputError(node.origin, 'id', `"${node.id}" already exists as a ${label}, not a ${node.type}`)]
      : [];
  });
}

const importRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/import',
    {
      onRequest: app.writeRateLimit,
      schema: {
        tags: ['writes'],
        summary: "Import nodes and relationships in the loader's JSON format",
        description:
          `Validated like \`npm run load\`; all or nothing. At most ${SINGLE_TRANSACTION_ROWS} rows per request. ` +
          'Derived COOPERATES_WITH edges of an export (stated: false) are skipped and derived again, when the ' +
          'import changed what they are derived from. An import that changes nothing writes nothing.',
        security: WRITE_SECURITY,
        body: ImportBody,
        response: { 200: ImportSummary, ...WRITE_ERRORS, 400: ImportErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      const read = readDataset(request.body, 'import');
      const rows = rowsOf(read.dataset);
      if (rows > SINGLE_TRANSACTION_ROWS) {
        throw new TooLargeError(
          `The import has ${rows} rows; at most ${SINGLE_TRANSACTION_ROWS} fit one transaction. Split it, or use npm run load.`,
        );
      }
      const readErrors = [...read.errors, ...(await labelConflicts(app.db, read.dataset))];
      let result: LoadResult;
      try {
        result = await loadDataset(app.db, read.dataset, { readErrors });
      } catch (error) {
        throw asConflict(error);
      }
      if (result.errors.length > 0 || !result.summary) {
        const errors = result.errors.map(problemOf);
        const first = result.errors[0];
        throw new InvalidInputError(
          `${errors.length} problem(s) in the import; nothing was written. First: ${first ? `${first.origin.record}${first.field ? `: field "${first.field}"` : ''}: ${first.message}` : 'unknown'}`,
          first?.field ?? undefined,
          { count: errors.length, listed: errors.slice(0, MAX_LISTED) },
        );
      }
      const { nodes, relationships, cooperationEdges, derived, cooperationPending, seconds } = result.summary;
      return { nodes, relationships, cooperationEdges, derived, cooperationPending, seconds };
    },
  );
};

export default importRoute;
