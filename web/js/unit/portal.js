// The unit's page, opened with its personal link (/unit/#t=…). The token stays in the fragment, which the
// browser never sends anywhere, and goes to the API in the X-Unit-Link header.

import '../layout.js';
import '../file-picker.js';
import '../date-field.js';
import { ApiError, getJson, postJson, uploadBlob } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { FormErrors, showFieldError } from '../form-errors.js';
import { exampleDay, formatDate, formatDateTime, formatMoment, formatNumber, parseDate, TIME_ZONE } from '../format.js';
import { label, SCREENING } from '../labels.js';

const $ = (id) => document.getElementById(id);

// A date field's example is today: a real day, never in the future, of whichever contest the site runs.
for (const example of document.querySelectorAll('[data-example-day]')) example.textContent = exampleDay();

const token = new URLSearchParams(window.location.hash.slice(1)).get('t') ?? '';
const headers = { 'X-Unit-Link': token };
const CHANNELS = {
  meetings: 'Hội nghị, cuộc họp', notices: 'Văn bản, thông báo', media: 'Báo, đài, bản tin',
  website: 'Trang thông tin điện tử, mạng xã hội', other: 'Hình thức khác',
};

function showProblem(target, error) {
  const problem = error instanceof ApiError ? error.problem : { title: 'Đã có lỗi xảy ra.', detail: String(error) };
  target.className = 'notice notice-error';
  replaceChildren(target, el('strong', {}, problem.title), problem.detail ? ` ${problem.detail}` : '');
  target.focus();
}

/** Posts a screening decision ("forward", "hold" with a reason, or "none" to undo) and reloads the page's data. */
async function screen(entry, decision, reason, reasonField) {
  try {
    await postJson(`/api/unit/entries/${encodeURIComponent(entry.id)}/screening`, { decision, reason }, headers);
    await load();
    // The row was redrawn: focus goes to the control that now stands where the person acted.
    document.querySelector(`tr[data-entry="${CSS.escape(entry.id)}"] .screening-next`)?.focus();
  } catch (error) {
    const message = error instanceof ApiError ? error.problem.errors?.reason : null;
    if (message && reasonField) {
      showFieldError(reasonField.id, [message].flat().join(' '));
      reasonField.focus();
    } else {
      showProblem($('portal-message'), error);
    }
  }
}

/** Holding an entry back needs a reason; the reason's own error sits beside it and takes focus. */
function screeningControls(entry) {
  const reasonId = `reason-${entry.id}`;
  const reason = el('input', {
    type: 'text', id: reasonId, maxLength: 1000, className: 'screening-reason',
    'aria-describedby': `${reasonId}-error`,
  });
  const hold = () => {
    showFieldError(reasonId, '');
    if (!reason.value.trim()) {
      showFieldError(reasonId, 'Vui lòng ghi lý do giữ lại bài.');
      reason.focus();
      return;
    }
    screen(entry, 'hold', reason.value, reason);
  };
  return el('div', { className: 'screening-actions' },
    el('button', { type: 'button', className: 'button button-secondary screening-forward screening-next', onclick: () => screen(entry, 'forward', '') }, 'Chuyển Ban Tổ chức'),
    el('div', { className: 'screening-hold' },
      el('label', { htmlFor: reasonId }, `Lý do giữ lại bài “${entry.title}”`),
      reason,
      el('p', { className: 'field-error', id: `${reasonId}-error` }),
      el('button', { type: 'button', className: 'button button-secondary screening-hold-button', onclick: hold }, 'Giữ lại')));
}

/** A screened entry shows its decision and one way back: undoing puts it back among those not yet screened. */
function screeningUndo(entry) {
  return el('div', { className: 'screening-actions' },
    el('button', {
      type: 'button', className: 'button button-secondary screening-undo screening-next',
      'aria-label': `Hoàn tác quyết định sơ loại bài “${entry.title}”`, onclick: () => screen(entry, 'none', ''),
    }, 'Hoàn tác'));
}

/** Asks for a link valid for minutes and lets the browser download the file; the server records who opened it. */
async function openFile(entry, button) {
  button.disabled = true;
  try {
    const link = await getJson(`/api/unit/entries/${encodeURIComponent(entry.id)}/file`, headers);
    window.location.assign(link.url);
  } catch (error) {
    showProblem($('portal-message'), error);
  } finally {
    button.disabled = false;
  }
}

function fileButton(entry) {
  const button = el('button', {
    type: 'button', className: 'button button-secondary entry-file', 'aria-label': `Mở tệp bài viết “${entry.title}”`,
  }, 'Mở tệp bài viết');
  button.addEventListener('click', () => openFile(entry, button));
  return button;
}

function entryRow(entry, unitsById, screeningOpen) {
  const received = entry.status === 'received';
  const screened = received && entry.screening && entry.screening !== 'none';
  return el('tr', { 'data-entry': entry.id },
    el('th', { scope: 'row', className: 'entry-title', 'data-label': 'Tên tác phẩm' }, entry.title,
      received ? el('div', {}, fileButton(entry)) : null),
    el('td', { 'data-label': 'Tác giả' }, entry.authorName),
    el('td', { 'data-label': 'Đơn vị' }, unitsById[entry.unitId]?.name ?? ''),
    el('td', { 'data-label': 'Trạng thái' }, received ? `Đã nhận ${formatDateTime(entry.receivedAt)}` : 'Chưa hoàn tất',
      entry.handedIn ? el('span', { className: 'badge badge-ok' }, 'Đơn vị nộp') : null),
    el('td', { 'data-label': 'Sơ loại' },
      received ? el('span', { className: 'screening-state' }, label(SCREENING, entry.screening) || 'Chưa sơ loại') : '—',
      received && entry.screeningReason ? el('span', { className: 'hint' }, ` (${entry.screeningReason})`) : null,
      // After the deadline the server refuses screening: the decision stands as it was, with no button to press.
      !received || !screeningOpen ? null : screened ? screeningUndo(entry) : screeningControls(entry)));
}

function render(portal) {
  const unitsById = Object.fromEntries(portal.units.map((u) => [u.id, u]));
  $('unit-name').textContent = portal.unit.name;
  document.title = `${portal.unit.name} – Trang của đơn vị`;
  const count = portal.units.length > 1 ? portal.receivedWithSubUnits : portal.ownReceived;
  $('unit-count').textContent = `${formatNumber(count)}/${formatNumber(portal.unit.minimumEntries)}`;
  $('unit-count-label').textContent = portal.units.length > 1
    ? 'bài đã nhận (kể cả đơn vị trực thuộc) / số bài tối thiểu'
    : 'bài đã nhận / số bài tối thiểu';
  $('count-stat').classList.toggle('stat-warning', count < portal.unit.minimumEntries);
  $('unit-closes').textContent = formatMoment(portal.submissionClosesAt);
  $('unit-report-due').textContent = formatMoment(portal.quickReportDueAt);
  $('hand-in').href = `/submit.html#t=${encodeURIComponent(token)}`;
  $('screening-closed').hidden = portal.screeningOpen;
  $('screening-closed').textContent = portal.screeningOpen ? ''
    : `Đã hết hạn sơ loại bài (${formatMoment(portal.submissionClosesAt)}): kết quả sơ loại của đơn vị được giữ nguyên và chuyển Ban Tổ chức xem xét.`;

  replaceChildren($('unit-entry-rows'), portal.entries.length
    ? portal.entries.map((entry) => entryRow(entry, unitsById, portal.screeningOpen))
    : el('tr', {}, el('td', { colSpan: 5 }, 'Đơn vị chưa có bài dự thi nào.')));

  const latest = portal.reports[0];
  $('report-state').textContent = latest
    ? `Đã gửi ${portal.reports.length} lần; lần gần nhất lúc ${formatDateTime(latest.filedAt)}${latest.late ? ' (sau hạn)' : ''}. Gửi lại để cập nhật; mọi lần gửi đều được lưu.`
    : `Đơn vị chưa gửi báo cáo nhanh. Hạn gửi: ${formatMoment(portal.quickReportDueAt)}.`;
  replaceChildren($('report-versions'), portal.reports.map((report) => el('li', { 'data-version': report.version },
    `Lần ${report.version}: ${formatDateTime(report.filedAt)}${report.late ? ' – gửi sau hạn' : ''}; `,
    `${report.channels.map((c) => CHANNELS[c] ?? c).join(', ')}; ${formatNumber(report.peopleReached)} người được phổ biến; `,
    `${formatNumber(report.entriesCollected)} bài đã thu; người báo cáo: ${report.reportedBy}`,
    report.hasScan ? ' – có bản scan' : '')));
  if (latest) fillReport(latest);
}

function fillReport(report) {
  const form = $('report-form');
  for (const box of form.querySelectorAll('input[name="channels"]')) box.checked = report.channels.includes(box.value);
  form.elements.otherChannel.value = report.otherChannel ?? '';
  form.elements.focalPointNamedOn.value = report.focalPointNamedOn ? formatDate(report.focalPointNamedOn) : '';
  form.elements.peopleReached.value = report.peopleReached ?? '';
  form.elements.entriesCollected.value = report.entriesCollected ?? '';
  form.elements.difficulties.value = report.difficulties ?? '';
  form.elements.proposals.value = report.proposals ?? '';
  form.elements.reportedBy.value = report.reportedBy ?? '';
}

// ---- Quick report: checked like the entry form, by the same module ----------------------------------

const MAX_TEXT = 4000;
const MAX_SCAN_BYTES = 10 * 1024 * 1024;
const reportForm = $('report-form');
const text = (value) => (typeof value === 'string' ? value.trim() : '');

/** A whole number typed with or without Vietnamese grouping dots ("1.250"), or null. */
function wholeNumber(value) {
  const digits = text(value).replace(/[.\s]/g, '');
  return /^[0-9]+$/.test(digits) ? Number(digits) : null;
}

const count = (label, max) => (value) => {
  if (!text(value)) return `Vui lòng nhập ${label.toLowerCase()}.`;
  const number = wholeNumber(value);
  return number !== null && number <= max ? '' : `${label} phải là số nguyên từ 0 đến ${formatNumber(max)}.`;
};

const longText = (label) => (value) =>
  (text(value).length > MAX_TEXT ? `${label} tối đa ${formatNumber(MAX_TEXT)} ký tự (hiện có ${formatNumber(text(value).length)}).` : '');

const reportChecks = {
  channels: (values) => (values.length ? '' : 'Vui lòng chọn ít nhất một hình thức tuyên truyền.'),
  otherChannel: (value) => ($('channel-other').checked && !text(value) ? 'Vui lòng ghi rõ hình thức khác.' : ''),
  focalPointNamedOn: (value) => {
    if (!text(value)) return 'Vui lòng nhập ngày cử cán bộ đầu mối.';
    const day = parseDate(value);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
    return day && day <= today ? '' : `Ngày cử cán bộ đầu mối chưa đúng: nhập ngày/tháng/năm có thật, không ở tương lai (ví dụ ${exampleDay()}).`;
  },
  peopleReached: count('Số người được phổ biến', 10_000_000),
  entriesCollected: count('Số bài đơn vị đã thu', 100_000),
  difficulties: longText('Khó khăn, vướng mắc'),
  proposals: longText('Đề xuất, kiến nghị'),
  reportedBy: (value) => (text(value) ? '' : 'Vui lòng nhập họ tên, chức vụ người báo cáo.'),
  scan: (file) => {
    if (!file) return '';
    if (!/\.pdf$/i.test(file.name)) return 'Bản scan có chữ ký phải là tệp .pdf.';
    return file.size > 0 && file.size <= MAX_SCAN_BYTES ? '' : `Bản scan phải có nội dung và không quá ${formatNumber(MAX_SCAN_BYTES / 1024 / 1024)} MB.`;
  },
};

const reportErrors = new FormErrors(reportForm, $('report-errors'), {
  validators: reportChecks,
  // Server keys: "channels", "scan.size"…; each has a control "report-…".
  controlIdFor: (key) => `report-${key.split('.')[0]}`,
});
reportErrors.wire();
// Ticking or unticking "Hình thức khác" changes whether its text is needed.
$('channel-other').addEventListener('change', () => {
  if ($('report-otherChannel').getAttribute('aria-invalid') === 'true' || !$('channel-other').checked) reportErrors.check('otherChannel');
});

async function fileReport(event) {
  event.preventDefault();
  const message = $('report-message');
  message.className = 'notice';
  message.textContent = '';
  reportErrors.clear();
  const found = reportErrors.checkAll();
  if (Object.keys(found).length > 0) {
    reportErrors.showProblem({ title: 'Chưa gửi được báo cáo nhanh. Vui lòng kiểm tra lại các mục sau:', errors: found });
    return;
  }

  const scan = reportErrors.valueOf('scan');
  const body = {
    channels: reportErrors.valueOf('channels'),
    otherChannel: reportForm.elements.otherChannel.value,
    focalPointNamedOn: reportForm.elements.focalPointNamedOn.value,
    peopleReached: wholeNumber(reportForm.elements.peopleReached.value),
    entriesCollected: wholeNumber(reportForm.elements.entriesCollected.value),
    difficulties: reportForm.elements.difficulties.value,
    proposals: reportForm.elements.proposals.value,
    reportedBy: reportForm.elements.reportedBy.value,
    scan: scan ? { name: scan.name, size: scan.size, contentType: scan.type } : null,
  };
  $('report-submit').disabled = true;
  try {
    const filed = await postJson('/api/unit/reports', body, headers);
    if (scan) {
      message.textContent = 'Đang tải bản scan lên…';
      await uploadBlob(filed.scanUploadUrl, scan, () => {});
      await postJson(`/api/unit/reports/${filed.report.version}/scan`, undefined, headers);
    }
    message.className = 'notice notice-success';
    message.textContent = `Đã gửi báo cáo nhanh (lần ${filed.report.version})${filed.report.late ? ', sau hạn' : ''}.`;
    await load();
  } catch (error) {
    message.textContent = '';
    reportErrors.showProblem(error instanceof ApiError
      ? error.problem
      : { title: 'Đã xảy ra lỗi không mong muốn.', detail: 'Vui lòng thử lại.' }, 'Chưa gửi được báo cáo nhanh.');
  } finally {
    $('report-submit').disabled = false;
  }
}

async function load() {
  if (!token) {
    $('unit-name').textContent = 'Thiếu đường dẫn của đơn vị';
    $('portal-message').className = 'notice notice-error';
    $('portal-message').textContent = 'Vui lòng mở trang này bằng đường dẫn riêng Ban Tổ chức gửi cho đơn vị.';
    return;
  }
  try {
    render(await getJson('/api/unit', headers));
    $('portal').hidden = false;
  } catch (error) {
    $('unit-name').textContent = 'Không mở được trang của đơn vị';
    $('portal').hidden = true;
    showProblem($('portal-message'), error);
  }
}

reportForm.addEventListener('submit', fileReport);
load();
