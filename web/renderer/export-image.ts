/**
 * Export the view
 * ===============
 *
 * PNG: the whole graph at twice its pixel size (the world outline under it in the geographic layout), sigma's
 * edges, nodes and labels as drawn now (@sigma/export-image renders them on a temporary renderer with the same
 * reducers), then the legend, the edge keys and a caption in a strip under it (export-legend.ts), composed on one
 * canvas. SVG: export-svg.ts. GEXF: the visible graph with positions and colours (graph/export-gexf.ts). Each takes
 * what it draws (renderer, outline, caption; graph, visibility), not the explorer.
 */
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';

import { toGexf } from '../graph/export-gexf.js';
import { LINK_CSV_COLUMNS, linkRows, toCsv } from '../graph/table-rows.js';
import type { Settings } from 'sigma/settings';

import { legendEntries } from './legend-entries.js';
import { type LegendPainter, exportCaption, layOutLegend, measuringPainter } from './export-legend.js';
import type { CoopGraph, CoopSigma } from '../graph/types.js';
import type { Visibility } from '../graph/visibility.js';
import type { AppState } from '../state/app-state.js';
import { createLabelDrawer } from './labels.js';
import type { WorldView } from './world-layer.js';

/** What the PNG shows: the renderer's view, the outline under it, and the counts and years of the caption. */
export interface ExportedView {
  sigma: CoopSigma;
  world: WorldView;
  state: Pick<AppState, 'counts' | 'years' | 'encoding'>;
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Sets the pixel ratio sigma (and @sigma/export-image) read while `run` draws: the export's scale. */
async function atPixelRatio<T>(ratio: number, run: () => Promise<T>): Promise<T> {
  Object.defineProperty(window, 'devicePixelRatio', { value: ratio, configurable: true });
  try {
    return await run();
  } finally {
    delete (window as { devicePixelRatio?: number }).devicePixelRatio; // the own property goes, the browser's stays
  }
}

/** Paints the legend on a 2D canvas context (the PNG). */
function canvasPainter(context: CanvasRenderingContext2D): LegendPainter {
  return {
    ...measuringPainter(context),
    text: (value, x, y, colour, font) => {
      context.font = font;
      context.fillStyle = colour;
      context.fillText(value, x, y);
    },
    dot: (x, y, radius, colour) => {
      context.fillStyle = colour;
      context.beginPath();
      context.arc(x, y, radius, 0, 2 * Math.PI);
      context.fill();
    },
    bar: (x, y, width, height, colour) => {
      context.fillStyle = colour;
      context.fillRect(x, y, width, height);
    },
  };
}

/** The size of the exported graph, in CSS pixels, when it is not the map (which keeps the view's frame). */
export const EXPORT_SIZE = { width: 1600, height: 1000 };

/**
 * The whole graph (the camera reset, not the part an open panel leaves visible) at `scale` times its pixel size,
 * with the legend and the edge keys under it: what is drawn now, in the colours and sizes of the view. The map
 * keeps the view's frame, so the world outline stays under its nodes.
 */
export async function viewToPng({ sigma, world, state }: ExportedView, scale = 2): Promise<Blob> {
  const map = world.isVisible();
  const { width, height } = map ? sigma.getDimensions() : EXPORT_SIZE;
  const labels = createLabelDrawer(() => ({ width, height }));
  // @sigma/export-image is typed for sigma's default attributes, which ours are not assignable to (sigma's
  // generics are invariant); it reads none of them, only hands graph, settings and reducers to a temporary renderer.
  const graphCanvas = await atPixelRatio(scale, () =>
    drawOnCanvas(sigma as CoopSigma & Sigma, {
      layers: ['edges', 'nodes', 'labels'],
      backgroundColor: 'transparent',
      width,
      height,
      cameraState: map ? sigma.getCamera().getState() : { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
      sigmaSettings: { defaultDrawNodeLabel: labels.draw as unknown as Settings['defaultDrawNodeLabel'] },
      withTempRenderer: (renderer) => void renderer.on('beforeRender', labels.reset),
    }),
  );
  const entries = legendEntries(sigma.getGraph(), state.encoding);
  const caption = exportCaption(state.counts, state.years);
  const canvas = document.createElement('canvas');
  const legendHeight = layOutLegend(measuringPainter(canvas.getContext('2d')!), entries, caption, width, 0);
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round((height + legendHeight) * scale);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#f8fafc';
  context.fillRect(0, 0, canvas.width, canvas.height);
  if (map) world.drawOn(context, scale);
  context.drawImage(graphCanvas, 0, 0);
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.fillStyle = '#ffffff';
  context.fillRect(0, height, width, legendHeight);
  context.fillStyle = '#e2e8f0';
  context.fillRect(0, height, width, 1);
  layOutLegend(canvasPainter(context), entries, caption, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

export async function downloadPng(view: ExportedView): Promise<void> {
  download(await viewToPng(view), 'coopgraph.png');
}

export function downloadGexf(graph: CoopGraph, visibility: Visibility): void {
  const gexf = toGexf(graph, visibility);
  download(new Blob([gexf], { type: 'application/gexf+xml' }), 'coopgraph.gexf');
}

/** The links drawn now, derived partnerships included with their number of agreements (graph/table-rows.ts). */
export function downloadLinksCsv(graph: CoopGraph, visibility: Visibility): void {
  download(
    new Blob([toCsv(linkRows(graph, visibility), LINK_CSV_COLUMNS)], { type: 'text/csv' }),
    'coopgraph-links.csv',
  );
}
