/**
 * Sidebar
 * =======
 *
 * Tabs for the registered panels (panels/registry.ts) and the open panel. A panel is mounted once, the first
 * time it is opened, and kept (its inputs keep their state when the user switches tabs). Clicking the open tab
 * collapses the sidebar.
 */
import type { Explorer } from '../explorer.js';
import { h, icon } from '../dom/elements.js';
import { getPanels } from './registry.js';

export function createSidebar(explorer: Explorer): HTMLElement {
  const { store } = explorer;
  const panels = getPanels();
  const tabs = h('div', {
    class: 'sidebar-tabs',
    role: 'tablist',
    'aria-label': 'Panels',
    'aria-orientation': 'vertical',
  });
  const body = h('div', { class: 'sidebar-body' });
  const sidebar = h('nav', { class: 'sidebar', 'aria-label': 'Explorer tools' }, tabs, body);
  const mounted = new Map<string, HTMLElement>();

  const buttons = panels.map((panel) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${panel.id}`,
        class: 'sidebar-tab',
        'aria-controls': `panel-${panel.id}`,
        title: panel.title,
        onClick: () => store.set({ panel: store.get().panel === panel.id ? null : panel.id }),
      },
      icon(panel.icon),
      h('span', { class: 'tab-label' }, panel.title),
    ),
  );
  tabs.append(...buttons);
  tabs.addEventListener('keydown', (event) => {
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const step =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? 1
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? -1
          : 0;
    if (!step) return;
    event.preventDefault();
    buttons[(index + step + buttons.length) % buttons.length].focus();
  });

  const render = () => {
    const open = store.get().panel;
    sidebar.classList.toggle('collapsed', open === null);
    panels.forEach((panel, i) => {
      const selected = panel.id === open;
      buttons[i].setAttribute('aria-selected', String(selected));
      buttons[i].tabIndex = selected || (open === null && i === 0) ? 0 : -1;
      let element = mounted.get(panel.id);
      if (selected && !element) {
        element = h('section', {
          class: 'panel',
          id: `panel-${panel.id}`,
          role: 'tabpanel',
          'aria-labelledby': `tab-${panel.id}`,
        });
        body.appendChild(element);
        mounted.set(panel.id, element);
        panel.mount(element, explorer);
      }
      if (element) element.hidden = !selected;
    });
  };
  render();
  store.subscribe((state, previous) => {
    if (state.panel !== previous.panel) render();
  });
  return sidebar;
}
