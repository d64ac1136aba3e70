/**
 * Time slider
 * ===========
 *
 * A two-handle range over the years of the loaded partnerships (edges' firstYear), and a play button that grows
 * the window a year at a time so partnerships appear as they were signed. Client-side (reducers): instant.
 */
import type { Explorer } from '../explorer.js';
import { h, icon, ICONS } from '../dom/elements.js';

export function createTimeSlider(explorer: Explorer): HTMLElement {
  const { store } = explorer;
  const play = h(
    'button',
    { type: 'button', class: 'icon-button play', 'aria-label': 'Play the years' },
    icon(ICONS.play),
  );
  const fromInput = h('input', { type: 'range', class: 'range from', 'aria-label': 'First year shown', step: '1' });
  const toInput = h('input', { type: 'range', class: 'range to', 'aria-label': 'Last year shown', step: '1' });
  const track = h('div', { class: 'range-track' }, h('div', { class: 'range-fill' }), fromInput, toInput);
  const minLabel = h('span', { class: 'year-edge' });
  const maxLabel = h('span', { class: 'year-edge' });
  const label = h('output', { class: 'year-label', 'aria-live': 'polite' });
  const all = h(
    'button',
    { type: 'button', class: 'link-button', onClick: () => explorer.setYears(null, null) },
    'All years',
  );
  const element = h(
    'div',
    { class: 'time-slider', role: 'group', 'aria-label': 'Agreement years' },
    play,
    minLabel,
    track,
    maxLabel,
    label,
    all,
  );

  play.addEventListener('click', () => explorer.togglePlay());
  const onInput = (which: 'from' | 'to') => () => {
    explorer.stop();
    let from = Number(fromInput.value);
    let to = Number(toInput.value);
    if (from > to) {
      if (which === 'from') to = from;
      else from = to;
    }
    const extent = store.get().yearExtent!;
    explorer.setYears(from <= extent[0] ? null : from, to >= extent[1] ? null : to);
  };
  fromInput.addEventListener('input', onInput('from'));
  toInput.addEventListener('input', onInput('to'));

  const render = () => {
    const { yearExtent, years, playing } = store.get();
    const usable = yearExtent !== null && yearExtent[0] < yearExtent[1];
    element.classList.toggle('disabled', !usable);
    for (const control of [play, fromInput, toInput]) control.disabled = !usable;
    if (!usable) {
      minLabel.textContent = '';
      maxLabel.textContent = '';
      label.textContent = yearExtent ? `All agreements: ${yearExtent[0]}` : 'No agreement years in this view';
      all.hidden = true;
      track.hidden = true;
      return;
    }
    track.hidden = false;
    const [min, max] = yearExtent;
    const from = Math.max(min, years.from ?? min);
    const to = Math.min(max, years.to ?? max);
    for (const input of [fromInput, toInput]) {
      input.min = String(min);
      input.max = String(max);
    }
    fromInput.value = String(from);
    toInput.value = String(to);
    const span = max - min || 1;
    track.style.setProperty('--from', `${((from - min) / span) * 100}%`);
    track.style.setProperty('--to', `${((to - min) / span) * 100}%`);
    minLabel.textContent = String(min);
    maxLabel.textContent = String(max);
    const full = years.from === null && years.to === null;
    label.textContent = full ? 'All years' : from === to ? `Signed in ${from}` : `Signed ${from}–${to}`;
    all.hidden = full;
    play.replaceChildren(icon(playing ? ICONS.pause : ICONS.play));
    play.setAttribute('aria-label', playing ? 'Pause' : 'Play the years');
    play.setAttribute('aria-pressed', String(playing));
  };
  render();
  store.subscribe((state, previous) => {
    if (
      state.years !== previous.years ||
      state.yearExtent !== previous.yearExtent ||
      state.playing !== previous.playing
    )
      render();
  });
  return element;
}
