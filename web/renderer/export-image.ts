/**
 * Export the view
 * ===============
 *
 * PNG: the whole graph at twice its pixel size (the world outline under it in the geographic layout), sigma's
 * edges, nodes and labels as drawn now (@sigma/export-image renders them on a temporary renderer with the same
 * reducers), then the legend, the edge keys and a caption in a strip under it, composed on one canvas. GEXF: the visible graph with positions and colours
 * (graph/export-gexf.ts). Both take what they draw (renderer, outline, caption; graph, visibility), not the
 * explorer.
 */
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';

import { toGexf } from '../graph/export-gexf.js';
import { LINK_CSV_COLUMNS, linkRows, toCsv } from '../graph/table-rows.js';
import type { Settings } from 'sigma/settings';

import { type LegendEntries, legendEntries } from './legend-entries.js';
import type { CoopGraph, CoopSigma } from '../graph/types.js';
import type { Visibility } from '../graph/visibility.js';
import type { AppState } from '../state/app-state.js';
import { createLabelDrawer } from './labels.js';
import { LABEL_FONT } from './settings.js';
import type { WorldView } from './world-layer.js';

/** What the PNG shows: the renderer's view, the outline under it, and the counts and years of the caption. */
export interface ExportedView {
  sigma: CoopSigma;
  world: WorldView;
  state: Pick<AppState, 'counts' | 'years' | 'encoding'>;
}

function download(blob: Blob, fileName: string): void {
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

const LEGEND_LINE = 20;
const LEGEND_PAD = 16;

/** Lays the legend's entries out in rows under the graph; returns the height it needs (draw = false: measure). */
function drawLegend(
  context: CanvasRenderingContext2D,
  entries: LegendEntries,
  caption: string,
  width: number,
  top: number,
  draw: boolean,
): number {
  context.save();
  context.font = `12px ${LABEL_FONT}`;
  let x = LEGEND_PAD;
  let y = top + LEGEND_PAD + 12;
  const next = (w: number) => {
    if (x + w > width - LEGEND_PAD) {
      x = LEGEND_PAD;
      y += LEGEND_LINE;
    }
  };
  const text = (value: string, colour: string, weight = '') => {
    context.font = `${weight} 12px ${LABEL_FONT}`.trim();
    const w = context.measureText(value).width;
    next(w);
    if (draw) {
      context.fillStyle = colour;
      context.fillText(value, x, y);
    }
    x += w + 14;
  };
  text('coopgraph', '#0f172a', '600');
  text(caption, '#475569');
  x = LEGEND_PAD;
  y += LEGEND_LINE;
  text(entries.colourTitle, '#334155', '600');
  context.font = `12px ${LABEL_FONT}`;
  for (const item of entries.colours) {
    const label = `${item.label} ${item.count.toLocaleString('en')}`;
    const w = 14 + context.measureText(label).width;
    next(w);
    if (draw) {
      context.fillStyle = item.color;
      context.beginPath();
      context.arc(x + 5, y - 4, 5, 0, 2 * Math.PI);
      context.fill();
      context.fillStyle = '#1e293b';
      context.fillText(label, x + 14, y);
    }
    x += w + 14;
  }
  x = LEGEND_PAD;
  y += LEGEND_LINE;
  context.font = `12px ${LABEL_FONT}`;
  for (const edge of entries.edges) {
    const w = 26 + context.measureText(edge.label).width;
    next(w);
    if (draw) {
      context.fillStyle = edge.color;
      context.fillRect(x, y - 4 - edge.width / 2, 20, edge.width);
      context.fillStyle = '#1e293b';
      context.fillText(edge.label, x + 26, y);
    }
    x += w + 14;
  }
  text(entries.size, '#64748b');
  context.restore();
  return y - top + LEGEND_PAD;
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
  const { counts, years } = state;
  const caption = [
    counts ? `${counts.nodes.toLocaleString('en')} nodes · ${counts.edges.toLocaleString('en')} links` : '',
    years.from !== null || years.to !== null ? ` · ${years.from ?? '…'}–${years.to ?? '…'}` : '',
  ].join('');
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d')!;
  const legendHeight = drawLegend(measure, entries, caption, width, 0, false);
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
  drawLegend(context, entries, caption, width, height, true);
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
