/**
 * The Arrow encoding of a graph payload (core/contract/network-arrow.ts) gives back the payload: nodes in order
 * with nulls kept, every edge with its type, weight, kinds, year and stated flag, totals and the truncation.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { GraphEdge, GraphPayload } from '../../core/contract/common.js';
import { decodeGraphPayload, encodeGraphPayload } from '../../core/contract/network-arrow.js';
import { relationshipId } from '../../core/model.js';

const edge = (source: string, type: string, target: string, more: Partial<GraphEdge> = {}): GraphEdge => ({
  id: relationshipId(source, type, target),
  source,
  target,
  type,
  weight: null,
  kinds: [],
  firstYear: null,
  stated: false,
  ...more,
});

const payload: GraphPayload = {
  nodes: [
    {
      id: 'alpha',
      type: 'Institution',
      name: 'Alpha University (Jinan) – 山东',
      kind: 'university',
      country: 'CN',
      partners: 3,
    },
    { id: 'country-fr', type: 'Country', name: 'France', kind: null, country: 'FR', partners: 1 },
    { id: 'beta', type: 'Institution', name: 'Beta', kind: 'company', country: null, partners: 2 },
    { id: 'gamma-lab', type: 'Agreement', name: 'Gamma Lab', kind: 'joint-lab', country: null, partners: 0 },
    { id: 'lonely', type: 'Field', name: 'Lonely field', kind: null, country: null, partners: 0 },
  ],
  edges: [
    edge('alpha', 'COOPERATES_WITH', 'beta', { weight: 2, kinds: ['joint-lab', 'mou'], firstYear: 2019 }),
    edge('alpha', 'COOPERATES_WITH', 'country-fr', { weight: 0, stated: true }),
    edge('beta', 'PARTY_TO', 'gamma-lab', { kinds: ['joint-lab'], firstYear: 2021 }),
    edge('alpha', 'PARTY_TO', 'gamma-lab', { kinds: ['joint-lab'], firstYear: 2021 }),
  ],
  total: { nodes: 12, edges: 40 },
  truncated: true,
};

const byId = (edges: GraphEdge[]) => [...edges].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('network Arrow stream', () => {
  it('decodes to the payload it encodes', () => {
    const bytes = encodeGraphPayload(payload);
    const decoded = decodeGraphPayload(bytes);
    assert.deepEqual(decoded.nodes, payload.nodes);
    assert.deepEqual(byId(decoded.edges), byId(payload.edges));
    assert.deepEqual(decoded.total, payload.total);
    assert.equal(decoded.truncated, true);
  });

  it('is an Arrow IPC stream (continuation marker first) and smaller than the JSON', () => {
    const big: GraphPayload = {
      nodes: Array.from({ length: 2000 }, (_, i) => ({
        id: `institution-${i}`,
        type: 'Institution',
        name: `Institution ${i}`,
        kind: 'university',
        country: 'CN',
        partners: 5,
      })),
      edges: Array.from({ length: 10_000 }, (_, i) =>
        edge(`institution-${i % 2000}`, 'COOPERATES_WITH', `institution-${(i * 7 + 1) % 2000}`, {
          weight: 1,
          kinds: ['mou'],
          firstYear: 2020,
        }),
      ),
      total: { nodes: 2000, edges: 10_000 },
      truncated: false,
    };
    const bytes = encodeGraphPayload(big);
    assert.equal(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true), 0xffffffff);
    assert.ok(bytes.length < JSON.stringify(big).length / 3, `${bytes.length} bytes`);
    const decoded = decodeGraphPayload(bytes);
    assert.equal(decoded.edges.length, 10_000);
    assert.deepEqual(byId(decoded.edges), byId(big.edges));
  });

  it('encodes an empty graph', () => {
    const empty: GraphPayload = { nodes: [], edges: [], total: { nodes: 0, edges: 0 }, truncated: false };
    assert.deepEqual(decodeGraphPayload(encodeGraphPayload(empty)), empty);
  });

  it('refuses an edge to a node the payload does not hold', () => {
    const broken = { ...payload, edges: [edge('alpha', 'COOPERATES_WITH', 'nowhere')] };
    assert.throws(() => encodeGraphPayload(broken), /leaves the payload/);
  });
});
