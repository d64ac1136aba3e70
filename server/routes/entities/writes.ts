/**
 * POST /api/<type>, PATCH /api/<type>/:id, DELETE /api/<type>/:id
 * ===============================================================
 *
 * Creating, changing and deleting one entity, for each label of core/contract/entity-types.ts. A body is
 * validated like a record of `npm run load` and written by the loader's own writer (server/ingest/write.ts), in one
 * transaction; the derived COOPERATES_WITH edges are rebuilt whenever the change can move them.
 */
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import type { Database } from '../../db/database.js';
import { bumpDataVersion } from '../../db/data-version.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../../core/errors.js';
import { asCountryCode } from '../../repositories/entity-repository.js';
import { IdParams, entityOf, errorResponses } from '../../../core/contract/common.js';
import { ENTITY_TYPES } from '../../../core/contract/entity-types.js';
import { NODE_PROPERTIES, type NodeLabel } from '../../../core/model.js';
import { deletedNodeScope, deriveAfterWrite, markPending } from '../../ingest/derive.js';
import { writeDataset } from '../../ingest/write.js';
import { asConflict, checkRecord, labelOfId, readNode } from '../../ingest/body.js';
import { WRITE_ERRORS, WRITE_SECURITY, nodeBody } from '../../../core/contract/writes.js';

interface StoredNode {
  id: string;
  type: NodeLabel;
  properties: Record<string, unknown>;
}

/** The entity with this id (or, for a Country, ISO code) if it has this label. */
async function findNode(db: Database, label: NodeLabel, id: string): Promise<StoredNode | null> {
  const [row] = await db.read('writes/find-node', { id, code: label === 'Country' ? asCountryCode(id) : null });
  if (!row || row.type !== label) return null;
  return { id: String(row.id), type: label, properties: row.properties as Record<string, unknown> };
}

/** The API view of a stored node: the properties its label carries, plus id and type. */
function entityBody(node: StoredNode): Record<string, unknown> {
  const specs = NODE_PROPERTIES[node.type];
  const properties = Object.fromEntries(Object.entries(node.properties).filter(([key]) => key in specs));
  return { aliases: [], ...properties, id: node.id, type: node.type };
}

/** Only agreement changes (kind, startYear) alter what the derivation computes from a node's properties. */
const movesCooperation = (label: NodeLabel) => label === 'Agreement';

const writes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app;

  for (const spec of ENTITY_TYPES) {
    const { label, segment } = spec;
    const Entity = entityOf(label);
    type EntityBody = Static<typeof Entity>;
    const notFound = (id: string) => new NotFoundError(`No ${label} with id "${id}"`, 'id');

    app.post(
      `/${segment}`,
      {
        onRequest: app.writeRateLimit,
        schema: {
          tags: ['writes'],
          summary: `Create a ${label}`,
          description: `409 when the id is taken (by any label). The body may carry \`mentions\` (provenance).`,
          security: WRITE_SECURITY,
          body: nodeBody(label, 'create'),
          response: { 201: Type.Object({ entity: Entity }), ...WRITE_ERRORS, ...errorResponses(409) },
        },
      },
      async (request, reply) => {
        const read = readNode(label, request.body as Record<string, unknown>);
        await checkRecord(db, read);
        const node = read.dataset.nodes[0]!;
        const taken = await labelOfId(db, node.id);
        if (taken) throw new ConflictError(`id "${node.id}" is already taken by a ${taken}`, 'id');
        try {
          // createOnly: the check above is a courtesy; the write itself refuses an id created meanwhile.
          await writeDataset(db, read.dataset, { skipDerive: true, createOnly: true });
        } catch (error) {
          throw asConflict(error, 'id');
        }
        const created = await findNode(db, label, node.id);
        if (!created) throw new Error(`coopgraph: ${label} "${node.id}" was written but cannot be read back`);
        return reply
          .status(201)
          .header('location', `/api/${segment}/${encodeURIComponent(created.id)}`)
          .send({ entity: entityBody(created) as EntityBody });
      },
    );

    app.patch(
      `/${segment}/:id`,
      {
        onRequest: app.writeRateLimit,
        schema: {
          tags: ['writes'],
          summary: `Change properties of a ${label}`,
          description:
            'The body holds the properties to change; `null` removes an optional one. The id and the type cannot ' +
            'change, and provenance is added through POST /api/import.',
          security: WRITE_SECURITY,
          params: IdParams,
          body: nodeBody(label, 'update'),
          response: { 200: Type.Object({ entity: Entity }), ...WRITE_ERRORS, ...errorResponses(404, 409) },
        },
      },
      async (request) => {
        const patch = request.body as Record<string, unknown>;
        const stored = await findNode(db, label, request.params.id);
        if (!stored) throw notFound(request.params.id);
        for (const key of ['id', 'mentions'] as const) {
          if (patch[key] !== undefined && !(key === 'id' && patch[key] === stored.id)) {
            throw new InvalidInputError(
              key === 'id'
                ? 'body id: an id cannot change; create the new entity and delete this one'
                : 'body mentions: add provenance with POST /api/import',
              key,
            );
          }
        }
        const { id: _id, ...changes } = patch;
        // Only the label's own properties are carried over, so the loader's validator sees a clean record.
        const merged: Record<string, unknown> = entityBody(stored);
        delete merged.id;
        delete merged.type;
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) delete merged[key];
          else merged[key] = value;
        }
        const read = readNode(label, { ...merged, id: stored.id });
        // Removing a required property (`name: null`) fails here, as a record without it fails the loader.
        await checkRecord(db, read);
        try {
          await writeDataset(db, read.dataset, { skipDerive: !movesCooperation(label) });
        } catch (error) {
          throw asConflict(error);
        }
        const updated = await findNode(db, label, stored.id);
        if (!updated) throw notFound(stored.id);
        return { entity: entityBody(updated) as EntityBody };
      },
    );

    app.delete(
      `/${segment}/:id`,
      {
        onRequest: app.writeRateLimit,
        schema: {
          tags: ['writes'],
          summary: `Delete a ${label} and its relationships`,
          description:
            label === 'Document'
              ? 'Also drops the document from the provenance of every relationship that cites it.'
              : 'Cooperation derived through it is recomputed.',
          security: WRITE_SECURITY,
          params: IdParams,
          response: {
            200: Type.Object({
              id: Type.String(),
              type: Type.Literal(label),
              deletedRelationships: Type.Integer({ description: 'Relationships removed with it' }),
            }),
            ...WRITE_ERRORS,
            ...errorResponses(404),
          },
        },
      },
      async (request) => {
        const stored = await findNode(db, label, request.params.id);
        if (!stored) throw notFound(request.params.id);
        // One transaction: the node, what cited it, and the flag that the derived edges lag (ingest/derive.ts).
        const row = await db.writeTransaction(async (tx) => {
          // The flag's scope is read before the node and its relationships go.
          await markPending(tx, deletedNodeScope(label, stored.id));
          const [deleted] = await tx.run('writes/delete-node', { id: stored.id, label });
          // Gone meanwhile: the flag rolls back with the transaction.
          if (!deleted) throw notFound(stored.id);
          if (label === 'Document') await tx.run('writes/forget-document', { id: stored.id });
          return deleted;
        });
        // A Field or Country takes its relationships from many rows the analytics hold: they read all again.
        await bumpDataVersion(db, label === 'Field' || label === 'Country' ? null : [stored.id]);
        // Committed: a failed derivation leaves the flag set and retries; the delete is not reported as failed.
        await deriveAfterWrite(db);
        return { id: stored.id, type: label, deletedRelationships: Number(row.relationships) };
      },
    );
  }
};

export default writes;
