/**
 * Gaps panel: the field × country heatmap
 * =======================================
 *
 * The matrix of GET /api/analytics/field-country-matrix as a table: a row per field, a column per country (the
 * busiest first, at most MAX_COLUMNS; the CSV has them all), each cell shaded by its number of agreements and
 * as gaps only the empty cells the institution's peers fill (`peerCells`); the whole network's empty cells are
 * only empty. A country's header selects it on the graph.
 */
import { h } from '../../dom/elements.js';
import type { MatrixResponse } from './api.js';

const MAX_COLUMNS = 24;
const MAX_ROWS = 40;

/** Shade of a cell: light for one agreement, full for the busiest cell. */
export function cellShade(value: number, max: number): string {
  if (value <= 0 || max <= 0) return 'transparent';
  const strength = 0.18 + 0.82 * Math.sqrt(value / max);
  return `rgba(37, 99, 235, ${strength.toFixed(3)})`;
}

export function heatmap(matrix: MatrixResponse, select: (id: string) => void): HTMLElement {
  if (matrix.fields.length === 0 || matrix.countries.length === 0) {
    return h('p', { class: 'empty-note' }, 'No field or no country to cross: nothing to show yet.');
  }
  const countries = matrix.countries.slice(0, MAX_COLUMNS);
  const rows = matrix.fields.slice(0, MAX_ROWS);
  const max = Math.max(1, ...matrix.cells.flat());
  const table = h(
    'table',
    { class: 'gaps-heatmap' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Field'),
        countries.map((country) =>
          h(
            'th',
            { scope: 'col' },
            h(
              'button',
              { type: 'button', class: 'gaps-column', title: country.name, onClick: () => select(country.id) },
              country.code,
            ),
          ),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((field, row) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row', title: `${field.name}: ${matrix.fieldTotals[row]} agreements` }, field.name),
          countries.map((country, column) => {
            const value = matrix.cells[row]![column]!;
            const peers = matrix.peerCells?.[row]?.[column] ?? 0;
            const gap = value === 0 && peers > 0;
            const empty = peers > 0 ? `no agreement; ${peers} of your peers have one (a gap)` : 'no agreement';
            return h(
              'td',
              {
                class: gap ? 'gap' : undefined,
                style: value > 0 ? `background:${cellShade(value, max)}` : undefined,
                title: `${field.name} × ${country.name}: ${value === 0 ? empty : `${value} agreement${value === 1 ? '' : 's'}`}`,
              },
              value > 0 ? String(value) : '',
            );
          }),
        ),
      ),
    ),
  );
  const hidden = [
    matrix.countries.length > countries.length ? `${matrix.countries.length - countries.length} more countries` : null,
    matrix.fields.length > rows.length ? `${matrix.fields.length - rows.length} more fields` : null,
  ].filter(Boolean);
  return h(
    'div',
    {},
    h('div', { class: 'gaps-heatmap-scroll' }, table),
    hidden.length > 0 ? h('p', { class: 'gaps-note' }, `${hidden.join(' and ')} in the CSV.`) : null,
  );
}
