/**
 * Sidebar panels
 * ==============
 *
 * The panels of the explorer's left sidebar, in tab order. The analytics panels (Gaps, ...) go here too: write
 * `web/panels/<name>.ts` exporting a `PanelDefinition` (panels/registry.ts) and register it below; its
 * `mount(container, explorer)` gets the explorer's public surface: graph, sigma, display state and store to
 * read, and actions such as select(), showOverlay() to light paths, restyle() to recolour nodes.
 */
import { filtersPanel } from './filters.js';
import { gapsPanel } from './gaps/index.js';
import { layoutPanel } from './layout.js';
import { pathPanel } from './path-finder.js';
import { registerPanel } from './registry.js';
import { reviewPanel } from './review/index.js';

let registered = false;

export function registerPanels(): void {
  if (registered) return;
  registered = true;
  registerPanel(filtersPanel);
  registerPanel(pathPanel);
  registerPanel(gapsPanel);
  registerPanel(layoutPanel);
  registerPanel(reviewPanel);
}
