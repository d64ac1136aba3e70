/**
 * Legend entries
 * ==============
 *
 * What the legend lists for the graph and the encoding drawn now: the stage's legend (ui/legend.ts) and the PNG
 * export (export-image.ts) both draw these, so they always agree. Lives with the renderer because the export
 * needs it and the renderer must not import the UI.
 */
import { EDGE_COLORS, legendItems } from '../graph/style.js';
import type { CoopGraph } from '../graph/types.js';
import type { Encoding } from '../state/app-state.js';

export interface LegendEntries {
  colourTitle: string;
  colours: { label: string; color: string; count: number }[];
  size: string;
  edges: { label: string; color: string; width: number }[];
}

/** What the legend lists, for the graph and the encoding drawn now (the stage and the PNG export agree). */
export function legendEntries(graph: CoopGraph, encoding: Encoding): LegendEntries {
  const colours = {
    colourTitle: encoding.colour ? encoding.colour.title : 'Colour: kind',
    colours: encoding.colour ? encoding.colour.items : legendItems(graph),
  };
  // The countries overview: countries sized by their institutions, joined by their institutions' links.
  if (graph.someNode((_n, a) => a.institutions !== undefined)) {
    return {
      ...colours,
      size: encoding.size ?? 'Size: number of institutions',
      edges: [
        {
          label: 'Cooperation links between their institutions (thicker: more)',
          color: EDGE_COLORS.cooperation,
          width: 4,
        },
      ],
    };
  }
  const hasPartOf = graph.someEdge((_e, a) => a.relType === 'PART_OF');
  const hasOther = graph.someEdge((_e, a) => a.relType !== 'COOPERATES_WITH' && a.relType !== 'PART_OF');
  return {
    ...colours,
    size: encoding.size ?? 'Size: number of partners (events: participants)',
    edges: [
      { label: 'Agreements (thicker: more)', color: EDGE_COLORS.cooperation, width: 4 },
      { label: 'Stated cooperation', color: EDGE_COLORS.stated, width: 2 },
      ...(hasPartOf
        ? [{ label: 'Part of (a faculty and its university)', color: EDGE_COLORS.partOf, width: 2.5 }]
        : []),
      ...(hasOther ? [{ label: 'Takes part in, hosts, signed at', color: EDGE_COLORS.structural, width: 2 }] : []),
    ],
  };
}
