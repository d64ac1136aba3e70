/**
 * JSON export
 * ===========
 *
 * `{ "nodes": [{ id, type, name, aliases, ...properties }], "relationships": [{ id, type, source, target,
 * ...properties }] }`: the loader's input format (docs/data-model.md), so an export loads back unchanged.
 * MENTIONED_IN relationships carry their `evidence` lists; derived COOPERATES_WITH edges say `stated: false`
 * (the loader skips them and derives them again). Written as a stream of text, one record per line.
 */
import type { ExportNode, ExportRelationship } from './records.js';
import { type GraphSource, allNodes, allRelationships } from './source.js';

export const nodeJson = (node: ExportNode) => ({ id: node.id, type: node.type, ...node.properties });

export const relationshipJson = (relationship: ExportRelationship) => ({
  id: relationship.id,
  type: relationship.type,
  source: relationship.source,
  target: relationship.target,
  ...relationship.properties,
});

async function* list<T>(pages: AsyncIterable<T[]>, format: (item: T) => unknown): AsyncGenerator<string> {
  let first = true;
  for await (const page of pages) {
    yield (first ? '\n' : ',\n') + page.map((item) => JSON.stringify(format(item))).join(',\n');
    first = false;
  }
}

export async function* jsonExport(source: GraphSource): AsyncGenerator<string> {
  yield '{"nodes":[';
  yield* list(allNodes(source), nodeJson);
  yield '\n],"relationships":[';
  yield* list(allRelationships(source), relationshipJson);
  yield '\n]}\n';
}
