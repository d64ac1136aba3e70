/**
 * GEXF export
 * ===========
 *
 * GEXF 1.3 (gexf.net), Gephi's own format: attribute declarations up front, from the model (./records.ts), so
 * the file streams; each node's label is its name, each edge's `kind` its relationship type (Gephi keeps
 * parallel edges of different kinds apart) and `weight` the cooperation weight. Lists are written as
 * `|`-joined strings, which every GEXF reader accepts.
 */
import {
  type Attribute,
  EDGE_ATTRIBUTES,
  type ExportNode,
  type ExportRelationship,
  NODE_ATTRIBUTES,
  attributeText,
  nodeLabel,
} from './records.js';
import { type GraphSource, allNodes, allRelationships } from './source.js';
import { xmlAttributes } from './xml.js';

const GEXF_TYPES = { string: 'string', integer: 'integer', double: 'double', boolean: 'boolean' } as const;

function declarations(kind: 'node' | 'edge', attributes: Attribute[]): string {
  const lines = attributes.map(
    (attribute) =>
      `      <attribute${xmlAttributes({ id: attribute.name, title: attribute.name, type: GEXF_TYPES[attribute.type] })}/>`,
  );
  return `    <attributes class="${kind}" mode="static">\n${lines.join('\n')}\n    </attributes>\n`;
}

function attributeValues(attributes: Attribute[], values: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const attribute of attributes) {
    const text = attributeText(values[attribute.name]);
    if (text !== null) parts.push(`<attvalue${xmlAttributes({ for: attribute.name, value: text })}/>`);
  }
  return parts.length > 0 ? `<attvalues>${parts.join('')}</attvalues>` : '';
}

export function nodeGexf(node: ExportNode): string {
  const values = attributeValues(NODE_ATTRIBUTES, { ...node.properties, type: node.type });
  return `      <node${xmlAttributes({ id: node.id, label: nodeLabel(node) })}>${values}</node>`;
}

export function edgeGexf(relationship: ExportRelationship): string {
  const { id, type, source, target, properties } = relationship;
  const weight = typeof properties.weight === 'number' && properties.weight > 0 ? properties.weight : undefined;
  const values = attributeValues(EDGE_ATTRIBUTES, { ...properties, relationship: type });
  return `      <edge${xmlAttributes({ id, source, target, kind: type, label: type, weight })}>${values}</edge>`;
}

export async function* gexfExport(source: GraphSource, date = new Date()): AsyncGenerator<string> {
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    `  <meta lastmodifieddate="${date.toISOString().slice(0, 10)}">\n` +
    '    <creator>coopgraph</creator>\n' +
    '    <description>The knowledge graph of international cooperation</description>\n' +
    '  </meta>\n' +
    '  <graph defaultedgetype="directed" mode="static">\n'
  );
  yield declarations('node', NODE_ATTRIBUTES) + declarations('edge', EDGE_ATTRIBUTES);
  yield '    <nodes>\n';
  for await (const page of allNodes(source)) yield page.map(nodeGexf).join('\n') + '\n';
  yield '    </nodes>\n    <edges>\n';
  for await (const page of allRelationships(source)) yield page.map(edgeGexf).join('\n') + '\n';
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
