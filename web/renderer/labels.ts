/**
 * Node labels
 * ===========
 *
 * sigma's label drawer, made for reading: a white halo under the text, so a label that crosses an edge stays
 * legible; long names shortened (the tooltip and the details give them whole); and no label drawn over another:
 * each label tries the right of its node, then the left, above and below, and takes the first free place (a
 * label that would run past the canvas edge is never placed there). Where nothing is free, a forced label (a
 * key node's) is drawn on the right anyway, except on a phone-sized canvas, and a grid label is left out.
 * `reset()` starts a new frame.
 */
import type { NodeLabelDrawingFunction } from 'sigma/rendering';

import type { EdgeAttributes, NodeAttributes } from '../graph/types.js';

/** Below this canvas width, even a key node's label is left out when there is no free place for it. */
const SMALL_CANVAS = 720;

/** Longer labels are cut at a word and end with an ellipsis. */
export const MAX_LABEL_CHARS = 34;

export function shorten(label: string, max = MAX_LABEL_CHARS): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(·-]+$/, '')}…`;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export interface LabelDrawer {
  draw: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes>;
  reset(): void;
}

/** `size` gives the canvas size in CSS pixels (sigma draws labels in CSS pixels). */
export function createLabelDrawer(size: () => { width: number; height: number }): LabelDrawer {
  let placed: Box[] = [];
  const draw: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes> = (context, data, settings) => {
    if (!data.label) return;
    const label = shorten(data.label);
    const fontSize = settings.labelSize;
    context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
    const w = context.measureText(label).width;
    const h = fontSize + 2;
    const gap = data.size + 3;
    const { width, height } = size();
    const candidates: Box[] = [
      { x: data.x + gap, y: data.y - h / 2, w, h },
      { x: data.x - gap - w, y: data.y - h / 2, w, h },
      { x: data.x - w / 2, y: data.y - data.size - 2 - h, w, h },
      { x: data.x - w / 2, y: data.y + data.size + 2, w, h },
    ].filter((box) => box.x >= 2 && box.x + box.w <= width - 2 && box.y >= 0 && box.y + box.h <= height);
    let box = candidates.find((c) => !placed.some((p) => overlaps(c, p)));
    if (!box) {
      // On a phone-sized canvas an overlapping label would only add to a wall of text: it waits for a zoom in.
      if (!data.forceLabel || width < SMALL_CANVAS) return;
      box = candidates[0] ?? { x: Math.max(2, Math.min(data.x + gap, width - w - 2)), y: data.y - h / 2, w, h };
    }
    placed.push(box);
    const x = box.x;
    const y = box.y + h / 2 + fontSize / 3;
    context.lineJoin = 'round';
    context.lineWidth = 3.5;
    context.strokeStyle = 'rgba(248, 250, 252, 0.92)';
    context.strokeText(label, x, y);
    context.fillStyle = settings.labelColor.color ?? '#1e293b';
    context.fillText(label, x, y);
  };
  return {
    draw,
    reset: () => {
      placed = [];
    },
  };
}
