/**
 * GraphML export
 * ==============
 *
 * GraphML 1.0 (graphml.graphdrawing.org) as Gephi, Cytoscape, yEd and NetworkX read it: every attribute is
 * declared up front as a `<key>` with its `attr.type`, from the model (./records.ts), so the file streams.
 * `label` is the node's name and `weight` the cooperation weight, the names Gephi picks up; lists are
 * `|`-joined strings.
 */
import {
  EDGE_ATTRIBUTES,
  type ExportNode,
  type ExportRelationship,
  NODE_ATTRIBUTES,
  attributeText,
  nodeLabel,
} from './records.js';
import { type GraphSource, allNodes, allRelationships } from './source.js';
import { xmlAttributes, xmlText } from './xml.js';

const GRAPHML_TYPES = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean' } as const;

function keys(): string {
  const lines = ['  <key id="label" for="node" attr.name="label" attr.type="string"/>'];
  for (const attribute of NODE_ATTRIBUTES) {
    lines.push(
      `  <key${xmlAttributes({ id: `n_${attribute.name}`, for: 'node', 'attr.name': attribute.name, 'attr.type': GRAPHML_TYPES[attribute.type] })}/>`,
    );
  }
  lines.push('  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>');
  for (const attribute of EDGE_ATTRIBUTES) {
    if (attribute.name === 'weight') continue;
    lines.push(
      `  <key${xmlAttributes({ id: `e_${attribute.name}`, for: 'edge', 'attr.name': attribute.name, 'attr.type': GRAPHML_TYPES[attribute.type] })}/>`,
    );
  }
  return lines.join('\n') + '\n';
}

const data = (key: string, value: string | null) =>
  value === null ? '' : `<data key="${key}">${xmlText(value)}</data>`;

export function nodeGraphml(node: ExportNode): string {
  const values = { ...node.properties, type: node.type };
  const fields = NODE_ATTRIBUTES.map((attribute) =>
    data(`n_${attribute.name}`, attributeText(values[attribute.name as keyof typeof values])),
  );
  return `    <node${xmlAttributes({ id: node.id })}>${data('label', nodeLabel(node))}${fields.join('')}</node>`;
}

export function edgeGraphml(relationship: ExportRelationship): string {
  const values: Record<string, unknown> = { ...relationship.properties, relationship: relationship.type };
  const fields = EDGE_ATTRIBUTES.map((attribute) =>
    data(attribute.name === 'weight' ? 'weight' : `e_${attribute.name}`, attributeText(values[attribute.name])),
  );
  const { id, source, target } = relationship;
  return `    <edge${xmlAttributes({ id, source, target })}>${fields.join('')}</edge>`;
}

export async function* graphmlExport(source: GraphSource): AsyncGenerator<string> {
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
  );
  yield keys();
  yield '  <graph id="coopgraph" edgedefault="directed">\n';
  for await (const page of allNodes(source)) yield page.map(nodeGraphml).join('\n') + '\n';
  for await (const page of allRelationships(source)) yield page.map(edgeGraphml).join('\n') + '\n';
  yield '  </graph>\n</graphml>\n';
}
