// The scoring page: the sealed entry, its text beside the sheet (the file stays downloadable), and the judge's sheet, one field per criterion with the
// criterion's description beside it. Drafts can be saved at any time; a submitted sheet can be amended until the
// round closes.
import { ApiError, getJson, postJson, putJson } from '../api.js';
import { el } from '../dom.js';
import { withContest } from '../page-contest.js';
import { FormErrors, showFieldError } from '../form-errors.js';
import { formatDateTime, formatNumber } from '../format.js';
import { requireJudge, showApiError } from '../admin/session.js';
import { STATUS_LABELS } from './labels.js';
import { label } from '../labels.js';
import { showEssay } from '../essay-fragment.js';

const code = decodeURIComponent(window.location.hash.slice(1));
const message = document.getElementById('entry-message');
const form = document.getElementById('score-form');
const criteriaBox = document.getElementById('score-criteria');
const totalOut = document.getElementById('score-total');
const status = document.getElementById('score-status');
const recusal = document.getElementById('recusal');
const recusalForm = document.getElementById('recusal-form');
let entry = null;

const fieldId = (criterionId) => `score-${criterionId}`;
const errors = new FormErrors(form, document.getElementById('score-summary'), {
  controlIdFor: (key) => (key === 'comment' ? 'score-comment' : key.startsWith('criteria.') ? fieldId(key.slice('criteria.'.length)) : null),
});

/** The point value of a field, as a number, or null when blank; a comma is read as the decimal mark. */
function pointsOf(input) {
  const text = input.value.trim().replace(',', '.');
  return text === '' ? null : Number(text);
}

function checkCriterion(criterion, input, submitting) {
  const value = pointsOf(input);
  let problem = '';
  if (value === null) problem = submitting ? 'Vui lòng chấm điểm tiêu chí này.' : '';
  else if (Number.isNaN(value) || value < 0 || value > criterion.max) problem = `Điểm phải từ 0 đến ${formatNumber(criterion.max)}.`;
  else if (Math.round(value / criterion.step) * criterion.step !== value) problem = criterion.step === 1 ? 'Điểm phải là số nguyên.' : 'Điểm chỉ được chấm đến 0,5.';
  showFieldError(input.id, problem);
  return problem;
}

function updateTotal() {
  const sum = entry.rubric.reduce((total, c) => total + (pointsOf(document.getElementById(fieldId(c.id))) || 0), 0);
  totalOut.textContent = formatNumber(sum);
}

function render() {
  document.title = `Số phách ${entry.code} – Ban Giám khảo`;
  document.getElementById('entry-heading').textContent = `Chấm bài số phách ${entry.code}`;
  document.getElementById('entry-title').textContent = entry.title;
  document.getElementById('entry-movement').textContent = entry.movementName;
  document.getElementById('entry-words').textContent = entry.wordCount == null ? 'Chưa đếm được' : formatNumber(entry.wordCount);
  document.getElementById('entry-round').textContent = `${entry.roundName}, hạn chấm ${formatDateTime(entry.closesAt)}`;
  const file = document.getElementById('entry-file');
  file.href = `/api/judge/entries/${encodeURIComponent(entry.code)}/file`;
  file.textContent = `Tải bài để đọc (${entry.code}${entry.fileExtension})`;
  document.getElementById('entry-facts').hidden = false;

  criteriaBox.replaceChildren(...entry.rubric.map((c) => {
    const id = fieldId(c.id);
    const input = el('input', {
      id, name: c.id, type: 'text', inputMode: 'decimal', autocomplete: 'off',
      'aria-describedby': `${id}-hint`, value: entry.points[c.id] == null ? '' : String(entry.points[c.id]).replace('.', ','),
    });
    input.addEventListener('input', updateTotal);
    input.addEventListener('blur', () => checkCriterion(c, input, false));
    return el('div', { className: 'field criterion' },
      el('label', { htmlFor: id }, `${c.label} (tối đa ${formatNumber(c.max)} điểm${c.step === 1 ? '' : ', chấm đến 0,5'})`),
      el('p', { className: 'hint', id: `${id}-hint` }, c.description),
      input,
      el('p', { className: 'field-error', id: `${id}-error` }));
  }));
  document.getElementById('score-max').textContent = formatNumber(entry.maxTotal);
  form.elements.comment.value = entry.comment ?? '';
  updateTotal();
  showStatus();
  for (const control of form.elements) control.disabled = !entry.open;
  form.hidden = false;
  recusal.hidden = !entry.open || entry.status === 'submitted';
}

function showStatus() {
  const saved = entry.savedAt ? ` Lưu lúc ${formatDateTime(entry.savedAt)}.` : '';
  status.className = `notice ${entry.open ? 'notice-success' : 'notice-warning'}`;
  status.textContent = entry.open
    ? `${label(STATUS_LABELS, entry.status)}.${saved}`
    : `Vòng chấm đã đóng; phiếu chấm đã được khóa (${label(STATUS_LABELS, entry.status)}).`;
}

async function save(submit) {
  errors.clear();
  const local = {};
  for (const c of entry.rubric) {
    const problem = checkCriterion(c, document.getElementById(fieldId(c.id)), submit);
    if (problem) local[`criteria.${c.id}`] = [problem];
  }
  if (submit && !form.elements.comment.value.trim()) local.comment = ['Vui lòng ghi nhận xét trước khi nộp phiếu chấm.'];
  if (Object.keys(local).length) {
    errors.showProblem({ title: 'Phiếu chấm chưa hợp lệ', detail: 'Vui lòng sửa các mục được đánh dấu.', errors: local });
    return;
  }
  const criteria = Object.fromEntries(entry.rubric.map((c) => [c.id, pointsOf(document.getElementById(fieldId(c.id)))]));
  try {
    entry = await putJson(`/api/judge/entries/${encodeURIComponent(code)}/score`, { criteria, comment: form.elements.comment.value, submit });
    showStatus();
    recusal.hidden = !entry.open || entry.status === 'submitted';
  } catch (error) {
    if (error instanceof ApiError && error.problem.errors) errors.showProblem(error.problem, 'Phiếu chấm chưa hợp lệ');
    else showApiError(message, error);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  save(true);
});
document.getElementById('score-draft').addEventListener('click', () => save(false));

recusalForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const reason = recusalForm.elements.reason.value.trim();
  showFieldError('recusal-reason', reason ? '' : 'Vui lòng nêu lý do xin rút.');
  if (!reason) {
    recusalForm.elements.reason.focus();
    return;
  }
  try {
    await postJson(`/api/judge/entries/${encodeURIComponent(code)}/recusal`, { reason });
    window.location.assign(withContest('/judge/'));
  } catch (error) {
    showApiError(message, error);
  }
});

/** The judge's copy as text beside the sheet; when it cannot be shown, a notice says why and the download stays. */
async function loadEssay() {
  const region = document.getElementById('essay');
  const notice = document.getElementById('essay-notice');
  const body = document.getElementById('essay-body');
  region.hidden = false;
  region.setAttribute('aria-busy', 'true');
  notice.className = 'notice';
  notice.textContent = 'Đang tải nội dung bài…';
  try {
    const reading = await getJson(`/api/judge/entries/${encodeURIComponent(code)}/reading`);
    showEssay(body, reading.html);
    notice.textContent = reading.notice ?? '';
    notice.className = reading.kind === 'formatted' ? 'notice' : 'notice notice-warning';
  } catch (error) {
    body.replaceChildren();
    notice.className = 'notice notice-warning';
    notice.textContent = 'Không tải được nội dung bài; xin dùng nút "Tải bài để đọc".';
  } finally {
    region.removeAttribute('aria-busy');
  }
}

if (await requireJudge()) {
  try {
    entry = await getJson(`/api/judge/entries/${encodeURIComponent(code)}`);
    render();
    loadEssay();
  } catch (error) {
    showApiError(message, error);
  }
}
