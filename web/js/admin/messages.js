// The message log: every message of the contest with what became of it (SendGrid's delivery events), filtered by
// kind, status, unit and day; a bounced message is sent again to a corrected address.
import { ApiError, getJson, postJson } from '../api.js';
import { dateRequestValue } from '../date-field.js';
import { el, queryParam, replaceChildren } from '../dom.js';
import { formatNumber } from '../format.js';
import { FormErrors } from '../form-errors.js';
import { loadUnitNames, unitLabel } from '../labels.js';
import { requireOrganizer, showApiError, toQuery } from './session.js';
import { KIND, STATUS } from './message-labels.js';

const $ = (id) => document.getElementById(id);
const message = $('messages-message');

let unitNames = new Map();
let resending = null;

const resendForm = $('resend-form');
const resendErrors = new FormErrors(resendForm, $('resend-summary'), {
  validators: { to: (value) => (value && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? 'Địa chỉ E-mail không hợp lệ.' : '') },
  controlIdFor: (key) => (key === 'to' ? 'resend-to' : null),
});

function filter() {
  return { kind: $('filter-kind').value, status: $('filter-status').value, unitId: $('filter-unit').value, from: dateRequestValue($('filter-from')), to: dateRequestValue($('filter-to')) };
}

function statusCell(m) {
  const [text, badge] = STATUS[m.status] ?? [m.statusLabel, 'badge-pending'];
  return el('td', { className: 'message-status' },
    el('span', { className: `badge ${badge}` }, text),
    m.reason ? el('span', { className: 'hint' }, ` ${m.reason}`) : null,
    m.lastEventAt ? el('span', { className: 'hint' }, ` · ${m.lastEventAt}`) : null);
}

function row(m) {
  const about = m.unitId ? unitLabel(unitNames, m.unitId) : m.entryId ? `Bài ${m.entryId}` : '';
  return el('tr', { 'data-message': m.id, 'data-status': m.status },
    el('td', {}, m.sentAt),
    el('td', {}, KIND[m.kind] ?? m.kind, about ? el('span', { className: 'hint' }, ` · ${about}`) : null),
    el('td', { className: 'message-to' }, m.to),
    el('td', {}, m.subject, m.resendOf ? el('span', { className: 'hint' }, ' (gửi lại)') : null),
    statusCell(m),
    el('td', {}, el('button', { className: 'button button-secondary message-resend', type: 'button', onclick: () => openResend(m) }, 'Gửi lại')));
}

async function load() {
  message.textContent = 'Đang tải…';
  try {
    const list = await getJson(`/api/organizer/messages?${toQuery(filter())}`);
    replaceChildren($('messages-rows'), list.messages.length ? list.messages.map(row) : el('tr', {}, el('td', { colSpan: 6 }, 'Không có thư nào khớp bộ lọc.')));
    $('messages-summary').textContent = list.total > list.messages.length
      ? `${formatNumber(list.total)} thư; hiển thị ${formatNumber(list.messages.length)} thư mới nhất.`
      : `${formatNumber(list.total)} thư.`;
    message.textContent = '';
  } catch (error) {
    showApiError(message, error);
  }
}

function openResend(m) {
  resending = m;
  resendErrors.clear();
  $('resend').hidden = false;
  $('resend-about').textContent = `“${m.subject}”, gửi ${m.sentAt} tới ${m.to}.`;
  const suppressed = $('resend-suppressed');
  suppressed.hidden = !m.suppressed;
  suppressed.textContent = m.suppressed
    ? `Thư tới ${m.to} đã ${(STATUS[m.status]?.[0] ?? m.statusLabel).toLowerCase()}: SendGrid sẽ không gửi tới địa chỉ này nữa. Vui lòng nhập địa chỉ đã sửa.`
    : '';
  $('resend-to').value = m.suppressed ? '' : m.to;
  $('resend-title').focus();
}

resendForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  resendErrors.clear();
  const invalid = resendErrors.checkAll();
  if (Object.keys(invalid).length) {
    resendErrors.showProblem({ title: 'Chưa gửi lại được thư.', errors: invalid });
    return;
  }
  const to = $('resend-to').value.trim();
  $('resend-submit').disabled = true;
  try {
    const resent = await postJson(`/api/organizer/messages/${encodeURIComponent(resending.id)}/resend`,
      to && to.toLowerCase() !== resending.to.toLowerCase() ? { to } : undefined);
    $('resend').hidden = true;
    await load();
    message.className = 'notice notice-success';
    message.textContent = `Đã gửi lại thư tới ${resent.to}.${resent.focalPointCorrected ? ' Địa chỉ mới đã được lưu cho cán bộ đầu mối của đơn vị.' : ''}`;
  } catch (error) {
    if (error instanceof ApiError && error.problem.errors) resendErrors.showProblem(error.problem, 'Chưa gửi lại được thư.');
    else showApiError(message, error);
  } finally {
    $('resend-submit').disabled = false;
  }
});
$('resend-cancel').addEventListener('click', () => { $('resend').hidden = true; });
$('messages-filter').addEventListener('submit', (event) => {
  event.preventDefault();
  message.className = 'notice';
  load();
});

if (await requireOrganizer()) {
  unitNames = await loadUnitNames();
  $('filter-kind').append(...Object.entries(KIND).map(([value, text]) => el('option', { value }, text)));
  $('filter-status').append(...Object.entries(STATUS).map(([value, [text]]) => el('option', { value }, text)));
  $('filter-unit').append(...[...unitNames].sort((a, b) => a[1].localeCompare(b[1], 'vi')).map(([id, name]) => el('option', { value: id }, name)));
  for (const key of ['kind', 'status', 'unitId']) {
    const value = queryParam(key);
    const select = $(key === 'unitId' ? 'filter-unit' : `filter-${key}`);
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  load();
}
