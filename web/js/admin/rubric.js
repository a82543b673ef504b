// A round's rubric (thang điểm) on the organizers' judging page: read it, and change it until the round's first
// score is saved (the server then refuses, so totals stay comparable). Saving is an act of record: the app's
// confirmation dialog says what the new rubric is and how many judges will score by it. Criteria are kept in an
// array and drawn again after every add, remove or move, so the fields' ids always follow the server's error keys
// (rubric[i].field → #rubric-i-field).
import { ApiError, putJson } from '../api.js';
import { confirmAct } from '../confirm.js';
import { el, replaceChildren } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { formatNumber } from '../format.js';
import { showApiError } from './session.js';

const panel = document.getElementById('rubric-panel');
const title = document.getElementById('rubric-title');
const state = document.getElementById('rubric-state');
const view = document.getElementById('rubric-view');
const form = document.getElementById('rubric-form');
const list = document.getElementById('rubric-criteria');
const total = document.getElementById('rubric-total');
const live = document.getElementById('rubric-live');
const message = document.getElementById('rubric-message');
const KEY = /^rubric\[(\d+)\]\.(label|description|max|step)$/;
const errors = new FormErrors(form, document.getElementById('rubric-summary'), {
  controlIdFor: (key) => {
    const match = KEY.exec(key);
    return match ? fieldId(Number(match[1]), match[2]) : null;
  },
});

let round = null;
let criteria = [];
let onSaved = async () => {};

function fieldId(index, field) {
  return `rubric-${index}-${field}`;
}

/** "20", "7,5" or "7.5" as a number; null when empty, NaN when not a number of points. */
function pointsOf(text) {
  const value = text.trim().replace(',', '.');
  if (value === '') return null;
  return /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
}

function stepText(step) {
  return step === 0.5 ? '0,5 điểm' : `${formatNumber(step)} điểm`;
}

function sumOf(items) {
  return items.reduce((sum, c) => sum + (Number.isFinite(c.max) ? c.max : 0), 0);
}

/** The criteria as typed now (the array follows the page, not the other way round, until the next draw). */
function read() {
  criteria = criteria.map((c, i) => ({
    id: c.id,
    label: document.getElementById(fieldId(i, 'label')).value,
    description: document.getElementById(fieldId(i, 'description')).value,
    maxText: document.getElementById(fieldId(i, 'max')).value,
    step: Number(document.getElementById(fieldId(i, 'step')).value),
  }));
}

function typed() {
  return criteria.map((c) => ({ ...c, max: pointsOf(c.maxText) }));
}

function showTotal() {
  read();
  const items = typed();
  total.textContent = `Tổng điểm tối đa: ${formatNumber(sumOf(items))} điểm (${items.length} tiêu chí).`;
}

/** An id the round has not used: a new criterion needs one that stays put when criteria move. */
function freshId() {
  const used = new Set(criteria.map((c) => c.id));
  let n = criteria.length + 1;
  while (used.has(`c${n}`)) n += 1;
  return `c${n}`;
}

/** A criterion's button; the hidden words make each one's name unique ("Xóa tiêu chí 2"). */
function button(text, hidden, onclick, disabled, direction = null) {
  return el('button', { type: 'button', className: 'button button-secondary', onclick, disabled, 'data-move': direction },
    text, el('span', { className: 'visually-hidden' }, ` ${hidden}`));
}

function criterionFields(c, i) {
  const name = `tiêu chí ${i + 1}`;
  return el('fieldset', { className: 'rubric-criterion', 'data-criterion': c.id },
    el('legend', {}, `Tiêu chí ${i + 1}`),
    el('div', { className: 'field' },
      el('label', { htmlFor: fieldId(i, 'label') }, 'Tên tiêu chí'),
      el('input', { id: fieldId(i, 'label'), type: 'text', maxLength: 200, value: c.label, autocomplete: 'off' }),
      el('p', { className: 'field-error', id: `${fieldId(i, 'label')}-error` })),
    el('div', { className: 'field' },
      el('label', { htmlFor: fieldId(i, 'description') }, 'Mô tả (giám khảo đọc khi chấm)'),
      el('textarea', { id: fieldId(i, 'description'), rows: 3, maxLength: 1000, value: c.description }),
      el('p', { className: 'field-error', id: `${fieldId(i, 'description')}-error` })),
    el('div', { className: 'rubric-points' },
      el('div', { className: 'field' },
        el('label', { htmlFor: fieldId(i, 'max') }, 'Điểm tối đa'),
        el('input', {
          id: fieldId(i, 'max'), type: 'text', inputMode: 'decimal', autocomplete: 'off', value: c.maxText,
          oninput: showTotal,
        }),
        el('p', { className: 'field-error', id: `${fieldId(i, 'max')}-error` })),
      el('div', { className: 'field' },
        el('label', { htmlFor: fieldId(i, 'step') }, 'Bước điểm'),
        el('select', { id: fieldId(i, 'step') },
          el('option', { value: '1', selected: c.step !== 0.5 }, '1 điểm (chấm điểm nguyên)'),
          el('option', { value: '0.5', selected: c.step === 0.5 }, '0,5 điểm (chấm đến nửa điểm)')),
        el('p', { className: 'field-error', id: `${fieldId(i, 'step')}-error` }))),
    el('div', { className: 'actions rubric-criterion-actions' },
      button('Đưa lên', name, () => move(i, -1, 'up'), i === 0, 'up'),
      button('Đưa xuống', name, () => move(i, 1, 'down'), i === criteria.length - 1, 'down'),
      // The last criterion stays: a rubric needs at least one.
      button('Xóa', name, () => remove(i), criteria.length === 1)));
}

function draw() {
  errors.clear();
  list.replaceChildren(...criteria.map(criterionFields));
  showTotal();
}

function move(index, by, direction) {
  read();
  const to = index + by;
  [criteria[index], criteria[to]] = [criteria[to], criteria[index]];
  draw();
  // Keep the keyboard on the criterion that moved: the same button if it can move on, else its other one.
  const moved = list.children[to];
  const same = moved.querySelector(`[data-move="${direction}"]`);
  (same.disabled ? moved.querySelector(`[data-move="${direction === 'up' ? 'down' : 'up'}"]`) : same).focus();
  live.textContent = `Đã chuyển “${criteria[to].label || `tiêu chí ${index + 1}`}” thành tiêu chí ${to + 1}.`;
}

function remove(index) {
  read();
  const [gone] = criteria.splice(index, 1);
  draw();
  document.getElementById(fieldId(Math.min(index, criteria.length - 1), 'label')).focus();
  live.textContent = `Đã bỏ tiêu chí “${gone.label || index + 1}” khỏi thang điểm (chưa lưu).`;
}

function add() {
  read();
  criteria.push({ id: freshId(), label: '', description: '', maxText: '', step: 1 });
  draw();
  document.getElementById(fieldId(criteria.length - 1, 'label')).focus();
  live.textContent = `Đã thêm tiêu chí ${criteria.length}.`;
}

/** The page's own checks: points that are not a number never reach the server. */
function check(items) {
  const found = {};
  for (const [i, c] of items.entries()) {
    if (c.max === null) found[`rubric[${i}].max`] = ['Vui lòng nhập điểm tối đa của tiêu chí.'];
    else if (Number.isNaN(c.max)) found[`rubric[${i}].max`] = ['Điểm tối đa phải là một số, ví dụ 20 hoặc 7,5.'];
  }
  return found;
}

function showErrors(problem) {
  errors.showProblem(problem, 'Chưa lưu được thang điểm');
  // The summary is announced (role="alert"); the keyboard goes straight to the first field to fix.
  form.querySelector('[aria-invalid="true"]')?.focus();
}

async function save(event) {
  event.preventDefault();
  read();
  errors.clear();
  message.replaceChildren();
  message.className = 'notice';
  const items = typed();
  const invalid = check(items);
  if (Object.keys(invalid).length > 0) {
    showErrors({ title: 'Chưa lưu được thang điểm', errors: invalid });
    return;
  }
  const judges = round.judges.length;
  const { confirmed } = await confirmAct({
    title: `Lưu thang điểm của vòng “${round.name}”?`,
    lines: [
      `Thang điểm mới: ${formatNumber(items.length)} tiêu chí, tối đa ${formatNumber(sumOf(items))} điểm `
        + `(đang dùng: ${formatNumber(round.rubric.length)} tiêu chí, tối đa ${formatNumber(sumOf(round.rubric))} điểm).`,
      `${formatNumber(judges)} giám khảo của vòng sẽ chấm theo thang điểm này.`,
      'Thang điểm được khóa khi giám khảo lưu phiếu chấm đầu tiên; việc sửa thang điểm được ghi vào nhật ký.',
    ],
    confirmLabel: 'Xác nhận lưu thang điểm',
  });
  if (!confirmed) return;
  const body = { criteria: items.map(({ id, label, description, max, step }) => ({ id, label, description, max, step })) };
  try {
    const saved = await putJson(`/api/organizer/rounds/${encodeURIComponent(round.id)}/rubric`, body);
    await onSaved(saved);
    open(saved);
    message.className = 'notice notice-success';
    message.textContent = `Đã lưu thang điểm của vòng “${saved.name}”: ${formatNumber(saved.rubric.length)} tiêu chí, `
      + `tối đa ${formatNumber(sumOf(saved.rubric))} điểm.`;
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) {
      showErrors(error.problem);
    } else {
      // Frozen meanwhile (409) or gone: say so where the form was.
      showApiError(message, error);
      if (error instanceof ApiError && error.status === 409) await onSaved(null);
    }
  }
}

function frozenTable(rubric) {
  const head = ['Tiêu chí', 'Mô tả', 'Điểm tối đa', 'Bước điểm'];
  return el('div', { className: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Thang điểm của vòng chấm' },
    el('table', { className: 'data-table cards', id: 'rubric-table' },
      el('thead', {}, el('tr', {}, head.map((text) => el('th', { scope: 'col' }, text)))),
      el('tbody', {}, rubric.map((c) => el('tr', { 'data-criterion': c.id },
        el('th', { scope: 'row', 'data-label': head[0] }, c.label),
        el('td', { 'data-label': head[1] }, c.description || 'Không có mô tả'),
        el('td', { 'data-label': head[2], className: 'num' }, formatNumber(c.max)),
        el('td', { 'data-label': head[3] }, stepText(c.step))))),
      el('tfoot', {}, el('tr', {},
        el('th', { scope: 'row', 'data-label': 'Tổng' }, 'Tổng điểm tối đa'),
        el('td', { colSpan: 3, className: 'num', 'data-label': 'Tổng' }, `${formatNumber(sumOf(rubric))} điểm`)))));
}

/** Shows a round's rubric: as a table once frozen, otherwise as the form that changes it. */
export function open(shown) {
  round = shown;
  panel.hidden = false;
  panel.dataset.round = shown.id;
  title.textContent = `Thang điểm của vòng “${shown.name}”`;
  errors.clear();
  live.textContent = '';
  if (shown.rubricFrozen) {
    form.hidden = true;
    state.className = 'notice notice-warning';
    state.textContent = 'Vòng chấm đã có phiếu chấm được lưu nên thang điểm đã khóa, không thể sửa: mọi bài của vòng phải '
      + 'được chấm theo cùng một thang điểm để tổng điểm so sánh được với nhau.';
    replaceChildren(view, frozenTable(shown.rubric));
    return;
  }
  state.className = 'hint';
  state.textContent = `Thang điểm sửa được cho đến khi giám khảo lưu phiếu chấm đầu tiên của vòng. ${formatNumber(shown.judges.length)} giám khảo của vòng chấm theo thang điểm này.`;
  replaceChildren(view);
  form.hidden = false;
  criteria = shown.rubric.map((c) => ({ id: c.id, label: c.label, description: c.description, maxText: String(c.max).replace('.', ','), step: c.step }));
  draw();
}

/** Wires the form; `saved` runs after the server took a change (or refused it as frozen) to refresh the page. */
export function setUpRubricEditor(saved) {
  onSaved = saved;
  form.addEventListener('submit', save);
  document.getElementById('rubric-add').addEventListener('click', add);
  document.getElementById('rubric-close').addEventListener('click', () => {
    panel.hidden = true;
    const opener = document.querySelector(`tr[data-round="${CSS.escape(round.id)}"] [data-rubric]`);
    for (const toggle of document.querySelectorAll('[data-rubric]')) toggle.setAttribute('aria-expanded', 'false');
    opener?.focus();
  });
}

/** Where the panel starts reading: its heading, so a screen reader hears which round it shows. */
export function focusPanel() {
  panel.scrollIntoView({ block: 'start' });
  title.focus();
}
