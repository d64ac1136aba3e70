/**
 * Export the view
 * ===============
 *
 * PNG: the world outline (in the geographic layout), sigma's edges, nodes and labels as drawn now
 * (@sigma/export-image renders them on a temporary renderer with the same camera and reducers), then a legend
 * and a caption, composed on one canvas. GEXF: the visible graph with positions and colours
 * (graph/export-gexf.ts). Both take what they draw (renderer, outline, caption; graph, visibility), not the
 * explorer.
 */
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';

import { toGexf } from '../graph/export-gexf.js';
import { legendItems } from '../graph/style.js';
import type { CoopGraph, CoopSigma } from '../graph/types.js';
import type { Visibility } from '../graph/visibility.js';
import type { AppState } from '../state/app-state.js';
import { LABEL_FONT } from './settings.js';
import type { WorldView } from './world-layer.js';

/** What the PNG shows: the renderer's view, the outline under it, and the counts and years of the caption. */
export interface ExportedView {
  sigma: CoopSigma;
  world: WorldView;
  state: Pick<AppState, 'counts' | 'years'>;
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

function drawLegend(context: CanvasRenderingContext2D, graph: CoopGraph, state: ExportedView['state'], width: number, height: number): void {
  const items = legendItems(graph);
  const { counts, years } = state;
  const lineHeight = 20;
  const boxWidth = 230;
  const boxHeight = 44 + items.length * lineHeight + 8;
  const x = 16;
  const y = height - boxHeight - 16;
  context.save();
  context.fillStyle = 'rgba(255,255,255,0.94)';
  context.strokeStyle = '#cbd5e1';
  context.lineWidth = 1;
  context.beginPath();
  context.roundRect(x, y, boxWidth, boxHeight, 10);
  context.fill();
  context.stroke();
  context.fillStyle = '#0f172a';
  context.font = `600 13px ${LABEL_FONT}`;
  context.fillText('coopgraph', x + 14, y + 22);
  context.font = `12px ${LABEL_FONT}`;
  context.fillStyle = '#475569';
  const caption = [
    counts ? `${counts.nodes.toLocaleString('en')} nodes · ${counts.edges.toLocaleString('en')} links` : '',
    years.from !== null || years.to !== null ? ` · ${years.from ?? '…'}–${years.to ?? '…'}` : '',
  ].join('');
  context.fillText(caption, x + 14, y + 38);
  items.forEach((item, i) => {
    const cy = y + 56 + i * lineHeight;
    context.fillStyle = item.color;
    context.beginPath();
    context.arc(x + 20, cy - 4, 5, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = '#1e293b';
    context.fillText(item.label, x + 32, cy);
    context.fillStyle = '#64748b';
    context.textAlign = 'right';
    context.fillText(item.count.toLocaleString('en'), x + boxWidth - 14, cy);
    context.textAlign = 'left';
  });
  context.restore();
  void width;
}

/** The current view with its legend, as a PNG blob. */
export async function viewToPng({ sigma, world, state }: ExportedView): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  // @sigma/export-image is typed for sigma's default attributes, which ours are not assignable to (sigma's
  // generics are invariant); it reads none of them, only hands graph, settings and reducers to a temporary renderer.
  const graphCanvas = await drawOnCanvas(sigma as CoopSigma & Sigma, { layers: ['edges', 'nodes', 'labels'], backgroundColor: 'transparent' });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#f8fafc';
  context.fillRect(0, 0, canvas.width, canvas.height);
  if (world.isVisible()) world.drawOn(context, ratio);
  context.drawImage(graphCanvas, 0, 0);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  drawLegend(context, sigma.getGraph(), state, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
}

export async function downloadPng(view: ExportedView): Promise<void> {
  download(await viewToPng(view), 'coopgraph.png');
}

export function downloadGexf(graph: CoopGraph, visibility: Visibility): void {
  const gexf = toGexf(graph, visibility);
  download(new Blob([gexf], { type: 'application/gexf+xml' }), 'coopgraph.gexf');
}
