/**
 * POST /api/relationships, DELETE /api/relationships/:id
 * ======================================================
 *
 * One relationship, identified by `(source, type, target)` (its id is `source|TYPE|target`), validated like a
 * record of `npm run load` (which labels a type connects, its properties, its provenance) and written by the
 * loader's writer. COOPERATES_WITH needs care: between two institutions it is one edge whatever its direction
 * (stored from the smaller id to the larger), and derived edges belong to the derivation: stating a cooperation
 * that is also derived marks the edge stated; a derived-only edge cannot be deleted, only its agreements.
 */
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import type { Database } from '../../db/database.js';
import { bumpDataVersion } from '../../db/data-version.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../../core/errors.js';
import { errorResponses } from '../../../core/contract/common.js';
import type { InputRelationship } from '../../../core/dataset.js';
import { RELATIONSHIPS, isRelationshipType, relationshipId } from '../../../core/model.js';
import { deletedRelationshipScope, deriveAfterWrite, markPending } from '../../ingest/derive.js';
import { writeDataset } from '../../ingest/write.js';
import { COOPERATION_INPUTS, asConflict, checkRecord, readRelationship } from '../../ingest/body.js';
import {
  RelationshipIdParams,
  RelationshipBody,
  StoredRelationship,
  WRITE_ERRORS,
  WRITE_SECURITY,
} from '../../../core/contract/writes.js';

interface StoredEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

async function findEdge(
  db: Database,
  source: string,
  type: string,
  target: string,
  undirected: boolean,
): Promise<StoredEdge | null> {
  const [row] = await db.read('writes/find-relationship', { source, type, target, undirected });
  if (!row) return null;
  return {
    id: String(row.id ?? relationshipId(String(row.source), type, String(row.target))),
    type,
    source: String(row.source),
    target: String(row.target),
    properties: row.properties as Record<string, unknown>,
  };
}

/** The API view: key first, then the stored properties except derivation bookkeeping. */
function edgeBody(edge: StoredEdge): Static<typeof StoredRelationship> {
  const { derivation: _derivation, _created, ...properties } = edge.properties;
  return { ...properties, id: edge.id, type: edge.type, source: edge.source, target: edge.target } as Static<
    typeof StoredRelationship
  >;
}

/** COOPERATES_WITH between two institutions: one edge per pair, either way round. */
const isPairEdge = (type: string, sourceLabel: string | undefined, targetLabel: string | undefined) =>
  type === 'COOPERATES_WITH' && sourceLabel === 'Institution' && targetLabel === 'Institution';

const relationships: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app;

  app.post(
    '/relationships',
    {
      onRequest: app.writeRateLimit,
      schema: {
        tags: ['writes'],
        summary: 'Create a relationship',
        description:
          '409 when a relationship of that type already joins source and target. A stated COOPERATES_WITH on a pair ' +
          'that only had a derived one marks it stated. Cooperation is re-derived after PARTY_TO, WITH_COUNTRY, ' +
          'LOCATED_IN and COOPERATES_WITH changes.',
        security: WRITE_SECURITY,
        body: RelationshipBody,
        response: { 201: Type.Object({ relationship: StoredRelationship }), ...WRITE_ERRORS, ...errorResponses(409) },
      },
    },
    async (request, reply) => {
      const read = readRelationship(request.body as Record<string, unknown>);
      const labels = await checkRecord(db, read);
      const relationship = read.dataset.relationships[0] as InputRelationship;
      const { type } = relationship;
      const pair = isPairEdge(type, labels.get(relationship.source), labels.get(relationship.target));
      if (pair && relationship.source > relationship.target) {
        [relationship.source, relationship.target] = [relationship.target, relationship.source];
      }
      const existing = await findEdge(db, relationship.source, type, relationship.target, pair);
      if (existing) {
        const derivedOnly = type === 'COOPERATES_WITH' && existing.properties.stated !== true;
        if (!derivedOnly) throw new ConflictError(`relationship "${existing.id}" already exists`, 'target');
        // Stating a derived cooperation: the same edge, in its stored direction, now with provenance.
        relationship.source = existing.source;
        relationship.target = existing.target;
      }
      try {
        await writeDataset(db, read.dataset, { skipDerive: !COOPERATION_INPUTS.has(type) });
      } catch (error) {
        throw asConflict(error, 'target');
      }
      const created = await findEdge(db, relationship.source, type, relationship.target, false);
      if (!created)
        throw new Error(
          `coopgraph: relationship ${relationship.source} ${type} ${relationship.target} was written but cannot be read back`,
        );
      return reply.status(201).send({ relationship: edgeBody(created) });
    },
  );

  app.delete(
    '/relationships/:id',
    {
      onRequest: app.writeRateLimit,
      schema: {
        tags: ['writes'],
        summary: 'Delete a relationship',
        description:
          'A derived COOPERATES_WITH cannot be deleted (409): remove the agreement or its PARTY_TO relationships. ' +
          'Deleting a stated one that agreements also back leaves it derived.',
        security: WRITE_SECURITY,
        params: RelationshipIdParams,
        response: {
          200: Type.Object({ id: Type.String(), type: Type.String(), rederived: Type.Boolean() }),
          ...WRITE_ERRORS,
          ...errorResponses(404, 409),
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const [source = '', type = '', target = ''] = id.split('|');
      if (!isRelationshipType(type)) {
        throw new InvalidInputError(
          `params id: "${type}" is not a relationship type (${Object.keys(RELATIONSHIPS).join(', ')})`,
          'id',
        );
      }
      // A cooperation pair is one edge: either order of its ids names it.
      const edge = await findEdge(db, source, type, target, type === 'COOPERATES_WITH');
      if (!edge) throw new NotFoundError(`No relationship with id "${id}"`, 'id');
      if (type === 'COOPERATES_WITH' && edge.properties.stated !== true) {
        const agreements = (edge.properties.agreementIds as string[] | undefined) ?? [];
        throw new ConflictError(
          `"${id}" is derived from agreement(s) ${agreements.join(', ') || '(none)'}; delete those or their PARTY_TO relationships instead`,
          'id',
        );
      }
      const rederived = COOPERATION_INPUTS.has(type);
      await db.writeTransaction(async (tx) => {
        // Flagged in the delete's transaction (ingest/derive.ts), with its scope read before the delete.
        if (rederived) await markPending(tx, deletedRelationshipScope(type, edge.source, edge.target));
        await tx.run('writes/delete-relationship', { source: edge.source, type, target: edge.target });
      });
      await bumpDataVersion(db, [edge.source, edge.target]);
      if (rederived) await deriveAfterWrite(db);
      return { id: edge.id, type, rederived };
    },
  );
};

export default relationships;
