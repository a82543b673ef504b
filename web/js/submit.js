// Entry form: validate, POST the entry, PUT the file to blob storage, confirm, then
// show the receipt. Any failure re-enables the button, and a retry starts over
// from the POST (the upload URL may have expired meanwhile).

import { ApiError, contentTypeOf, getJson, postJson, uploadBlob } from './api.js';
import { submissionWindow } from './contest.js';
import { el, replaceChildren } from './dom.js';
import { formatFileSize, formatList, formatNumber } from './format.js';
import { createValidators, fieldIdFor } from './validation.js';

const $ = (id) => document.getElementById(id);
const form = $('entry-form');
const submitButton = $('submit-entry');
const summary = $('form-errors');

// Opened from a unit's page with its personal link (#t=…): the focal point hands in an entry collected on
// paper or by e-mail, for the unit or a sub-unit. The token travels in a header, never in a URL.
const unitToken = new URLSearchParams(window.location.hash.slice(1)).get('t');
const unitHeaders = unitToken ? { 'X-Unit-Link': unitToken } : {};

// Defaults until /api/contest answers; the keys never change.
let validators = createValidators({});
let maxSummaryLength = 2000;
let busy = false;

// ---- Reading and checking fields -------------------------------------------------

function valueOf(key) {
  const control = $(fieldIdFor(key));
  if (control.type === 'checkbox') return control.checked;
  if (control.type === 'file') return control.files[0] ?? null;
  return control.value;
}

function showFieldError(id, message) {
  const control = $(id);
  $(`${id}-error`).textContent = message;
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

function checkField(key) {
  const message = validators[key](valueOf(key));
  showFieldError(fieldIdFor(key), message);
  return message;
}

function validateAll() {
  const errors = {};
  for (const key of Object.keys(validators)) {
    const message = checkField(key);
    if (message) errors[key] = [message];
  }
  return errors;
}

function wireFieldChecks() {
  for (const key of Object.keys(validators)) {
    const control = $(fieldIdFor(key));
    const check = () => checkField(key);
    // A file picker or checkbox blurs mid-choice, so those are checked on change only.
    const choice = control.type === 'checkbox' || control.type === 'file';
    if (choice || control.tagName === 'SELECT') control.addEventListener('change', check);
    if (!choice) control.addEventListener('blur', check);
    // Once a field is flagged, re-check while typing so the message clears as soon as it is fixed.
    control.addEventListener('input', () => {
      if (control.getAttribute('aria-invalid') === 'true') check();
    });
  }

  $('file').addEventListener('change', () => {
    const file = valueOf('file');
    $('file-info').textContent = file ? `Đã chọn: ${file.name} (${formatFileSize(file.size)})` : '';
  });

  $('subject-summary').addEventListener('input', updateSummaryCount);
  updateSummaryCount();
}

function updateSummaryCount() {
  const length = $('subject-summary').value.trim().length;
  $('subject-summary-count').textContent = `Đã viết ${formatNumber(length)}/${formatNumber(maxSummaryLength)} ký tự.`;
}

// ---- Error summary -----------------------------------------------------------------

/** Server keys may differ in case from ours ("Author.FullName"); map them onto control ids. */
function controlIdFor(key) {
  const id = fieldIdFor(key);
  const match = [...form.elements].find((control) => control.id && control.id.toLowerCase() === id.toLowerCase());
  return match ? match.id : null;
}

function clearErrors() {
  replaceChildren(summary);
  for (const key of Object.keys(validators)) showFieldError(fieldIdFor(key), '');
}

/** Shows a problem: messages next to their fields, and title, detail and links in the summary. */
function showProblem(problem) {
  const byControl = new Map();
  const loose = [];
  for (const [key, value] of Object.entries(problem.errors ?? {})) {
    const messages = Array.isArray(value) ? value : [String(value)];
    const id = controlIdFor(key);
    if (id) byControl.set(id, [...(byControl.get(id) ?? []), ...messages]);
    else loose.push(...messages);
  }

  const items = [];
  for (const [id, messages] of byControl) {
    showFieldError(id, messages.join(' '));
    items.push(...messages.map((message) => el('li', {}, el('a', { href: `#${id}` }, message))));
  }
  items.push(...loose.map((message) => el('li', {}, message)));

  replaceChildren(summary,
    el('h2', { className: 'error-summary-title' }, problem.title || 'Chưa gửi được bài dự thi.'),
    problem.detail ? el('p', {}, problem.detail) : null,
    items.length ? el('ul', {}, items) : null);
  summary.focus();
}

// Links in the summary move focus to the field, not just scroll to it.
summary.addEventListener('click', (event) => {
  const link = event.target.closest('a[href^="#"]');
  const target = link && $(link.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
});

// ---- Sending ------------------------------------------------------------------------

function setStatus(text) {
  $('submit-status').textContent = text;
}

function showProgress(fraction) {
  const percent = Math.min(100, Math.floor(fraction * 100));
  $('upload-panel').hidden = false;
  $('upload-progress').value = percent;
  $('upload-percent').textContent = `${percent}%`;
}

function setBusy(value) {
  busy = value;
  submitButton.disabled = value;
  submitButton.textContent = value ? 'Đang gửi…' : 'Gửi bài dự thi';
  form.setAttribute('aria-busy', String(value));
}

function buildPayload(file) {
  const text = (id) => $(id).value.trim();
  return {
    title: text('title'),
    movement: text('movement'),
    unitId: text('unitId'),
    author: {
      fullName: text('author-fullName'),
      birthYear: Number(text('author-birthYear')),
      occupation: text('author-occupation'),
      workplace: text('author-workplace'),
      address: text('author-address'),
      phone: text('author-phone'),
      email: text('author-email'),
    },
    subject: {
      name: text('subject-name'),
      address: text('subject-address'),
      summary: text('subject-summary'),
    },
    file: { name: file.name, size: file.size, contentType: contentTypeOf(file) },
    declaration: $('declaration').checked,
  };
}

/** Steps a–c of the flow; resolves with { id, receiptCode, status, receivedAt }. */
async function sendEntry(file) {
  setStatus('Đang gửi thông tin bài dự thi…');
  const created = await postJson(unitToken ? '/api/unit/entries' : '/api/entries', buildPayload(file), unitHeaders);

  setStatus('Đang tải tệp bài viết lên…');
  showProgress(0);
  await uploadBlob(created.uploadUrl, file, showProgress);

  setStatus('Đã tải tệp xong. Đang xác nhận bài dự thi…');
  return postJson(`/api/entries/${encodeURIComponent(created.id)}/submit`);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (busy) return;
  clearErrors();

  const errors = validateAll();
  if (Object.keys(errors).length > 0) {
    showProblem({ title: 'Chưa gửi được bài dự thi. Vui lòng kiểm tra lại các mục sau:', errors });
    return;
  }

  setBusy(true);
  $('upload-panel').hidden = true;
  try {
    const receipt = await sendEntry(valueOf('file'));
    setStatus('Đã gửi bài dự thi. Đang mở biên nhận…');
    // Stay busy: the page is being replaced and must not submit twice.
    const back = unitToken ? `#t=${encodeURIComponent(unitToken)}` : '';
    window.location.assign(`receipt.html?id=${encodeURIComponent(receipt.id)}&code=${encodeURIComponent(receipt.receiptCode)}${back}`);
  } catch (error) {
    setBusy(false);
    setStatus('');
    $('upload-panel').hidden = true;
    if (!(error instanceof ApiError)) console.error(error);
    showProblem(error instanceof ApiError
      ? error.problem
      : { title: 'Đã xảy ra lỗi không mong muốn.', detail: 'Vui lòng thử lại.' });
  }
});

// ---- Start-up -------------------------------------------------------------------------

function setFormEnabled(enabled) {
  for (const control of form.elements) control.disabled = !enabled;
}

function fillMovements(movements) {
  $('movement').append(...movements.map((movement) => el('option', { value: movement.id }, movement.name)));
}

/** Options grouped by unitGroups order; sub-units follow their parent, indented. */
function fillUnits(units, groups) {
  const ids = new Set(units.map((unit) => unit.id));
  const isChild = (unit) => Boolean(unit.parentId) && ids.has(unit.parentId);
  const childrenOf = new Map();
  for (const unit of units.filter(isChild)) {
    childrenOf.set(unit.parentId, [...(childrenOf.get(unit.parentId) ?? []), unit]);
  }
  const optionsFor = (unit, depth) => [
    // <option> cannot be padded with CSS, so indent with non-breaking spaces.
    el('option', { value: unit.id }, `${'\u00a0\u00a0\u00a0\u00a0'.repeat(depth)}${depth ? '– ' : ''}${unit.name}`),
    ...(childrenOf.get(unit.id) ?? []).flatMap((child) => optionsFor(child, depth + 1)),
  ];

  const known = new Set(groups.map((group) => group.id));
  const roots = units.filter((unit) => !isChild(unit));
  const sections = [
    ...groups.map((group) => ({ name: group.name, units: roots.filter((unit) => unit.group === group.id) })),
    { name: 'Đơn vị khác', units: roots.filter((unit) => !known.has(unit.group)) },
  ];
  $('unitId').append(...sections
    .filter((section) => section.units.length > 0)
    .map((section) => el('optgroup', { label: section.name }, section.units.flatMap((unit) => optionsFor(unit, 0)))));
}

function describeFileRules(rules) {
  const extensions = rules.allowedExtensions;
  $('file').accept = extensions.join(',');
  $('file-hint').textContent = `Nhận tệp ${formatList(extensions)}; dung lượng tối đa ${formatFileSize(rules.maxFileBytes)}; `
    + `bài viết không quá ${formatNumber(rules.maxWords)} từ.`;
}

function setNotice(kind, text) {
  const notice = $('contest-status');
  notice.className = `notice ${kind}`;
  notice.textContent = text;
}

async function init() {
  setFormEnabled(false);
  wireFieldChecks();
  let contest;
  let units;
  try {
    if (unitToken) {
      const portal = await getJson('/api/unit', unitHeaders);
      contest = await getJson('/api/contest');
      units = portal.units;
      $('page-title').textContent = `Nộp bài thay tác giả – ${portal.unit.name}`;
      $('page-lead').textContent = 'Bài đơn vị thu được trên giấy hoặc qua E-mail: nhập thông tin như trên phiếu dự thi và tải lên bản scan hoặc tệp bài viết. Bài được ghi là do đơn vị nộp.';
    } else {
      [contest, units] = await Promise.all([getJson('/api/contest'), getJson('/api/units')]);
    }
  } catch (error) {
    if (!(error instanceof ApiError)) console.error(error);
    const reason = error instanceof ApiError ? ` ${error.message}` : '';
    setNotice('notice-error', `Không tải được thông tin cuộc thi.${reason} Vui lòng tải lại trang sau ít phút.`);
    return;
  }

  validators = createValidators(contest.entryRules);
  maxSummaryLength = contest.entryRules.maxSummaryLength ?? maxSummaryLength;
  updateSummaryCount();
  fillMovements(contest.movements);
  fillUnits(units, contest.unitGroups);
  describeFileRules(contest.entryRules);

  const submission = submissionWindow(contest);
  setNotice(submission.open ? 'notice-success' : 'notice-warning', submission.message);
  setFormEnabled(submission.open);
}

init();
