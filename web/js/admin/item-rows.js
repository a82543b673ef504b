// A list edited as rows (a contest's movements, unit groups and documents): kept in an array and drawn again after
// every add or remove, so each field's id always follows the server's error keys (movements[2].name →
// #movements-2-name) and FormErrors puts a message under the very field it names.
import { dateRequestValue, enhanceDateFields } from '../date-field.js';
import { el } from '../dom.js';
import { enhanceFilePickers } from '../file-picker.js';
import { formatTyped } from '../format.js';

/** The id of a row's field, as the server's key `${list}[${index}].${field}` names it. */
export const rowFieldId = (list, index, field) => `${list}-${index}-${field}`;

export class ItemRows {
  #list;
  #noun;
  #fields;
  #container;
  #live;
  #items = [];

  /**
   * list: the request's key and the container's id prefix (#list-rows); noun: what a row is, in words ("phong trào");
   * fields: [{ name, label, maxLength?, kind?: 'text' | 'day' | 'choice' | 'file', choices?: [[value, label]], accept?, onFile? }];
   * a 'file' field is an action, not a value: onFile(file, index) runs when a file is chosen, and read() leaves it out;
   * live: a status element announcing adds and removes.
   */
  constructor(list, noun, fields, live) {
    this.#list = list;
    this.#noun = noun;
    this.#fields = fields;
    this.#live = live;
    this.#container = document.getElementById(`${list}-rows`);
    document.getElementById(`${list}-add`).addEventListener('click', () => this.#add());
  }

  /** Shows these items, replacing what the rows held. */
  set(items) {
    this.#items = items.map((item) => ({ ...item }));
    this.#draw();
  }

  /** The rows as typed now, one object per row with every field; what a row holds beyond its fields is kept as it was. */
  read() {
    this.#items = this.#items.map((item, i) => ({
      ...item,
      ...Object.fromEntries(this.#fields.filter((field) => field.kind !== 'file').map((field) => {
        const input = document.getElementById(rowFieldId(this.#list, i, field.name));
        return [field.name, field.kind === 'day' ? dateRequestValue(input) : input.value];
      })),
    }));
    return this.#items.map((item) => ({ ...item }));
  }

  #draw() {
    this.#container.replaceChildren(...this.#items.map((item, i) => this.#row(item, i)));
    enhanceDateFields(this.#container);
    enhanceFilePickers(this.#container);
  }

  #row(item, index) {
    const name = `${this.#noun} ${index + 1}`;
    return el('fieldset', { className: 'item-row', 'data-row': index },
      el('legend', {}, `${name.charAt(0).toLocaleUpperCase('vi')}${name.slice(1)}`),
      el('div', { className: 'item-row-fields' }, this.#fields.map((field) => this.#field(field, item, index))),
      // The last row stays: every list needs at least one item. The hidden words make each button's name unique.
      el('button', {
        type: 'button', className: 'button button-secondary', disabled: this.#items.length === 1, onclick: () => this.#remove(index),
      }, 'Xóa', el('span', { className: 'visually-hidden' }, ` ${name}`)));
  }

  #field(field, item, index) {
    const id = rowFieldId(this.#list, index, field.name);
    const value = item[field.name] ?? '';
    const control = field.kind === 'file'
      ? el('input', { id, type: 'file', accept: field.accept ?? '', onchange: (event) => event.target.files[0] && field.onFile(event.target.files[0], index) })
      : field.kind === 'choice'
      ? el('select', { id }, field.choices.map(([choice, label]) => el('option', { value: choice, selected: choice === value }, label)))
      : el('input', {
        // A day is written as a person reads it; what was typed and is not a day yet stays as typed.
        id, type: 'text', value: field.kind === 'day' ? formatTyped(value) || value : value, maxLength: field.maxLength ?? 500, autocomplete: 'off',
        'data-date': field.kind === 'day',
      });
    return el('div', { className: 'field' },
      el('label', { htmlFor: id }, field.label),
      control,
      el('p', { className: 'field-error', id: `${id}-error` }));
  }

  #add() {
    this.read();
    this.#items.push(Object.fromEntries(this.#fields.filter((field) => field.kind !== 'file').map((field) => [field.name, field.choices?.[0]?.[0] ?? ''])));
    this.#draw();
    document.getElementById(rowFieldId(this.#list, this.#items.length - 1, this.#fields[0].name)).focus();
    this.#live.textContent = `Đã thêm ${this.#noun} ${this.#items.length} (chưa lưu).`;
  }

  #remove(index) {
    this.read();
    this.#items.splice(index, 1);
    this.#draw();
    document.getElementById(rowFieldId(this.#list, Math.min(index, this.#items.length - 1), this.#fields[0].name)).focus();
    this.#live.textContent = `Đã bỏ ${this.#noun} ${index + 1} khỏi danh sách (chưa lưu).`;
  }
}
