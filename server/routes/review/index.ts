/**
 * /api/review: from text to graph
 * ===============================
 *
 * POST   /review/documents                 submit a text (plain, Markdown or HTML): extracted and queued
 * GET    /review/documents                 the submitted documents with their review state
 * GET    /review/documents/:id             one document with its text and sentence ranges
 * GET    /review/documents/:id/proposals   its proposals, with evidence spans and candidates
 * POST   /review/documents/:id/decisions   accept / reject / edit / merge / reset one or many
 * POST   /review/documents/:id/commit      load the accepted and edited proposals into the graph
 *
 * The queue lives apart from the graph (server/ingest/review); writes need the key and share the write budget.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import { ErrorBody, errorResponses } from '../../../core/contract/common.js';
import {
  CommitErrorBody,
  CommitResponse,
  DecisionsBody,
  DecisionsResponse,
  MAX_REVIEW_TEXT,
  ProposalsQuery,
  ProposalsResponse,
  ReviewDocument,
  ReviewDocumentList,
  ReviewDocumentParams,
  SubmitBody,
  SubmitResponse,
} from '../../../core/contract/review.js';
import { WRITE_ERRORS, WRITE_SECURITY } from '../../../core/contract/writes.js';
import { commitDocument } from '../../ingest/review/commit.js';
import { decide } from '../../ingest/review/decide.js';
import { documentSummary, getDocument, listDocuments, listProposals, submitText } from '../../ingest/review/queue.js';

const READ_ERRORS = errorResponses(400, 404, 503);
const tags = ['review'];

const review: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app;

  app.post(
    '/review/documents',
    {
      onRequest: app.writeRateLimit,
      // Room for MAX_REVIEW_TEXT characters of any script in JSON, so a long text is refused naming `text`.
      bodyLimit: MAX_REVIEW_TEXT * 4 + 64 * 1024,
      schema: {
        tags,
        summary: 'Submit a text for review',
        description:
          'Plain text, Markdown or HTML (reduced to its text). The extraction proposes entities and relations with ' +
          'their evidence; they wait in the review queue, apart from the graph. The same text submitted again is ' +
          'the same document, and proposals already decided are not proposed again.',
        security: WRITE_SECURITY,
        body: SubmitBody,
        response: { 200: SubmitResponse, ...WRITE_ERRORS },
      },
    },
    async (request) => submitText(db, request.body as SubmitBody),
  );

  app.get(
    '/review/documents',
    {
      schema: {
        tags,
        summary: 'Submitted documents and their review state',
        response: { 200: ReviewDocumentList, ...errorResponses(503) },
      },
    },
    async () => ({ documents: await listDocuments(db) }),
  );

  app.get(
    '/review/documents/:id',
    {
      schema: {
        tags,
        summary: 'A submitted document with its text',
        params: ReviewDocumentParams,
        response: { 200: ReviewDocument, ...READ_ERRORS },
      },
    },
    async (request) => getDocument(db, request.params.id),
  );

  app.get(
    '/review/documents/:id/proposals',
    {
      schema: {
        tags,
        summary: "A document's proposals, with their evidence and candidates",
        description: 'By sentence, then by confidence (highest first), entities before relations.',
        params: ReviewDocumentParams,
        querystring: ProposalsQuery,
        response: { 200: ProposalsResponse, ...READ_ERRORS },
      },
    },
    async (request) => {
      const document = await documentSummary(db, request.params.id);
      const { state } = request.query as ProposalsQuery;
      return { document, proposals: await listProposals(db, request.params.id, state ? { state } : {}) };
    },
  );

  app.post(
    '/review/documents/:id/decisions',
    {
      onRequest: app.writeRateLimit,
      schema: {
        tags,
        summary: 'Accept, reject, edit, merge or reset proposals',
        description:
          'All decisions are checked before any is recorded. accept takes a proposal as proposed; edit changes an ' +
          "entity's name, type or kind or a relation's type, source or target; merge makes an entity an existing " +
          'node (`into`); reset puts it back to pending. Nothing reaches the graph before a commit.',
        security: WRITE_SECURITY,
        params: ReviewDocumentParams,
        body: DecisionsBody,
        response: { 200: DecisionsResponse, ...WRITE_ERRORS, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      const proposals = await decide(db, request.params.id, (request.body as DecisionsBody).decisions);
      return { document: await documentSummary(db, request.params.id), proposals };
    },
  );

  app.post(
    '/review/documents/:id/commit',
    {
      onRequest: app.writeRateLimit,
      schema: {
        tags,
        summary: 'Load the accepted and edited proposals into the graph',
        description:
          'Through the loader (validation, provenance with the evidence, derivation, data version), in one ' +
          'transaction with the marking of the proposals: all or nothing. A relation whose end is pending or ' +
          'rejected is a problem listed in the 400, and nothing is written.',
        security: WRITE_SECURITY,
        params: ReviewDocumentParams,
        response: { 200: CommitResponse, ...WRITE_ERRORS, 400: CommitErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => commitDocument(db, request.params.id),
  );
};

export default review;
