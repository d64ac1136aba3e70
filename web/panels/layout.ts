/**
 * Layout panel
 * ============
 *
 * How the network is placed: ForceAtlas2's main parameters (gravity, scaling, strong gravity, LinLog) for the
 * live run, started and stopped here as in the toolbar; and the circular layout and the radial layout around
 * the selected node (both undoable). The map is the toolbar's other layout.
 */
import type { Explorer } from '../explorer.js';
import { h, icon, ICONS } from '../dom/elements.js';
import type { PanelDefinition } from './registry.js';

function mountLayout(container: HTMLElement, explorer: Explorer): () => void {
  const { store } = explorer;
  const settings = explorer.liveSettings;
  const number = (name: 'gravity' | 'scalingRatio', label: string, min: number, max: number, step: number) => {
    const input = h('input', {
      type: 'number',
      class: 'text-input',
      name,
      min: String(min),
      max: String(max),
      step: String(step),
      value: String(settings[name]),
    });
    input.addEventListener('change', () => {
      const value = Number(input.value);
      if (Number.isFinite(value) && value >= min && value <= max) explorer.setLiveSettings({ [name]: value });
    });
    return h('label', { class: 'field-row' }, h('span', {}, label), input);
  };
  const toggle = (name: 'strongGravityMode' | 'linLogMode', label: string) => {
    const input = h('input', { type: 'checkbox', name, checked: settings[name] });
    input.addEventListener('change', () => explorer.setLiveSettings({ [name]: input.checked }));
    return h('label', { class: 'check' }, input, h('span', {}, label));
  };
  const run = h('button', { type: 'button', class: 'button', onClick: () => explorer.toggleLiveLayout() });
  const radial = h(
    'button',
    { type: 'button', class: 'button', onClick: () => void explorer.arrange('radial') },
    'Radial around the selection',
  );
  const note = h('p', { class: 'muted small' });

  const render = () => {
    const { layoutRunning, selected, layout } = store.get();
    run.replaceChildren(
      icon(layoutRunning ? ICONS.pause : ICONS.play),
      layoutRunning ? 'Stop ForceAtlas2' : 'Run ForceAtlas2',
    );
    run.disabled = layout !== 'force';
    radial.disabled = selected === null;
    note.textContent = selected ? '' : 'Select a node to lay the graph out in rings around it.';
  };

  container.append(
    h('div', { class: 'panel-head' }, h('h2', {}, 'Layout')),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, 'ForceAtlas2'),
      number('gravity', 'Gravity', 0, 50, 0.5),
      number('scalingRatio', 'Scaling (spread)', 0.5, 100, 0.5),
      toggle('strongGravityMode', 'Strong gravity (keeps islands close)'),
      toggle('linLogMode', 'LinLog (tighter clusters)'),
      run,
    ),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, 'Arrange'),
      h('button', { type: 'button', class: 'button', onClick: () => void explorer.arrange('circular') }, 'Circular'),
      radial,
      note,
    ),
  );
  render();
  return store.subscribe((state, previous) => {
    if (
      state.layoutRunning !== previous.layoutRunning ||
      state.selected !== previous.selected ||
      state.layout !== previous.layout
    )
      render();
  });
}

export const layoutPanel: PanelDefinition = { id: 'layout', title: 'Layout', icon: ICONS.layout, mount: mountLayout };
