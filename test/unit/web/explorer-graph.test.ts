/**
 * The explorer's pure graph and state functions (web/graph, web/state), in Node: no browser, no database.
 * Hand-built payloads, expected values worked out by hand.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { GraphEdge, GraphNode } from '../../../web/api/types.js';
import { graphFromPayload, mergePayload } from '../../../web/graph/from-payload.js';
import { geoLayout, geoPositions } from '../../../web/graph/geo-layout.js';
import { overlayPaths, removeOverlay } from '../../../web/graph/paths.js';
import { project } from '../../../web/graph/projection.js';
import { edgeSize, nodeSize } from '../../../web/graph/style.js';
import { computeVisibility, yearExtent } from '../../../web/graph/visibility.js';
import { getEmptyState } from '../../../web/state/app-state.js';
import { parseUrlState, toUrlSearch } from '../../../web/state/url.js';

const node = (id: string, type: GraphNode['type'], country: string | null, partners = 1): GraphNode => ({
  id,
  type,
  name: id.toUpperCase(),
  kind: type === 'Institution' ? 'university' : null,
  country,
  partners,
});
const edge = (
  source: string,
  target: string,
  type: string,
  firstYear: number | null,
  weight: number | null = 1,
): GraphEdge => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
  weight,
  kinds: type === 'COOPERATES_WITH' ? ['joint-lab'] : [],
  firstYear,
  stated: false,
});

const payload = {
  nodes: [
    node('a', 'Institution', 'CN', 3),
    node('b', 'Institution', 'FR', 1),
    node('c', 'Institution', 'CN', 2),
    node('country-cn', 'Country', 'CN', 2),
  ],
  edges: [
    edge('a', 'b', 'COOPERATES_WITH', 2010, 3),
    edge('a', 'c', 'COOPERATES_WITH', 2015),
    edge('a', 'b', 'MEMBER_OF', null, null),
    edge('c', 'country-cn', 'COOPERATES_WITH', null),
  ],
};

describe('graph from the API payload', () => {
  it('keeps one aggregated edge per pair and curves only the parallel relationships', () => {
    const graph = graphFromPayload(payload);
    assert.equal(graph.order, 4);
    assert.equal(graph.size, 4);
    const cooperation = graph.getEdgeAttributes('a|COOPERATES_WITH|b');
    assert.equal(cooperation.weight, 3);
    assert.equal(cooperation.size, edgeSize(3));
    assert.ok(edgeSize(3) > edgeSize(1));
    assert.equal(cooperation.type, 'curved');
    assert.equal(graph.getEdgeAttribute('a|MEMBER_OF|b', 'type'), 'curved');
    assert.notEqual(cooperation.curvature, graph.getEdgeAttribute('a|MEMBER_OF|b', 'curvature'));
    assert.equal(graph.getEdgeAttribute('a|COOPERATES_WITH|c', 'type'), 'line');
    assert.equal(graph.getNodeAttribute('a', 'size'), nodeSize(3, 3));
    assert.ok(graph.getNodeAttribute('a', 'size') > graph.getNodeAttribute('b', 'size'));
  });

  it('places the same data at the same positions every time', () => {
    const one = graphFromPayload(payload);
    const two = graphFromPayload({ nodes: [...payload.nodes].reverse(), edges: payload.edges });
    for (const id of ['a', 'b', 'c', 'country-cn']) {
      assert.deepEqual(
        [one.getNodeAttribute(id, 'x'), one.getNodeAttribute(id, 'y')],
        [two.getNodeAttribute(id, 'x'), two.getNodeAttribute(id, 'y')],
      );
    }
  });

  it('merges a neighbourhood without moving nodes already placed', () => {
    const graph = graphFromPayload(payload);
    const before = graph.getNodeAttributes('a');
    const result = mergePayload(
      graph,
      {
        nodes: [node('a', 'Institution', 'CN', 3), node('d', 'Person', 'CN', 0)],
        edges: [edge('d', 'a', 'AFFILIATED_WITH', null, null)],
      },
      { place: () => ({ x: 1, y: 2 }) },
    );
    assert.deepEqual(result.addedNodes, ['d']);
    assert.deepEqual(result.addedEdges, ['d|AFFILIATED_WITH|a']);
    assert.deepEqual([graph.getNodeAttribute('a', 'x'), graph.getNodeAttribute('a', 'y')], [before.x, before.y]);
    assert.deepEqual([graph.getNodeAttribute('d', 'x'), graph.getNodeAttribute('d', 'y')], [1, 2]);
  });

  it('lays a path over the graph, adding the agreement it runs through, and removes it again', () => {
    const graph = graphFromPayload(payload);
    const overlay = overlayPaths(
      graph,
      {
        from: 'b',
        to: 'c',
        paths: [
          {
            length: 2,
            nodes: [
              { id: 'b', type: 'Institution', name: 'B' },
              { id: 'lab', type: 'Agreement', name: 'Lab' },
              { id: 'c', type: 'Institution', name: 'C' },
            ],
            edges: [
              { type: 'PARTY_TO', source: 'b', target: 'lab' },
              { type: 'PARTY_TO', source: 'c', target: 'lab' },
            ],
          },
        ],
        agreements: [{ id: 'lab', name: 'Lab', kind: 'joint-lab' }],
        people: [],
      },
      () => ({ x: 0, y: 0 }),
    );
    assert.deepEqual([...overlay.nodes].sort(), ['b', 'c', 'lab']);
    assert.equal(overlay.edges.size, 2);
    assert.deepEqual(overlay.addedNodes, ['lab']);
    assert.equal(graph.getNodeAttribute('lab', 'entityType'), 'Agreement');
    removeOverlay(graph, overlay);
    assert.equal(graph.hasNode('lab'), false);
    assert.equal(graph.size, 4);
  });
});

describe('time window', () => {
  it('shows dated partnerships in the window, their ends, and undated edges between them', () => {
    const graph = graphFromPayload(payload);
    assert.deepEqual(yearExtent(graph), [2010, 2015]);
    assert.deepEqual(computeVisibility(graph, { from: null, to: null }), { nodes: null, edges: null });
    const early = computeVisibility(graph, { from: null, to: 2012 });
    assert.deepEqual([...early.nodes!].sort(), ['a', 'b']);
    assert.deepEqual([...early.edges!].sort(), ['a|COOPERATES_WITH|b', 'a|MEMBER_OF|b']);
    const late = computeVisibility(graph, { from: 2011, to: 2015 });
    assert.deepEqual([...late.nodes!].sort(), ['a', 'c']);
  });
});

describe('geographic layout', () => {
  it('puts countries at their centroid and institutions around their country', () => {
    const graph = graphFromPayload(payload);
    const centroids = new Map([
      ['CN', { lat: 35, lng: 105 }],
      ['FR', { lat: 46, lng: 2 }],
    ]);
    const positions = geoPositions(graph, centroids);
    assert.deepEqual(positions.get('country-cn'), project(105, 35));
    const cn = project(105, 35);
    for (const id of ['a', 'c']) {
      const p = positions.get(id)!;
      const distance = Math.hypot(p.x - cn.x, p.y - cn.y);
      assert.ok(distance > 0 && distance < 15, `${id} is near China (${distance})`);
    }
    const fr = project(2, 46);
    assert.ok(Math.hypot(positions.get('b')!.x - fr.x, positions.get('b')!.y - fr.y) < 15);
  });

  it('puts an institution with a known city at that city, and lists what has no country', () => {
    const graph = graphFromPayload({
      nodes: [...payload.nodes, node('stateless', 'Institution', null), node('alone', 'Event', null)],
      edges: payload.edges,
    });
    const centroids = new Map([
      ['CN', { lat: 35, lng: 105 }],
      ['FR', { lat: 46, lng: 2 }],
    ]);
    // a in Jinan, c in Qingdao (GeoNames coordinates); b's city unknown: its country's centroid.
    const places = new Map([
      ['a', { lat: 36.67, lng: 117.0 }],
      ['c', { lat: 36.06, lng: 120.38 }],
    ]);
    const { positions, offMap } = geoLayout(graph, centroids, places);
    const at = (id: string, lng: number, lat: number) => {
      const p = positions.get(id)!;
      const q = project(lng, lat);
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    assert.ok(at('a', 117.0, 36.67) < 1, 'a at Jinan');
    assert.ok(at('c', 120.38, 36.06) < 1, 'c at Qingdao');
    assert.ok(at('a', 105, 35) > 10, 'a not at the centroid of China');
    assert.ok(at('b', 2, 46) > 0 && at('b', 2, 46) < 15, 'b around the centroid of France');
    assert.deepEqual(offMap, ['alone', 'stateless']);
    assert.ok(positions.has('stateless'), 'a parking position all the same');
  });
});

describe('view in the URL', () => {
  it('round-trips filters, years, layout, selection and path endpoints', () => {
    const url = parseUrlState(
      '?types=Institution,Agreement&countries=de,CN&kinds=joint-lab&fields=ocean-science&from=2018&to=2010&layout=geo&selected=ocean-university-of-china&pathFrom=a-b&pathTo=c&embed=1&limit=500',
    );
    assert.deepEqual(url.filters, {
      types: ['Institution', 'Agreement'],
      countries: ['DE', 'CN'],
      kinds: ['joint-lab'],
      fields: ['ocean-science'],
      limit: 500,
    });
    assert.deepEqual(url.years, { from: 2010, to: 2018 });
    assert.equal(url.layout, 'geo');
    assert.equal(url.selected, 'ocean-university-of-china');
    assert.equal(url.embed, true);
    const state = {
      ...getEmptyState(),
      filters: url.filters,
      years: url.years,
      layout: url.layout,
      selected: url.selected,
      embed: url.embed,
      showIsolated: url.showIsolated,
      path: {
        from: { id: 'a-b', name: 'A', type: 'Institution' as const },
        to: { id: 'c', name: 'C', type: 'Institution' as const },
      },
    };
    assert.deepEqual(parseUrlState(toUrlSearch(state)), url);
  });

  it('drops what it cannot read instead of failing', () => {
    const url = parseUrlState('?types=Bogus&countries=DEU,fr&from=20x&layout=3d&selected=<script>');
    assert.deepEqual(url.filters.types, ['Institution', 'Country', 'Event']);
    assert.deepEqual(url.filters.countries, ['FR']);
    assert.equal(url.years.from, null);
    assert.equal(url.layout, 'force');
    assert.equal(url.selected, null);
    assert.equal(toUrlSearch(getEmptyState()), '');
  });
});
