/**
 * The view's GEXF is GEXF 1.2 (Gephi and networkx both read it; networkx has no 1.3 reader), with every colour
 * as `r g b` on viz:color, the visible graph only, and the partnership weight and PART_OF ties carried.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { DOMImplementation, DOMParser } from '@xmldom/xmldom';

import { graphFromPayload } from '../../web/graph/from-payload.js';
import { ALL_VISIBLE, applyDisplayFilters } from '../../web/graph/visibility.js';

// graphology-gexf's browser build (the one the explorer bundles) looks for the DOM's parser when it loads.
Object.assign(globalThis, { DOMParser, Document: new DOMImplementation().createDocument(null, 'x').constructor });
const { toGexf } = await import('../../web/graph/export-gexf.js');

const graph = graphFromPayload({
  nodes: [
    { id: 'a', type: 'Institution', name: 'A University', kind: 'university', country: 'CN', partners: 1 },
    { id: 'de', type: 'Country', name: 'Germany', kind: null, country: 'DE', partners: 1 },
    { id: 'f', type: 'Institution', name: 'A Faculty', kind: 'faculty', country: 'CN', partners: 0 },
    { id: 'lone', type: 'Institution', name: 'Alone', kind: 'company', country: 'FR', partners: 0 },
  ],
  edges: [
    {
      id: 'a-de',
      source: 'a',
      target: 'de',
      type: 'COOPERATES_WITH',
      weight: 3,
      kinds: ['mou'],
      firstYear: 2010,
      stated: false,
    },
    { id: 'f-a', source: 'f', target: 'a', type: 'PART_OF', weight: null, kinds: [], firstYear: null, stated: false },
  ],
});

describe('GEXF of the view', () => {
  it('writes GEXF 1.2 with r g b colours on every node and edge', () => {
    const xml = toGexf(graph, ALL_VISIBLE);
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const root = doc.documentElement!;
    assert.equal(root.getAttribute('version'), '1.2');
    assert.equal(root.getAttribute('xmlns'), 'http://www.gexf.net/1.2draft');
    assert.equal(root.getAttribute('xmlns:viz'), 'http://www.gexf.net/1.2draft/viz');
    const colours = [...Array.from(doc.getElementsByTagName('viz:color'))];
    assert.equal(colours.length, graph.order + graph.size);
    for (const colour of colours) {
      for (const channel of ['r', 'g', 'b'])
        assert.match(colour.getAttribute(channel) ?? '', /^\d{1,3}$/, `${channel} on viz:color`);
      assert.equal(colour.hasAttribute('hex'), false);
    }
    const weight = Array.from(doc.getElementsByTagName('edge')).find((e) => e.getAttribute('id') === 'a-de')!;
    assert.equal(weight.getAttribute('weight'), '3');
  });

  it('holds what is drawn only', () => {
    if (process.env.COOPGRAPH_GEXF_OUT) writeFileSync(process.env.COOPGRAPH_GEXF_OUT, toGexf(graph, ALL_VISIBLE));
    const { visibility } = applyDisplayFilters(graph, ALL_VISIBLE, {
      hideIsolated: true,
      hidden: new Set(),
      keep: new Set(),
    });
    const doc = new DOMParser().parseFromString(toGexf(graph, visibility), 'text/xml');
    const ids = Array.from(doc.getElementsByTagName('node'))
      .map((n) => n.getAttribute('id'))
      .sort();
    assert.deepEqual(ids, ['a', 'de', 'f']);
  });
});
