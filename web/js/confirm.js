// One confirmation for every act of record (approving, publishing and unlocking results, sending the results
// e-mails, changing a round's rubric): a native modal <dialog> that says what will happen and to how many people, and asks for a reason when
// the act needs one. showModal() keeps keyboard focus inside and makes the page behind inert; Escape cancels;
// Enter (or "Xác nhận") confirms; focus goes back to the control that asked. Texts are set as text, never as HTML.
import { el } from './dom.js';

let counter = 0;

/**
 * Asks before an act of record.
 * @param {object} options
 * @param {string} options.title the question, e.g. "Phê duyệt kết quả?"
 * @param {string[]} options.lines what will happen, one sentence a paragraph
 * @param {string} [options.confirmLabel] the confirming button, "Xác nhận" unless given
 * @param {{label: string, hint?: string, missing: string, maxLength?: number}} [options.reason] a reason to record
 * @returns {Promise<{confirmed: boolean, reason: string}>}
 */
export function confirmAct({ title, lines, confirmLabel = 'Xác nhận', reason = null }) {
  const id = `confirm-${++counter}`;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const reasonInput = reason
    // One line, so Enter confirms as everywhere else in the dialog.
    ? el('input', {
      id: `${id}-reason`, type: 'text', maxLength: reason.maxLength ?? 500, autocomplete: 'off',
      'aria-describedby': [reason.hint ? `${id}-reason-hint` : null, `${id}-reason-error`].filter(Boolean).join(' '),
    })
    : null;
  const reasonError = el('p', { className: 'field-error', id: `${id}-reason-error` });
  const confirmButton = el('button', { type: 'submit', className: 'button button-primary', value: 'confirm', 'data-confirm': '' }, confirmLabel);
  const cancelButton = el('button', { type: 'button', className: 'button button-secondary', 'data-cancel': '' }, 'Hủy');
  const form = el('form', { method: 'dialog', noValidate: true },
    el('h2', { id: `${id}-title` }, title),
    el('div', { id: `${id}-text` }, lines.map((line) => el('p', {}, line))),
    reason
      ? el('div', { className: 'field' },
        el('label', { htmlFor: reasonInput.id }, reason.label),
        reason.hint ? el('p', { className: 'hint', id: `${id}-reason-hint` }, reason.hint) : null,
        reasonInput,
        reasonError)
      : null,
    // "Xác nhận" is the form's only submit button, so Enter in the reason field confirms, never cancels.
    el('div', { className: 'actions' }, confirmButton, cancelButton));
  const dialog = el('dialog', { className: 'confirm-dialog', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-text` }, form);

  return new Promise((resolve) => {
    let confirmed = false;
    form.addEventListener('submit', (event) => {
      if (reasonInput && reasonInput.value.trim() === '') {
        event.preventDefault();
        reasonError.textContent = reason.missing;
        reasonInput.setAttribute('aria-invalid', 'true');
        reasonInput.focus();
        return;
      }
      confirmed = true;
    });
    cancelButton.addEventListener('click', () => dialog.close('cancel'));
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener && opener.isConnected) opener.focus();
      resolve({ confirmed, reason: reasonInput ? reasonInput.value.trim() : '' });
    });
    document.body.append(dialog);
    dialog.showModal();
    (reasonInput ?? confirmButton).focus();
  });
}
