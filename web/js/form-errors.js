// How every form checks its fields and shows what is wrong, so that all forms behave alike: a message
// beside each field (tied to it with aria-describedby, the field marked aria-invalid), checked when the
// person leaves the field and again as they type once it is flagged; on sending, a summary at the top
// whose links move focus to the field, and focus on that summary. The server's problem+json lands in the
// same places as the page's own checks.

import { el, replaceChildren } from './dom.js';

/** Whether a mouse button or finger is down anywhere in the page right now. */
let pressing = false;
document.addEventListener('pointerdown', () => { pressing = true; }, true);
for (const type of ['pointerup', 'pointercancel']) document.addEventListener(type, () => { pressing = false; }, true);

/** Runs `action` once the press under way (if any) is over and its click has been delivered. */
function afterPress(action) {
  if (!pressing) {
    action();
    return;
  }
  // Showing a message now would push the button being pressed away from under the pointer, and the
  // press would land elsewhere: the click would be lost. Wait until it is released and its click has fired.
  document.addEventListener('pointerup', () => setTimeout(action), { once: true, capture: true });
}

export class FormErrors {
  #form;
  #summary;
  #controlIdFor;
  #validators;

  /**
   * form: the <form>; summary: the element that holds the error summary (tabindex="-1");
   * validators: { [server error key]: (value) => '' | message };
   * controlIdFor: server error key → id of its control (a field, or a <fieldset> for a group of boxes).
   */
  constructor(form, summary, { validators = {}, controlIdFor }) {
    this.#form = form;
    this.#summary = summary;
    this.#validators = validators;
    this.#controlIdFor = controlIdFor;
    // Links in the summary move focus to the field, not just scroll to it.
    summary.addEventListener('click', (event) => {
      const link = event.target.closest('a[href^="#"]');
      const control = link && document.getElementById(link.hash.slice(1));
      if (!control) return;
      event.preventDefault();
      focusable(control).focus();
      control.scrollIntoView({ block: 'center' });
    });
  }

  /** The checks change once the contest's rules arrive; keys stay the same. */
  set validators(validators) {
    this.#validators = validators;
  }

  get keys() {
    return Object.keys(this.#validators);
  }

  control(key) {
    const id = this.#controlIdFor(key);
    return id ? document.getElementById(id) : null;
  }

  /** A checkbox's state, a file picker's file, a group's ticked values, or a field's text. */
  valueOf(key) {
    const control = this.control(key);
    if (control.tagName === 'FIELDSET') return [...control.querySelectorAll('input:checked')].map((box) => box.value);
    if (control.type === 'checkbox') return control.checked;
    if (control.type === 'file') return control.files[0] ?? null;
    return control.value;
  }

  /** Checks one field, shows or clears its message, and answers the message ('' when fine). */
  check(key) {
    // A field wired for a row since removed (a co-author) has no check any more: it is fine, not an error.
    const validator = this.#validators[key];
    if (!validator || !this.control(key)) return '';
    const message = validator(this.valueOf(key));
    showFieldError(this.#controlIdFor(key), message);
    return message;
  }

  /** Checks every field; answers { key: [message] } for those that fail. */
  checkAll() {
    const errors = {};
    for (const key of this.keys) {
      const message = this.check(key);
      if (message) errors[key] = [message];
    }
    return errors;
  }

  /** Checks fields as the person fills them in (all of them, or the keys given, e.g. a row just added). */
  wire(keys = this.keys) {
    for (const key of keys) {
      const control = this.control(key);
      const check = () => afterPress(() => this.check(key));
      // Boxes, file pickers and groups blur mid-choice, so those are checked on change only.
      const choice = control.tagName === 'FIELDSET' || control.type === 'checkbox' || control.type === 'file';
      if (choice || control.tagName === 'SELECT') control.addEventListener('change', check);
      if (!choice) control.addEventListener('blur', check);
      // Once a field is flagged, re-check while typing so the message clears as soon as it is fixed.
      control.addEventListener('input', () => {
        if (isFlagged(control)) this.check(key);
      });
    }
  }

  clear() {
    replaceChildren(this.#summary);
    for (const error of this.#form.querySelectorAll('.field-error')) {
      showFieldError(error.id.replace(/-error$/, ''), '');
    }
  }

  /** Shows a problem: messages beside their fields, and title, detail and links in the summary, which gets focus. */
  showProblem(problem, fallbackTitle) {
    const byControl = new Map();
    const loose = [];
    for (const [key, value] of Object.entries(problem.errors ?? {})) {
      const messages = Array.isArray(value) ? value : [String(value)];
      const id = this.#controlIdFor(key);
      if (id && document.getElementById(id)) byControl.set(id, [...(byControl.get(id) ?? []), ...messages]);
      else loose.push(...messages);
    }

    const items = [];
    for (const [id, messages] of byControl) {
      showFieldError(id, messages.join(' '));
      items.push(...messages.map((message) => el('li', {}, el('a', { href: `#${id}` }, message))));
    }
    items.push(...loose.map((message) => el('li', {}, message)));

    replaceChildren(this.#summary,
      el('h2', { className: 'error-summary-title' }, problem.title || fallbackTitle),
      problem.detail ? el('p', {}, problem.detail) : null,
      items.length ? el('ul', {}, items) : null);
    this.#summary.focus();
  }
}

/**
 * Shows (or with '' clears) the message of the control with this id in the element `${id}-error`, tied to
 * the control by aria-describedby and marking it aria-invalid.
 */
export function showFieldError(id, message) {
  const control = document.getElementById(id);
  const error = document.getElementById(`${id}-error`);
  if (!control || !error) return;
  error.textContent = message;
  const described = new Set((control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  described.add(error.id);
  control.setAttribute('aria-describedby', [...described].join(' '));
  // A group (fieldset) takes no aria-invalid; its boxes show the state instead.
  const marked = control.tagName === 'FIELDSET' ? [...control.querySelectorAll('input')] : [control];
  control.classList.toggle('field-invalid', Boolean(message));
  for (const element of marked) {
    if (message) element.setAttribute('aria-invalid', 'true');
    else element.removeAttribute('aria-invalid');
  }
}

function isFlagged(control) {
  return control.classList.contains('field-invalid') || control.getAttribute('aria-invalid') === 'true';
}

/** A group is focused through its first box. */
function focusable(control) {
  return control.tagName === 'FIELDSET' ? control.querySelector('input') ?? control : control;
}
