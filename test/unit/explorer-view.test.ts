/**
 * The explorer's drawing rules without a browser: labels are shortened, placed where they do not collide and
 * never run past the canvas edge; the display filters leave out hidden and unconnected nodes but keep the
 * selection; the key labels are the countries with partners, the events and the hubs; undo and redo replay
 * steps in order and a new step drops the undone ones.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { createGraph, mergePayload } from '../../web/graph/from-payload.js';
import { keyLabels } from '../../web/graph/key-labels.js';
import { ALL_VISIBLE, applyDisplayFilters } from '../../web/graph/visibility.js';
import { createLabelDrawer, shorten } from '../../web/renderer/labels.js';
import { History } from '../../web/state/history.js';

/** A 2D context that records where text is drawn; every character is 7 px wide. */
function fakeContext() {
  const drawn: { text: string; x: number; y: number }[] = [];
  const context = {
    font: '',
    lineJoin: '',
    lineWidth: 0,
    strokeStyle: '',
    fillStyle: '',
    measureText: (text: string) => ({ width: text.length * 7 }),
    strokeText: () => undefined,
    fillText: (text: string, x: number, y: number) => drawn.push({ text, x, y }),
  };
  return { context: context as unknown as CanvasRenderingContext2D, drawn };
}

const settings = { labelSize: 12, labelFont: 'sans-serif', labelWeight: '600', labelColor: { color: '#000' } };
// sigma's drawer signature takes its full settings; the drawer reads only these.
type Draw = (context: CanvasRenderingContext2D, data: object, settings: object) => void;

describe('node labels', () => {
  it('shortens long names at a word, with an ellipsis', () => {
    assert.equal(shorten('Ocean University of China'), 'Ocean University of China');
    const long = shorten('International Exchange and Cooperation Conference of Local Science Academies');
    assert.ok(long.length <= 34 && long.endsWith('…'), long);
    assert.ok(long.startsWith('International Exchange and'));
  });

  it('puts a label on the left of a node at the right edge, never past the canvas', () => {
    const labels = createLabelDrawer(() => ({ width: 800, height: 600 }));
    const { context, drawn } = fakeContext();
    (labels.draw as Draw)(context, { label: 'United Kingdom', x: 790, y: 300, size: 5, forceLabel: true }, settings);
    assert.equal(drawn.length, 1);
    assert.ok(drawn[0].x + 'United Kingdom'.length * 7 <= 800 && drawn[0].x < 790, `x = ${drawn[0].x}`);
  });

  it('moves a label that would cover another, and leaves out a grid label with no free place', () => {
    const labels = createLabelDrawer(() => ({ width: 800, height: 600 }));
    const { context, drawn } = fakeContext();
    const draw = labels.draw as Draw;
    draw(context, { label: 'Ukraine', x: 400, y: 300, size: 4, forceLabel: true }, settings);
    draw(context, { label: 'Austria', x: 400, y: 302, size: 4, forceLabel: true }, settings);
    assert.equal(drawn.length, 2);
    assert.notDeepEqual([drawn[0].x, drawn[0].y], [drawn[1].x, drawn[1].y]);
    for (let i = 0; i < 4; i += 1)
      draw(context, { label: `Grid ${i}`, x: 400, y: 301, size: 4, forceLabel: false }, settings);
    assert.ok(drawn.length < 6, 'no place left: some grid labels are not drawn');
    labels.reset();
    draw(context, { label: 'Grid', x: 400, y: 301, size: 4, forceLabel: false }, settings);
    assert.equal(drawn.at(-1)?.text, 'Grid', 'a new frame starts empty');
  });
});

function seedGraph() {
  const graph = createGraph();
  const node = (id: string, type: string, partners = 0) => ({
    id,
    type: type as 'Institution',
    name: id,
    kind: null,
    country: null,
    partners,
  });
  mergePayload(graph, {
    nodes: [
      node('a', 'Institution', 3),
      node('b', 'Institution', 1),
      node('gb', 'Country', 1),
      node('lone', 'Institution'),
      node('ev', 'Event'),
    ],
    edges: [
      {
        id: 'ab',
        source: 'a',
        target: 'b',
        type: 'COOPERATES_WITH',
        weight: 1,
        kinds: [],
        firstYear: null,
        stated: false,
      },
      {
        id: 'agb',
        source: 'a',
        target: 'gb',
        type: 'COOPERATES_WITH',
        weight: 1,
        kinds: [],
        firstYear: null,
        stated: false,
      },
      {
        id: 'aev',
        source: 'a',
        target: 'ev',
        type: 'PARTICIPATED_IN',
        weight: null,
        kinds: [],
        firstYear: null,
        stated: false,
      },
    ],
  });
  return graph;
}

describe('display filters and key labels', () => {
  it('leaves out unconnected and hidden nodes, keeps the selection, and counts both', () => {
    const graph = seedGraph();
    const off = applyDisplayFilters(graph, ALL_VISIBLE, { hideIsolated: false, hidden: new Set(), keep: new Set() });
    assert.equal(off.visibility, ALL_VISIBLE);
    assert.equal(off.isolated, 1);
    const on = applyDisplayFilters(graph, ALL_VISIBLE, { hideIsolated: true, hidden: new Set(['b']), keep: new Set() });
    assert.deepEqual([...on.visibility.nodes!].sort(), ['a', 'ev', 'gb']);
    assert.deepEqual([...on.visibility.edges!].sort(), ['aev', 'agb']);
    assert.deepEqual([on.isolated, on.hidden], [1, 1]);
    const kept = applyDisplayFilters(graph, ALL_VISIBLE, {
      hideIsolated: true,
      hidden: new Set(),
      keep: new Set(['lone']),
    });
    assert.ok(kept.visibility.nodes === null || kept.visibility.nodes.has('lone'));
  });

  it('labels the countries with partners, the events and the hubs', () => {
    const keys = keyLabels(seedGraph());
    for (const node of ['gb', 'ev', 'a', 'b']) assert.ok(keys.has(node), node);
    assert.ok(!keys.has('lone'));
  });

  it('gives events presence: never smaller than the floor', () => {
    const graph = seedGraph();
    assert.ok(graph.getNodeAttribute('ev', 'size') >= 9);
    assert.ok(graph.getNodeAttribute('lone', 'size') < graph.getNodeAttribute('ev', 'size'));
  });
});

describe('undo history', () => {
  it('undoes and redoes in order; a new step drops what was undone', () => {
    const log: string[] = [];
    const views: unknown[] = [];
    const history = new History((view) => views.push(view));
    const step = (name: string) => ({
      label: name,
      undo: () => log.push(`undo ${name}`),
      redo: () => log.push(`redo ${name}`),
    });
    history.push(step('one'));
    history.push(step('two'));
    assert.deepEqual(history.view(), { undo: 'two', redo: null });
    assert.ok(history.undo());
    assert.ok(history.undo());
    assert.equal(history.undo(), false);
    assert.ok(history.redo());
    assert.deepEqual(log, ['undo two', 'undo one', 'redo one']);
    history.push(step('three'));
    assert.deepEqual(history.view(), { undo: 'three', redo: null });
    assert.equal(views.length, 6);
  });
});
