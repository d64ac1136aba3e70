/**
 * SVG export
 * ==========
 *
 * The view as a vector image for a report or a poster: the whole graph (the camera reset, like the PNG, so an
 * open panel clips nothing; the map keeps its frame), the edges, nodes and labels in the colours and sizes sigma
 * draws now (its display data, after every reducer), and the legend strip under it (export-legend.ts). Written
 * from sigma's display data rather than with graphology-svg, which knows none of the explorer's reducers (what
 * is hidden, highlighted, coloured by community). The map's world outline is a canvas path and is not included.
 */
import { EXPORT_SIZE, download } from './export-image.js';
import { type LegendPainter, exportCaption, layOutLegend, measuringPainter } from './export-legend.js';
import { legendEntries } from './legend-entries.js';
import { LABEL_FONT } from './settings.js';
import type { CoopSigma } from '../graph/types.js';
import type { AppState } from '../state/app-state.js';

export interface SvgView {
  sigma: CoopSigma;
  /** true on the map: keep the view's frame and camera (positions are places). */
  map: boolean;
  state: Pick<AppState, 'counts' | 'years' | 'encoding'>;
}

const escapeXml = (value: string) =>
  value.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
const n = (value: number) => (Math.round(value * 10) / 10).toString();

function svgPainter(context: CanvasRenderingContext2D, into: string[]): LegendPainter {
  return {
    ...measuringPainter(context),
    text: (value, x, y, colour, font) =>
      into.push(
        `<text x="${n(x)}" y="${n(y)}" fill="${colour}"${font.startsWith('600') ? ' font-weight="600"' : ''}>${escapeXml(value)}</text>`,
      ),
    dot: (x, y, radius, colour) => into.push(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(radius)}" fill="${colour}"/>`),
    bar: (x, y, width, height, colour) =>
      into.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" fill="${colour}"/>`),
  };
}

/** The SVG document of the view. */
export function viewToSvg({ sigma, map, state }: SvgView): string {
  const graph = sigma.getGraph();
  const { width, height } = map ? sigma.getDimensions() : EXPORT_SIZE;
  const camera = map ? sigma.getCamera().getState() : { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const current = sigma.getDimensions();
  // sigma maps through the overriding camera and frame, but scales the result to its own canvas: undo that.
  const place = (point: { x: number; y: number }) => {
    const at = sigma.framedGraphToViewport(point, { cameraState: camera, viewportDimensions: { width, height } });
    return { x: (at.x / current.width) * width, y: (at.y / current.height) * height };
  };
  const radius = (size: number) => sigma.scaleSize(size, camera.ratio);

  const edges: string[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(edge);
    const from = sigma.getNodeDisplayData(source);
    const to = sigma.getNodeDisplayData(target);
    if (!data || data.hidden || !from || from.hidden || !to || to.hidden) return;
    const a = place(from);
    const b = place(to);
    edges.push(
      `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="${data.color}" stroke-width="${n(Math.max(0.5, radius(data.size)))}"/>`,
    );
  });

  const shown = sigma.getNodeDisplayedLabels();
  const drawn = graph
    .nodes()
    .map((node) => ({ node, data: sigma.getNodeDisplayData(node) }))
    .filter((item) => item.data && !item.data.hidden)
    .sort((p, q) => (p.data!.zIndex ?? 0) - (q.data!.zIndex ?? 0));
  const nodes: string[] = [];
  const labels: string[] = [];
  for (const { node, data } of drawn) {
    const at = place(data!);
    const r = radius(data!.size);
    nodes.push(`<circle cx="${n(at.x)}" cy="${n(at.y)}" r="${n(r)}" fill="${data!.color}"/>`);
    if (data!.label && (shown.has(node) || data!.forceLabel || data!.highlighted)) {
      labels.push(`<text x="${n(at.x + r + 3)}" y="${n(at.y + 4)}">${escapeXml(data!.label)}</text>`);
    }
  }

  const legend: string[] = [];
  const measure = document.createElement('canvas').getContext('2d')!;
  const caption = exportCaption(state.counts, state.years);
  const entries = legendEntries(graph, state.encoding);
  const legendHeight = layOutLegend(svgPainter(measure, legend), entries, caption, width, height);
  const total = height + legendHeight;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${n(total)}" viewBox="0 0 ${width} ${n(total)}" font-family="${escapeXml(LABEL_FONT)}" font-size="12">`,
    `<title>coopgraph: ${escapeXml(caption)}</title>`,
    `<rect width="${width}" height="${n(total)}" fill="#f8fafc"/>`,
    `<g class="edges" stroke-linecap="round">${edges.join('')}</g>`,
    `<g class="nodes" stroke="#ffffff" stroke-width="0.5">${nodes.join('')}</g>`,
    `<g class="labels" fill="#0f172a" stroke="#ffffff" stroke-width="3" paint-order="stroke">${labels.join('')}</g>`,
    `<rect y="${height}" width="${width}" height="${n(legendHeight)}" fill="#ffffff"/>`,
    `<rect y="${height}" width="${width}" height="1" fill="#e2e8f0"/>`,
    `<g class="legend">${legend.join('')}</g>`,
    `</svg>`,
  ].join('\n');
}

export function downloadSvg(view: SvgView): void {
  download(new Blob([viewToSvg(view)], { type: 'image/svg+xml' }), 'coopgraph.svg');
}
