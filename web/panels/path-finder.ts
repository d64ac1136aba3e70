/**
 * Path finder
 * ===========
 *
 * Two endpoints picked with the search, then every shortest path between them (GET /api/paths) lit on the graph,
 * listed hop by hop, with the agreements and people along them.
 */
import type { PathsResponse } from '../api/types.js';
import type { Explorer } from '../explorer.js';
import { humanize, nodeColor } from '../graph/style.js';
import { h, icon, ICONS } from '../dom/elements.js';
import type { PanelDefinition } from './registry.js';
import { createSearchBox } from '../ui/search-box.js';

function mountPaths(container: HTMLElement, explorer: Explorer): () => void {
  const { store } = explorer;
  const from = createSearchBox({
    id: 'path-from',
    label: 'Path from',
    placeholder: 'From… (search an entity)',
    keepChoice: true,
    onChoose: (hit) => explorer.setPathEndpoint('from', { id: hit.id, name: hit.name, type: hit.type }),
  });
  const to = createSearchBox({
    id: 'path-to',
    label: 'Path to',
    placeholder: 'To… (search an entity)',
    keepChoice: true,
    onChoose: (hit) => explorer.setPathEndpoint('to', { id: hit.id, name: hit.name, type: hit.type }),
  });
  const results = h('div', { class: 'path-results', 'aria-live': 'polite' });

  const nodeButton = (id: string, name: string, type: Parameters<typeof nodeColor>[0]) =>
    h(
      'button',
      { type: 'button', class: 'entity-link', onClick: () => void explorer.select(id) },
      h('span', {
        class: 'dot',
        style: `background:${nodeColor(type, explorer.graph.hasNode(id) ? explorer.graph.getNodeAttribute(id, 'kind') : null)}`,
      }),
      name,
    );

  const renderResult = (result: PathsResponse) => {
    const shortest = result.paths[0]?.length ?? 0;
    const children: HTMLElement[] = [
      h(
        'p',
        { class: 'path-summary' },
        `${result.paths.length} shortest path${result.paths.length === 1 ? '' : 's'} of ${shortest} step${shortest === 1 ? '' : 's'}`,
      ),
    ];
    result.paths.slice(0, 10).forEach((path, i) => {
      const hops: HTMLElement[] = [];
      path.nodes.forEach((node, j) => {
        hops.push(h('li', { class: 'hop' }, nodeButton(node.id, node.name, node.type)));
        const edge = path.edges[j];
        if (edge) hops.push(h('li', { class: 'hop-edge', 'aria-label': humanize(edge.type) }, humanize(edge.type)));
      });
      children.push(h('ol', { class: 'path', 'aria-label': `Path ${i + 1}` }, hops));
    });
    if (result.paths.length > 10) children.push(h('p', { class: 'muted' }, `+ ${result.paths.length - 10} more paths`));
    if (result.agreements.length) {
      children.push(
        h('h3', {}, 'Agreements along the way'),
        h(
          'ul',
          { class: 'fact-list' },
          result.agreements.map((a) =>
            h(
              'li',
              { class: 'fact' },
              h(
                'div',
                { class: 'fact-head' },
                nodeButton(a.id, a.name, 'Agreement'),
                h('span', { class: 'fact-meta' }, humanize(a.kind ?? '')),
              ),
            ),
          ),
        ),
      );
    }
    if (result.people.length) {
      children.push(
        h('h3', {}, 'People along the way'),
        h(
          'ul',
          { class: 'fact-list' },
          result.people.map((p) => h('li', { class: 'fact' }, nodeButton(p.id, p.name, 'Person'))),
        ),
      );
    }
    results.replaceChildren(...children);
  };

  const render = () => {
    const { path, pathStatus } = store.get();
    from.setValue(path.from?.name ?? '');
    to.setValue(path.to?.name ?? '');
    switch (pathStatus.type) {
      case 'idle':
        results.replaceChildren(
          h(
            'p',
            { class: 'muted' },
            'Pick two entities to see how they are connected: through agreements, people, alliances.',
          ),
        );
        break;
      case 'loading':
        results.replaceChildren(h('p', { class: 'muted', role: 'status' }, 'Finding paths…'));
        break;
      case 'none':
        results.replaceChildren(h('p', { class: 'empty-note' }, 'No path of up to 6 steps joins these two.'));
        break;
      case 'error':
        results.replaceChildren(
          h(
            'div',
            { class: 'inline-error', role: 'alert' },
            h('p', {}, 'Paths could not be computed. ', pathStatus.message),
            h(
              'button',
              { type: 'button', class: 'button', onClick: () => void explorer.findPath() },
              icon(ICONS.retry),
              'Retry',
            ),
          ),
        );
        break;
      case 'found':
        renderResult(pathStatus.result);
        break;
      default:
    }
  };

  container.append(
    h('div', { class: 'panel-head' }, h('h2', {}, 'Path finder')),
    h(
      'div',
      { class: 'path-inputs' },
      from.element,
      h(
        'button',
        {
          type: 'button',
          class: 'icon-button',
          'aria-label': 'Swap the endpoints',
          title: 'Swap',
          onClick: () => explorer.swapPathEndpoints(),
        },
        icon(ICONS.swap),
      ),
      to.element,
    ),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', class: 'button subtle', onClick: () => explorer.clearPath() }, 'Clear path'),
    ),
    results,
  );
  render();
  return store.subscribe((state, previous) => {
    if (state.path !== previous.path || state.pathStatus !== previous.pathStatus) render();
  });
}

export const pathPanel: PanelDefinition = { id: 'paths', title: 'Path finder', icon: ICONS.route, mount: mountPaths };
