/**
 * Undo and redo
 * =============
 *
 * What the user did to the drawing (expand, collapse, drag, hide, show) as steps that can be undone and redone.
 * A new step drops the steps that were undone. The store's `history` says what Undo and Redo would do.
 */

export interface Step {
  /** What it did, for the buttons' titles: "Expand Ocean University of China". */
  label: string;
  undo(): void;
  redo(): void;
}

export interface HistoryView {
  undo: string | null;
  redo: string | null;
}

export class History {
  #done: Step[] = [];
  #undone: Step[] = [];

  constructor(
    private readonly onChange: (view: HistoryView) => void,
    private readonly max = 100,
  ) {}

  push(step: Step): void {
    this.#done.push(step);
    if (this.#done.length > this.max) this.#done.shift();
    this.#undone = [];
    this.#notify();
  }

  undo(): boolean {
    const step = this.#done.pop();
    if (!step) return false;
    step.undo();
    this.#undone.push(step);
    this.#notify();
    return true;
  }

  redo(): boolean {
    const step = this.#undone.pop();
    if (!step) return false;
    step.redo();
    this.#done.push(step);
    this.#notify();
    return true;
  }

  /** A new graph: the steps were about the old one. */
  clear(): void {
    this.#done = [];
    this.#undone = [];
    this.#notify();
  }

  view(): HistoryView {
    return { undo: this.#done.at(-1)?.label ?? null, redo: this.#undone.at(-1)?.label ?? null };
  }

  #notify(): void {
    this.onChange(this.view());
  }
}
