// The entry form's co-authors (đồng tác giả): rows added and removed by the entrant, up to the contest's limit
// (entryRules.maxCoAuthors). The author above is the group's leader. Rows are drawn again from their values on
// every change, so ids, labels and error keys ("coAuthors[0].fullName") always follow the order on screen.

import { el, replaceChildren } from './dom.js';
import { formatNumber } from './format.js';
import { coAuthorValidators } from './validation.js';

const FIELDS = [
  { name: 'fullName', label: 'Họ và tên', required: true, type: 'text', autocomplete: 'off' },
  { name: 'birthYear', label: 'Năm sinh', required: true, type: 'text', inputmode: 'numeric', short: true, hint: 'Bốn chữ số, ví dụ 1985.' },
  { name: 'workplace', label: 'Nơi công tác, học tập', type: 'text', autocomplete: 'off' },
  { name: 'phone', label: 'Số điện thoại', required: true, type: 'tel', autocomplete: 'off' },
  { name: 'email', label: 'E-mail', type: 'email', autocomplete: 'off' },
];

const idOf = (index, field) => `coAuthors-${index}-${field}`;

export class CoAuthors {
  #list;
  #add;
  #status;
  #errors;
  #baseValidators;
  #rules;
  #values = [];

  /** list: the rows' container; add: the "add" button; status: a live region; errors: the form's FormErrors. */
  constructor({ list, add, status, errors }) {
    this.#list = list;
    this.#add = add;
    this.#status = status;
    this.#errors = errors;
    add.addEventListener('click', () => this.#append());
  }

  /** Starts with the contest's rules and the form's own validators, which the rows' validators join. */
  start(rules, baseValidators) {
    this.#rules = rules;
    this.#baseValidators = baseValidators;
    this.#render();
  }

  /** What the payload sends: [{ fullName, birthYear, workplace, phone, email }]. */
  payload() {
    return this.#read().map((row) => ({
      fullName: row.fullName.trim(),
      birthYear: Number(row.birthYear.trim()),
      workplace: row.workplace.trim(),
      phone: row.phone.trim(),
      email: row.email.trim(),
    }));
  }

  /** After the form is enabled or disabled as a whole: the add button also follows the limit. */
  updateAddButton() {
    const max = this.#rules?.maxCoAuthors ?? 0;
    if (this.#values.length >= max) this.#add.disabled = true;
  }

  #read() {
    return this.#values.map((_, index) => Object.fromEntries(FIELDS.map((field) =>
      [field.name, document.getElementById(idOf(index, field.name))?.value ?? ''])));
  }

  #append() {
    this.#values = [...this.#read(), Object.fromEntries(FIELDS.map((field) => [field.name, '']))];
    this.#render();
    const number = this.#values.length;
    this.#status.textContent = `Đã thêm ô khai đồng tác giả thứ ${formatNumber(number)}.`;
    document.getElementById(idOf(number - 1, 'fullName')).focus();
  }

  #remove(index) {
    const values = this.#read();
    const removed = values[index].fullName.trim();
    values.splice(index, 1);
    this.#values = values;
    this.#render();
    this.#status.textContent = `Đã bỏ đồng tác giả thứ ${formatNumber(index + 1)}${removed ? ` (${removed})` : ''}.`;
    // Focus stays where the person was: the row that moved up into its place, else the add button.
    const next = document.getElementById(idOf(Math.min(index, values.length - 1), 'fullName'));
    (next ?? this.#add).focus();
  }

  #render() {
    const rules = this.#rules;
    const max = rules.maxCoAuthors;
    replaceChildren(this.#list, this.#values.map((values, index) => this.#row(index, values)));

    const rowValidators = Object.assign({}, ...this.#values.map((_, index) => coAuthorValidators(rules, index)));
    this.#errors.validators = { ...this.#baseValidators, ...rowValidators };
    this.#errors.wire(Object.keys(rowValidators));

    const count = this.#values.length;
    this.#add.disabled = count >= max;
    this.#add.textContent = count >= max
      ? `Đã đủ ${formatNumber(max)} đồng tác giả`
      : count === 0 ? 'Thêm đồng tác giả' : 'Thêm đồng tác giả khác';
    this.#list.closest('fieldset').querySelector('#coAuthors-hint').textContent =
      'Bài viết chung của nhiều người: tác giả khai ở trên là trưởng nhóm; thêm lần lượt từng thành viên còn lại '
      + `của nhóm (tối đa ${formatNumber(max)} đồng tác giả). Giải thưởng trao cho cả nhóm.`;
  }

  #row(index, values) {
    const number = index + 1;
    const fields = FIELDS.map((field) => {
      const id = idOf(index, field.name);
      const hintId = field.hint ? `${id}-hint` : null;
      return el('div', { className: field.short ? 'field field-short' : 'field' },
        el('label', { htmlFor: id }, field.label, ' ',
          field.required
            ? el('span', { className: 'req', 'aria-hidden': 'true' }, '*')
            : el('span', { className: 'optional' }, '(không bắt buộc)')),
        hintId ? el('p', { className: 'hint', id: hintId }, field.hint) : null,
        el('input', {
          id, name: id, type: field.type, value: values[field.name], required: Boolean(field.required),
          autocomplete: field.autocomplete ?? 'off', inputMode: field.inputmode ?? null,
          'aria-describedby': [hintId, `${id}-error`].filter(Boolean).join(' '),
        }),
        el('p', { className: 'field-error', id: `${id}-error` }));
    });
    return el('fieldset', { className: 'co-author', id: `coAuthors-${index}` },
      el('legend', {}, `Đồng tác giả thứ ${formatNumber(number)}`),
      fields,
      el('p', { className: 'actions' },
        el('button', { type: 'button', className: 'button button-secondary', id: `coAuthors-${index}-remove`,
          onclick: () => this.#remove(index) }, `Bỏ đồng tác giả thứ ${formatNumber(number)}`)));
  }
}
