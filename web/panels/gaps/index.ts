/**
 * Gaps panel
 * ==========
 *
 * The collaboration gap analytics (docs/analytics.md) in the explorer's sidebar:
 *
 * - for an institution (searched, or the one selected on the graph): the countries its peers work with and it
 *   does not, the partners recommended to it (a click lights the candidate and the shared partners on the
 *   graph), and its field × country matrix as a heatmap (or the whole network's);
 * - for the network: colour nodes by community, size them by betweenness, the top brokers; and a country-level
 *   view: the strongest country pairs and the countries that hang on one agreement or one institution.
 *
 * Every table links to the same answer as CSV.
 */
import { isAbort } from '../../api/client.js';
import type { Explorer } from '../../explorer.js';
import { h, icon, ICONS } from '../../dom/elements.js';
import { createSearchBox } from '../../ui/search-box.js';
import type { PanelDefinition } from '../registry.js';
import {
  type BrokersResponse,
  type CountryNetworkResponse,
  type CoverageGapsResponse,
  type MatrixResponse,
  type RecommendationsResponse,
  type WeakSpotsResponse,
  csvUrl,
  fetchBrokers,
  fetchCountryNetwork,
  fetchCoverageGaps,
  fetchMatrix,
  fetchRecommendations,
  fetchWeakSpots,
} from './api.js';
import {
  type GraphModes,
  type NodeMetrics,
  applyGraphModes,
  communityColor,
  modesEncoding,
  recommendationPaths,
} from './graph-modes.js';
import { heatmap } from './heatmap.js';
import './gaps.css';

interface Chosen {
  id: string;
  name: string;
}

type Recommendation = RecommendationsResponse['recommendations'][number];

/** A section that loads its content: a status line, an error with Retry, or what `render` builds. */
function loader<T>(element: HTMLElement, what: string, render: (value: T) => HTMLElement[]) {
  let request: AbortController | null = null;
  const run = (fetch: (signal: AbortSignal) => Promise<T>): void => {
    request?.abort();
    const controller = new AbortController();
    request = controller;
    element.replaceChildren(h('p', { class: 'muted', role: 'status' }, `Computing ${what.toLowerCase()}…`));
    fetch(controller.signal).then(
      (value) => {
        if (request === controller) element.replaceChildren(...render(value));
      },
      (error: Error) => {
        if (isAbort(error) || request !== controller) return;
        const retry = h(
          'button',
          { type: 'button', class: 'button subtle', onClick: () => run(fetch) },
          icon(ICONS.retry),
          'Retry',
        );
        element.replaceChildren(
          h(
            'div',
            { class: 'inline-error', role: 'alert' },
            h('p', {}, `${what} could not be computed. ${error.message}`),
            retry,
          ),
        );
      },
    );
  };
  return run;
}

const csvLink = (href: string, label = 'CSV') =>
  h(
    'a',
    { class: 'chip-button gaps-csv', href, download: '', title: 'Download this table as CSV' },
    icon(ICONS.download),
    label,
  );

const section = (title: string, ...children: (HTMLElement | null)[]) =>
  h('section', { class: 'gaps-section' }, h('h3', {}, title), ...children);

/** The definition a result carries, folded away under a short summary. */
const definition = (text: string) =>
  h(
    'details',
    { class: 'gaps-definition' },
    h('summary', {}, 'How it is counted'),
    h('p', {}, text.charAt(0).toUpperCase() + text.slice(1) + '.'),
  );

const percent = (value: number) => `${Math.round(value * 100)}%`;

function mountGaps(container: HTMLElement, explorer: Explorer): () => void {
  const { store } = explorer;
  let chosen: Chosen | null = null;
  let matrixScope: 'institution' | 'network' = 'institution';

  const select = (id: string) => void explorer.select(id);
  const link = (id: string, name: string) =>
    h('button', { type: 'button', class: 'entity-link', onClick: () => select(id) }, name);

  // Institution ------------------------------------------------------------------------------------------------
  const chooser = createSearchBox({
    id: 'gaps-institution',
    label: 'Institution to analyse',
    placeholder: 'Choose an institution…',
    types: ['Institution'],
    keepChoice: true,
    onChoose: (hit) => choose({ id: hit.id, name: hit.name }),
  });
  const useSelected = h(
    'button',
    { type: 'button', class: 'button subtle', hidden: true },
    'Use the selected institution',
  );
  /** The selected node, when it is an institution drawn on the graph. */
  const selectedInstitution = (): Chosen | null => {
    const id = store.get().selected;
    if (
      id === null ||
      !explorer.graph.hasNode(id) ||
      explorer.graph.getNodeAttribute(id, 'entityType') !== 'Institution'
    )
      return null;
    return { id, name: explorer.graph.getNodeAttribute(id, 'label') };
  };
  useSelected.addEventListener('click', () => {
    const institution = selectedInstitution();
    if (institution) choose(institution);
  });

  const gapsBody = h('div', { class: 'gaps-body' });
  const recommendationsBody = h('div', { class: 'gaps-body' });
  const matrixBody = h('div', { class: 'gaps-body' });
  const institutionPart = h('div', { class: 'gaps-institution', hidden: true });

  const loadGaps = loader<CoverageGapsResponse>(gapsBody, 'Missing countries', (result) => [
    h('p', { class: 'gaps-note' }, `Peers: ${result.peers.count} ${result.peers.definition}.`),
    result.gaps.length === 0
      ? h('p', { class: 'empty-note' }, 'Its peers work with no country it does not already work with.')
      : h(
          'ol',
          { class: 'gaps-list' },
          result.gaps.slice(0, 15).map((gap) =>
            h(
              'li',
              { class: 'gaps-item' },
              h(
                'div',
                { class: 'fact-head' },
                link(gap.country.id, gap.country.name),
                h('span', { class: 'fact-meta' }, `${gap.peerCount} of ${result.peers.count} peers`),
              ),
              h('div', { class: 'gaps-bar', style: `--share:${percent(gap.share)}` }),
              h(
                'p',
                { class: 'gaps-reason' },
                gap.peers.map((peer, i) => [i > 0 ? ', ' : '', link(peer.id, peer.name)]),
              ),
            ),
          ),
        ),
    h('div', { class: 'row' }, csvLink(csvUrl('coverage-gaps', { institution: result.institution.id, limit: 500 }))),
  ]);

  // Takes the path finder's place: its endpoints go too, or its panel would describe paths no longer lit.
  const showRecommendation = (item: Recommendation) => {
    if (!chosen) return;
    explorer.clearPath();
    explorer.showOverlay(recommendationPaths(chosen, item));
  };

  const loadRecommendations = loader<RecommendationsResponse>(recommendationsBody, 'Recommended partners', (result) => [
    h(
      'p',
      { class: 'gaps-note' },
      'Ranked by shared partners (Adamic-Adar), then shared fields and partner countries. Click one to see it on the graph.',
    ),
    result.recommendations.length === 0
      ? h('p', { class: 'empty-note' }, 'No institution shares a partner, a field or a partner country with it.')
      : h(
          'ol',
          { class: 'gaps-list' },
          result.recommendations.map((item) =>
            h(
              'li',
              { class: 'gaps-item' },
              h(
                'div',
                { class: 'fact-head' },
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'entity-link',
                    title: 'Show it and the shared partners on the graph',
                    onClick: () => showRecommendation(item),
                  },
                  item.institution.name,
                ),
                h('span', { class: 'fact-meta' }, [item.institution.country ?? '', ` · ${item.score.toFixed(2)}`]),
              ),
              h(
                'ul',
                { class: 'gaps-reasons' },
                item.reasons.map((reason) => h('li', {}, reason)),
              ),
            ),
          ),
        ),
    h(
      'div',
      { class: 'row' },
      csvLink(csvUrl('recommendations', { institution: result.institution.id, limit: 100 })),
      h('button', { type: 'button', class: 'button subtle', onClick: () => explorer.clearPath() }, 'Clear highlight'),
    ),
  ]);

  const loadMatrix = loader<MatrixResponse>(matrixBody, 'The field × country matrix', (result) => [
    h(
      'p',
      { class: 'gaps-note' },
      `${result.agreements} agreement${result.agreements === 1 ? '' : 's'}; ` +
        (result.gapCells === null
          ? `${result.emptyCells} empty cells (the network has no peers to call them gaps).`
          : `${result.gapCells} of ${result.emptyCells} empty cells are gaps: cells your ${result.peers?.count ?? 0} peers fill.`),
    ),
    definition(result.definition),
    heatmap(result, select),
    h('div', { class: 'row' }, csvLink(csvUrl('field-country-matrix', { institution: result.institution?.id }))),
  ]);

  const scopeButtons = (['institution', 'network'] as const).map((scope) =>
    h(
      'button',
      {
        type: 'button',
        class: 'segment',
        'aria-pressed': String(scope === matrixScope),
        onClick: () => {
          matrixScope = scope;
          scopeButtons.forEach((button, i) =>
            button.setAttribute('aria-pressed', String(i === (scope === 'institution' ? 0 : 1))),
          );
          refreshMatrix();
        },
      },
      scope === 'institution' ? 'This institution' : 'Whole network',
    ),
  );
  const refreshMatrix = () =>
    loadMatrix((signal) => fetchMatrix(matrixScope === 'institution' && chosen ? chosen.id : null, signal));

  institutionPart.append(
    section('Missing countries', gapsBody),
    section('Recommended partners', recommendationsBody),
    section(
      'Fields × countries',
      h('div', { class: 'segmented', role: 'group', 'aria-label': 'Matrix scope' }, scopeButtons),
      matrixBody,
    ),
  );

  function choose(next: Chosen): void {
    chosen = next;
    chooser.setValue(next.name);
    institutionPart.hidden = false;
    loadGaps((signal) => fetchCoverageGaps(next.id, signal));
    loadRecommendations((signal) => fetchRecommendations(next.id, signal));
    refreshMatrix();
  }

  // Network ----------------------------------------------------------------------------------------------------
  const modes: GraphModes = { byCommunity: false, byBetweenness: false };
  let metrics: Map<string, NodeMetrics> | null = null;
  let metricsRequest: Promise<Map<string, NodeMetrics>> | null = null;
  const brokersBody = h('div', { class: 'gaps-body' });
  const modeStatus = h('p', { class: 'gaps-note', 'aria-live': 'polite' });

  const loadBrokers = loader<BrokersResponse>(brokersBody, 'Brokers and communities', (result) => [
    h(
      'p',
      { class: 'gaps-note' },
      `${result.communities.count} communities (Louvain); betweenness ${result.betweenness.description}.`,
    ),
    h(
      'ul',
      { class: 'gaps-legend' },
      result.communities.list.slice(0, 10).map((community) =>
        h(
          'li',
          {},
          h('span', { class: 'dot', style: `background:${communityColor(community.id)}` }),
          h(
            'span',
            {},
            `${community.size} nodes around `,
            community.members.slice(0, 2).map((member, i) => [i > 0 ? ' and ' : '', link(member.id, member.name)]),
          ),
        ),
      ),
    ),
    h('h4', {}, 'Top brokers'),
    h(
      'ol',
      { class: 'gaps-list' },
      result.brokers.map((node) =>
        h(
          'li',
          { class: 'gaps-item' },
          h(
            'div',
            { class: 'fact-head' },
            link(node.id, node.name),
            h('span', { class: 'fact-meta' }, `${(node.betweenness * 100).toFixed(1)}%`),
          ),
          h('p', { class: 'gaps-reason' }, node.reason),
        ),
      ),
    ),
    h('div', { class: 'row' }, csvLink(csvUrl('brokers', { scope: 'cooperation', limit: 500 }))),
  ]);

  const ensureMetrics = (): Promise<Map<string, NodeMetrics>> => {
    metricsRequest ??= fetchBrokers({ scope: 'cooperation', nodes: true, limit: 1 }).then(
      (result) =>
        (metrics = new Map(
          (result.nodes ?? []).map((node) => [node.id, { community: node.community, betweenness: node.betweenness }]),
        )),
      (error: Error) => {
        metricsRequest = null;
        throw error;
      },
    );
    return metricsRequest;
  };

  const applyModes = () =>
    explorer.restyle(
      (graph) => applyGraphModes(graph, modes, metrics ?? new Map()),
      modesEncoding(explorer.graph, modes, metrics ?? new Map()),
    );

  const modeToggle = (key: keyof GraphModes, label: string) => {
    const input = h('input', { type: 'checkbox', name: key });
    input.addEventListener('change', () => {
      modes[key] = input.checked;
      if (!input.checked || metrics) return applyModes();
      modeStatus.textContent = 'Computing communities and betweenness…';
      ensureMetrics().then(
        () => {
          modeStatus.textContent = 'The legend under the graph now says what colour and size mean.';
          applyModes();
        },
        (error: Error) => {
          modeStatus.textContent = `Could not compute them: ${error.message}`;
          input.checked = false;
          modes[key] = false;
        },
      );
    });
    return h('label', { class: 'check' }, input, h('span', {}, label));
  };

  // Country view -----------------------------------------------------------------------------------------------
  const pairsBody = h('div', { class: 'gaps-body' });
  const weakBody = h('div', { class: 'gaps-body' });
  const loadPairs = loader<CountryNetworkResponse>(pairsBody, 'The country network', (result) => {
    const names = new Map(result.nodes.map((node) => [node.id, node.name]));
    const max = Math.max(1, ...result.edges.map((edge) => edge.weight));
    return [
      h(
        'p',
        { class: 'gaps-note' },
        `${result.nodes.length} countries, ${result.edges.length} pairs linked by their institutions' agreements.`,
      ),
      h(
        'ol',
        { class: 'gaps-list' },
        result.edges
          .slice(0, 15)
          .map((edge) =>
            h(
              'li',
              { class: 'gaps-item' },
              h(
                'div',
                { class: 'fact-head' },
                h(
                  'span',
                  {},
                  link(edge.source, names.get(edge.source) ?? edge.source),
                  ' – ',
                  link(edge.target, names.get(edge.target) ?? edge.target),
                ),
                h(
                  'span',
                  { class: 'fact-meta' },
                  `${edge.weight} agreement${edge.weight === 1 ? '' : 's'}${edge.statedLinks ? ` + ${edge.statedLinks} stated` : ''}`,
                ),
              ),
              h('div', { class: 'gaps-bar', style: `--share:${percent(edge.weight / max)}` }),
            ),
          ),
      ),
      h('div', { class: 'row' }, csvLink(csvUrl('country-network'))),
    ];
  });
  const loadWeak = loader<WeakSpotsResponse>(weakBody, 'Weak spots', (result) => [
    result.countries.items.length === 0
      ? h('p', { class: 'empty-note' }, 'No country hangs on a single agreement or institution.')
      : h(
          'ul',
          { class: 'gaps-list' },
          result.countries.items
            .slice(0, 12)
            .map((item) =>
              h(
                'li',
                { class: 'gaps-item' },
                link(item.country.id, item.country.name),
                h('p', { class: 'gaps-reason' }, item.reason),
              ),
            ),
        ),
    h('div', { class: 'row' }, csvLink(csvUrl('weak-spots', { limit: 1000 }))),
  ]);

  const networkPart = h(
    'div',
    { class: 'gaps-network' },
    section(
      'Communities and brokers',
      h(
        'div',
        { class: 'check-list' },
        modeToggle('byCommunity', 'Colour nodes by community'),
        modeToggle('byBetweenness', 'Size nodes by betweenness'),
      ),
      modeStatus,
      brokersBody,
    ),
    section('Countries', pairsBody, h('h4', {}, 'Hanging on a thread'), weakBody),
  );

  // Assembly ---------------------------------------------------------------------------------------------------
  container.append(
    h('div', { class: 'panel-head' }, h('h2', {}, 'Collaboration gaps')),
    h('div', { class: 'path-inputs' }, chooser.element, useSelected),
    institutionPart,
    networkPart,
  );
  loadBrokers((signal) => fetchBrokers({ scope: 'cooperation', limit: 10 }, signal));
  loadPairs((signal) => fetchCountryNetwork(signal));
  loadWeak((signal) => fetchWeakSpots(signal));

  const syncSelected = () => {
    const institution = selectedInstitution();
    useSelected.hidden = institution === null || institution.id === chosen?.id;
  };
  // Opened with an institution selected: analyse it straight away.
  const initial = selectedInstitution();
  if (initial) choose(initial);
  syncSelected();

  return store.subscribe((state, previous) => {
    if (state.selected !== previous.selected) syncSelected();
    // A new or expanded graph gets the explorer's encoding back: apply the modes again.
    if (state.counts !== previous.counts && (modes.byCommunity || modes.byBetweenness) && metrics) applyModes();
  });
}

export const gapsPanel: PanelDefinition = { id: 'gaps', title: 'Gaps', icon: ICONS.target, mount: mountGaps };
