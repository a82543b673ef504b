// File pickers in Vietnamese. A browser draws <input type="file"> in its own language ("Choose File / No file
// chosen"), which a Vietnamese form cannot have. Each picker on the page gets a button and the chosen file's
// name drawn in Vietnamese; the real input lies transparent on top of them, so a click, a tap, the keyboard and
// screen readers still reach the browser's own control, named by the field's label.

import { el } from './dom.js';
import { formatFileSize } from './format.js';

const NONE = 'Chưa chọn tệp nào.';

function enhance(input) {
  if (input.closest('.file-picker')) return;
  const name = el('span', { className: 'file-picker-name', 'aria-hidden': 'true' }, NONE);
  const picker = el('span', { className: 'file-picker' },
    el('span', { className: 'button button-secondary file-picker-button', 'aria-hidden': 'true' }, 'Chọn tệp…'),
    name);
  input.replaceWith(picker);
  picker.prepend(input);
  const show = () => {
    const file = input.files[0];
    name.textContent = file ? `${file.name} (${formatFileSize(file.size)})` : NONE;
    picker.classList.toggle('file-picker-chosen', Boolean(file));
  };
  input.addEventListener('change', show);
  // A form reset empties the input without a change event.
  input.form?.addEventListener('reset', () => setTimeout(show));
}

/** Draws every file picker under `root` in Vietnamese. */
export function enhanceFilePickers(root = document) {
  for (const input of root.querySelectorAll('input[type="file"]')) enhance(input);
}

enhanceFilePickers();
