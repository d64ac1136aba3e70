/**
 * GET /api/export
 * ===============
 *
 * The graph as a file: `json` (the loader's format), `graphml`, `gexf` (both for Gephi and friends) or `csv` (a
 * zip of the loader's CSV files). Without filters, the whole graph, streamed page by page; with the filters of
 * GET /api/network, the part of the graph that route selects, with its provenance. The writers live in
 * server/export; this route picks one, names the file and streams it.
 */
import { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import { InvalidInputError } from '../../../core/errors.js';
import { DEFAULT_NETWORK_TYPES, NETWORK_TYPES, type NetworkType } from '../../../core/model.js';
import { ListOf, assertYearRange, errorResponses, splitList } from '../../../core/contract/common.js';
import { csvExport } from '../../export/csv.js';
import { gexfExport } from '../../export/gexf.js';
import { graphmlExport } from '../../export/graphml.js';
import { jsonExport } from '../../export/json.js';
import { type GraphSource, selection, wholeGraph } from '../../export/source.js';
import { MAX_NETWORK_NODES, NetworkQuery } from '../../../core/contract/network.js';

const FORMATS = {
  json: { type: 'application/json; charset=utf-8', extension: 'json', write: jsonExport },
  graphml: { type: 'application/graphml+xml; charset=utf-8', extension: 'graphml', write: graphmlExport },
  gexf: { type: 'application/gexf+xml; charset=utf-8', extension: 'gexf', write: gexfExport },
  csv: { type: 'application/zip', extension: 'zip', write: csvExport },
} as const;
type Format = keyof typeof FORMATS;

const filters = NetworkQuery.properties;

const ExportQuery = Type.Object({
  format: Type.Union(
    (Object.keys(FORMATS) as Format[]).map((format) => Type.Literal(format)),
    { default: 'json', description: 'json (the loader format), graphml, gexf, or csv (a zip of the loader CSV files)' },
  ),
  types: Type.Optional(
    ListOf(NETWORK_TYPES, {
      description: 'As in /api/network (default there: Institution,Country). Any filter exports the network selection.',
    }),
  ),
  countries: filters.countries,
  kinds: filters.kinds,
  fields: filters.fields,
  yearFrom: filters.yearFrom,
  yearTo: filters.yearTo,
});

/**
 * The files as the OpenAPI document describes them (the streamed body itself is sent as is): JSON in the
 * loader's format (docs/data-model.md), GraphML and GEXF as XML text, the CSV zip as bytes.
 */
const open = { additionalProperties: true };
const JsonFile = Type.Object(
  {
    nodes: Type.Array(Type.Object({ id: Type.String(), type: Type.String() }, open), {
      description: '{ id, type, name, aliases, ...properties }',
    }),
    relationships: Type.Array(
      Type.Object({ id: Type.String(), type: Type.String(), source: Type.String(), target: Type.String() }, open),
      { description: '{ id, type, source, target, ...properties }' },
    ),
  },
  { description: "The loader's JSON format (docs/data-model.md)" },
);
const XmlFile = Type.String({ description: 'An XML document' });
const ZipFile = Type.String({ format: 'binary', description: 'A zip of the loader CSV files' });

/**
 * Reads the start of the file before answering: a database that fails on the first page is then a proper 503,
 * not a 200 cut short. A small export is read whole; a large one is buffered up to this many bytes, which is
 * past the first page of every format.
 */
const PRIME_BYTES = 64 * 1024;

async function primed(chunks: AsyncGenerator<string | Uint8Array>): Promise<Readable> {
  const head: (string | Uint8Array)[] = [];
  let bytes = 0;
  let done = false;
  while (bytes < PRIME_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    bytes += next.value.length;
  }
  return Readable.from(
    (async function* () {
      for (const chunk of head) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (done) return;
      for await (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    })(),
    { objectMode: false },
  );
}

const exportRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/export',
    {
      // Admitted as a heavy route; the slot is held until the last byte is streamed (plugins/admission.ts).
      config: { heavy: true },
      schema: {
        tags: ['export'],
        summary: 'Export the graph as JSON, GraphML, GEXF or CSV',
        description:
          'Without filters: every node and relationship (MENTIONED_IN with its evidence; derived COOPERATES_WITH ' +
          'with stated: false), streamed. With filters (same meaning as /api/network): the nodes and edges ' +
          '/api/network selects, the LOCATED_IN, PART_OF and MEMBER_OF between them, and the documents they cite. ' +
          'json and csv load back with `npm run load` (csv: unzip into a folder).',
        querystring: ExportQuery,
        response: {
          200: {
            description: 'The file, as an attachment',
            content: {
              'application/json': { schema: JsonFile },
              'application/graphml+xml': { schema: XmlFile },
              'application/gexf+xml': { schema: XmlFile },
              'application/zip': { schema: ZipFile },
            },
          },
          ...errorResponses(400, 503),
        },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const format = FORMATS[query.format as Format];
      const filtered = (['types', 'countries', 'kinds', 'fields', 'yearFrom', 'yearTo'] as const).some(
        (name) => query[name] !== undefined,
      );
      let source: GraphSource = wholeGraph(app.db);
      if (filtered) {
        assertYearRange(query.yearFrom, query.yearTo);
        const selected = await selection(app.db, {
          types: (splitList(query.types) ?? [...DEFAULT_NETWORK_TYPES]) as NetworkType[],
          countries: splitList(query.countries),
          kinds: splitList(query.kinds),
          fields: splitList(query.fields),
          yearFrom: query.yearFrom,
          yearTo: query.yearTo,
          limit: MAX_NETWORK_NODES,
        });
        if (selected.truncated) {
          throw new InvalidInputError(
            `querystring types: the filters select more than ${MAX_NETWORK_NODES} nodes; narrow them, or export without filters (the whole graph streams)`,
            'types',
          );
        }
        source = selected.source;
      }
      const body = await primed(format.write(source));
      const date = new Date().toISOString().slice(0, 10);
      const name = `coopgraph-${filtered ? 'selection' : 'graph'}-${date}.${format.extension}`;
      return (
        reply
          .header('content-type', format.type)
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('cache-control', 'no-store')
          // A stream is piped as is; the schema's `string` only describes the file to the OpenAPI document.
          .send(body as unknown as string)
      );
    },
  );
};

export default exportRoute;
