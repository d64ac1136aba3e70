/**
 * Panel registry
 * ==============
 *
 * The left sidebar's panels (filters, path finder, and later analytics such as Gaps) register here; the sidebar
 * draws one tab per panel and mounts a panel the first time it is opened. Adding a panel is a module in
 * web/panels/ plus one `registerPanel()` line in web/panels/index.ts; nothing else needs to change.
 */
import type { Explorer } from '../explorer.js';

export interface PanelDefinition {
  id: string;
  title: string;
  /** SVG path data of the tab icon (see ICONS in dom/elements.ts). */
  icon: string;
  /** Builds the panel's content into `container`; may return a cleanup. */
  mount(container: HTMLElement, explorer: Explorer): void | (() => void);
}

const panels: PanelDefinition[] = [];

export function registerPanel(panel: PanelDefinition): void {
  if (panels.some((p) => p.id === panel.id))
    throw new Error(`coopgraph: a panel named "${panel.id}" is already registered`);
  panels.push(panel);
}

export function getPanels(): readonly PanelDefinition[] {
  return panels;
}
