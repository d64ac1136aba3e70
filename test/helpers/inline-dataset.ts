/**
 * Inline datasets
 * ===============
 *
 * Small datasets written in a test, in the loader's validated form (core/dataset.ts), for `writeDataset`: a
 * node or a relationship with no mentions, its origin naming the test.
 */
import type { Dataset } from '../../core/dataset.js';

const origin = { file: 'inline test dataset', record: 'inline' };

export const node = (id: string, type: string, properties: Record<string, unknown>): Dataset['nodes'][number] => ({
  id,
  type,
  properties,
  mentions: [],
  origin,
});

export const rel = (
  type: string,
  source: string,
  target: string,
  properties: Record<string, unknown> = {},
): Dataset['relationships'][number] => ({ type, source, target, properties, mentions: [], origin });

export const dataset = (nodes: Dataset['nodes'], relationships: Dataset['relationships']): Dataset => ({
  nodes,
  relationships,
});
