/**
 * API key prompt
 * ==============
 *
 * On a server that needs a key for reads (COOPGRAPH_REQUIRE_KEY_FOR_READS=true) every API call answers 401
 * until the explorer sends one. This modal dialog asks for it; api/client.ts keeps the answer in sessionStorage
 * and sends it as `Authorization: Bearer` from then on. A 403 (a wrong key) asks again, saying so.
 */
import { setKeyPrompt } from '../api/client.js';
import { h } from '../dom/elements.js';

export function installKeyPrompt(): void {
  setKeyPrompt(
    (reason) =>
      new Promise<string | null>((resolve) => {
        const input = h('input', {
          type: 'password',
          name: 'api-key',
          autocomplete: 'off',
          required: true,
          minlength: 16,
          'aria-label': 'API key',
          class: 'key-prompt-input',
        });
        const form = h(
          'form',
          { method: 'dialog', class: 'key-prompt-form' },
          h('h2', {}, 'API key needed'),
          h(
            'p',
            { class: reason === 'rejected' ? 'key-prompt-error' : '' },
            reason === 'rejected'
              ? 'The server did not accept that key. Enter a key from COOPGRAPH_API_KEYS.'
              : 'This coopgraph server needs an API key to read data. It is kept for this tab only.',
          ),
          input,
          h(
            'div',
            { class: 'key-prompt-actions' },
            h('button', { type: 'submit', value: 'use', class: 'key-prompt-use' }, 'Use key'),
            h('button', { type: 'submit', value: 'cancel', formnovalidate: true }, 'Cancel'),
          ),
        );
        const dialog = h('dialog', { class: 'key-prompt', 'aria-labelledby': 'key-prompt-title' }, form);
        form.querySelector('h2')!.id = 'key-prompt-title';
        dialog.addEventListener('close', () => {
          const key = dialog.returnValue === 'use' ? input.value.trim() : '';
          dialog.remove();
          resolve(key || null);
        });
        document.body.append(dialog);
        dialog.showModal();
        input.focus();
      }),
  );
}
