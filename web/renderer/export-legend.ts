/**
 * The exported legend
 * ===================
 *
 * The strip under an exported image: the title and caption, the colour key, the edge keys and the size rule, laid
 * out in rows that wrap at the image's width. One layout for both exports: the PNG paints it on its canvas, the
 * SVG writes it as elements (a `LegendPainter` each); measuring text goes through a canvas in both.
 */
import type { LegendEntries } from './legend-entries.js';
import { LABEL_FONT } from './settings.js';

export interface LegendPainter {
  /** The width of `value` in `font` (CSS pixels). */
  measure(value: string, font: string): number;
  text(value: string, x: number, y: number, colour: string, font: string): void;
  dot(x: number, y: number, radius: number, colour: string): void;
  bar(x: number, y: number, width: number, height: number, colour: string): void;
}

const LINE = 20;
const PAD = 16;
const FONT = `12px ${LABEL_FONT}`;
const BOLD = `600 12px ${LABEL_FONT}`;

/** A painter that only measures: how tall the legend will be. */
export function measuringPainter(context: CanvasRenderingContext2D): LegendPainter {
  return {
    measure: (value, font) => {
      context.font = font;
      return context.measureText(value).width;
    },
    text: () => undefined,
    dot: () => undefined,
    bar: () => undefined,
  };
}

/** Lays the legend out under the graph from `top`, painting it; returns the height it takes. */
export function layOutLegend(
  painter: LegendPainter,
  entries: LegendEntries,
  caption: string,
  width: number,
  top: number,
): number {
  let x = PAD;
  let y = top + PAD + 12;
  const place = (w: number) => {
    if (x + w > width - PAD) {
      x = PAD;
      y += LINE;
    }
    const at = x;
    x += w + 14;
    return at;
  };
  const newRow = () => {
    x = PAD;
    y += LINE;
  };
  const text = (value: string, colour: string, font = FONT) => {
    const at = place(painter.measure(value, font));
    painter.text(value, at, y, colour, font);
  };
  text('coopgraph', '#0f172a', BOLD);
  text(caption, '#475569');
  newRow();
  text(entries.colourTitle, '#334155', BOLD);
  for (const item of entries.colours) {
    const label = `${item.label} ${item.count.toLocaleString('en')}`;
    const at = place(14 + painter.measure(label, FONT));
    painter.dot(at + 5, y - 4, 5, item.color);
    painter.text(label, at + 14, y, '#1e293b', FONT);
  }
  newRow();
  for (const edge of entries.edges) {
    const at = place(26 + painter.measure(edge.label, FONT));
    painter.bar(at, y - 4 - edge.width / 2, 20, edge.width, edge.color);
    painter.text(edge.label, at + 26, y, '#1e293b', FONT);
  }
  text(entries.size, '#64748b');
  return y - top + PAD;
}

/** The caption: the counts and the year window of the view. */
export function exportCaption(
  counts: { nodes: number; edges: number } | null,
  years: { from: number | null; to: number | null },
): string {
  return [
    counts ? `${counts.nodes.toLocaleString('en')} nodes · ${counts.edges.toLocaleString('en')} links` : '',
    years.from !== null || years.to !== null ? ` · ${years.from ?? '…'}–${years.to ?? '…'}` : '',
  ].join('');
}
