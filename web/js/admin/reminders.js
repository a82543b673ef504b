import { getJson, postJson, putJson } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { formatDate, formatNumber, searchKey } from '../format.js';
import { requireOrganizer, showApiError } from './session.js';

const $ = (id) => document.getElementById(id);
const message = $('reminders-message');

const DEADLINE = { entries: 'Bài dự thi', report: 'Báo cáo nhanh' };
/** What the next run would do with a due reminder: [text, badge]. */
const OUTLOOK = {
  'will-send': ['Sẽ gửi', 'badge-pending'],
  'will-retry': ['Sẽ gửi lại', 'badge-late'],
  sent: ['Đã gửi', 'badge-ok'],
  sending: ['Đang gửi', 'badge-pending'],
  skipped: ['Bỏ qua', 'badge-late'],
  'no-address': ['Chưa có E-mail đầu mối', 'badge-missing'],
  delivered: ['Đã tới hộp thư', 'badge-ok'],
  unreachable: ['E-mail không tới được', 'badge-missing'],
};
/** How a reminder (or a digest) ended: [text, badge]. */
const STATE = {
  sent: ['Đã gửi', 'badge-ok'],
  failed: ['Lỗi', 'badge-missing'],
  skipped: ['Bỏ qua', 'badge-late'],
  sending: ['Đang gửi', 'badge-pending'],
};

let preview = null;

const badge = ([text, className]) => el('span', { className: `badge ${className}` }, text);
const hint = (text) => (text ? el('span', { className: 'hint' }, text) : null);

// ---- Status, switch and counts ----------------------------------------------------------------

function renderStatus() {
  $('reminders-today').textContent = preview.today;
  const next = $('reminders-next-run');
  replaceChildren(next, el('time', { dateTime: preview.nextRunAt }, preview.nextRun));
  $('reminders-steps').textContent = `Bước nhắc hôm nay: ${preview.steps
    .map((s) => `${DEADLINE[s.deadline] ?? s.deadline}: ${s.step ? s.label.replace(/^[^:]*: /, '') : 'không có'}`)
    .join('; ')}.`;

  const { paused, changedBy, changedAt } = preview.switch;
  const changed = changedBy ? ` ${paused ? 'Tạm dừng' : 'Bật lại'} bởi ${changedBy}${changedAt ? ` lúc ${changedAt}` : ''}.` : '';
  replaceChildren($('switch-state'),
    el('strong', {}, paused ? 'Nhắc việc đang tạm dừng.' : 'Nhắc việc đang bật.'),
    hint(changed));
  $('paused-warning').hidden = !paused;
  const button = $('reminders-switch');
  button.textContent = paused ? 'Tiếp tục nhắc việc' : 'Tạm dừng nhắc việc';
  button.className = `button ${paused ? 'button-primary' : 'button-secondary'}`;
  button.disabled = false;

  $('lagging-entries').textContent = formatNumber(preview.lagging.entries);
  $('lagging-report').textContent = formatNumber(preview.lagging.report);
}

async function toggleSwitch() {
  const button = $('reminders-switch');
  button.disabled = true;
  try {
    preview.switch = await putJson('/api/organizer/reminders/switch', { paused: !preview.switch.paused });
    message.className = 'notice notice-success';
    message.textContent = preview.switch.paused
      ? 'Đã tạm dừng nhắc việc. Không thư nhắc nào được gửi cho đến khi bấm “Tiếp tục nhắc việc”.'
      : 'Đã bật lại nhắc việc. Lần nhắc tự động tiếp theo sẽ gửi các thư đến hạn.';
    renderStatus();
  } catch (error) {
    button.disabled = false;
    showApiError(message, error);
  }
}

// ---- Today's preview --------------------------------------------------------------------------

/** What the outlook depends on, from the step's record: when it was sent, why it failed or was skipped. */
function outlookDetail(reminder) {
  const record = reminder.record;
  if (!record) return null;
  if (reminder.outlook === 'sent') return ` lúc ${record.finishedAt ?? record.claimedAt}`;
  if (reminder.outlook === 'sending') return ` từ ${record.claimedAt}`;
  return record.error ? ` ${record.error}` : null;
}

function previewRow(reminder) {
  return el('tr', { 'data-unit': reminder.unitId, 'data-step': reminder.step, 'data-outlook': reminder.outlook },
    el('th', { scope: 'row' },
      el('span', { className: 'reminder-unit' }, reminder.unitName), ' ',
      el('button', {
        type: 'button', className: 'link-button history-link', 'aria-label': `Xem lịch sử nhắc việc của ${reminder.unitName}`,
        onclick: () => showHistoryOf(reminder.unitId),
      }, 'Lịch sử')),
    el('td', { className: 'reminder-label' }, reminder.label),
    el('td', { className: 'reminder-reason' }, reminder.reason),
    el('td', { className: 'reminder-deadline' }, reminder.deadlineAt),
    el('td', { className: 'reminder-recipients' }, reminder.recipients.length
      ? reminder.recipients.map((address) => el('div', {}, address))
      : '—'),
    el('td', { className: 'reminder-outlook' }, badge(OUTLOOK[reminder.outlook] ?? [reminder.outlook, 'badge-pending']), hint(outlookDetail(reminder))));
}

function renderPreview() {
  const all = preview.reminders;
  const key = searchKey($('preview-search').value.trim());
  const outlook = $('preview-outlook').value;
  const shown = all.filter((r) => (!key || searchKey(r.unitName).includes(key) || r.unitId.includes(key)) && (!outlook || r.outlook === outlook));

  const counts = Object.entries(OUTLOOK)
    .map(([value, [text]]) => [text, all.filter((r) => r.outlook === value).length])
    .filter(([, count]) => count > 0)
    .map(([text, count]) => `${text.toLowerCase()}: ${formatNumber(count)}`);
  $('preview-summary').textContent = all.length
    ? `${formatNumber(all.length)} thư nhắc đến hạn hôm nay (${counts.join(', ')}).${shown.length < all.length ? ` Đang hiện ${formatNumber(shown.length)}.` : ''}`
    : '';

  let empty = null;
  if (all.length === 0) {
    empty = preview.steps.some((s) => s.step)
      ? 'Hôm nay không có đơn vị nào cần nhắc: các đơn vị đến bước nhắc đều đã đủ bài và đã gửi báo cáo nhanh.'
      : 'Hôm nay không có đơn vị nào cần nhắc: không có bước nhắc nào đến hạn.';
  } else if (shown.length === 0) {
    empty = 'Không có thư nhắc nào phù hợp.';
  }
  replaceChildren($('preview-rows'), empty
    ? el('tr', {}, el('td', { colSpan: 6, id: 'preview-empty' }, empty))
    : shown.map(previewRow));
}

function recordRow(record, step) {
  return el('tr', { 'data-step': record.stepKey, 'data-state': record.state },
    el('th', { scope: 'row', className: 'record-step' }, step),
    el('td', { className: 'record-state' }, badge(STATE[record.state] ?? [record.state, 'badge-pending'])),
    el('td', { className: 'record-time' }, record.finishedAt ?? record.claimedAt,
      record.attempts > 1 ? hint(` (lần thử ${formatNumber(record.attempts)})`) : null),
    el('td', { className: 'record-trigger' }, record.byHand ? record.trigger : 'Tự động'),
    el('td', { className: 'record-recipients' }, record.recipients || '—'),
    el('td', { className: 'record-message-id' }, record.messageId ? el('code', {}, record.messageId) : '—'),
    el('td', { className: 'record-error' }, record.error ?? ''));
}

function renderDigests() {
  replaceChildren($('digests-rows'), preview.digests.length
    ? preview.digests.map((d) => recordRow(d, `Thư tổng hợp ngày ${formatDate(d.stepKey) || d.stepKey}`))
    : el('tr', {}, el('td', { colSpan: 7, id: 'digests-empty' }, 'Chưa có thư tổng hợp nào.')));
}

async function load() {
  try {
    preview = await getJson('/api/organizer/reminders');
  } catch (error) {
    showApiError(message, error);
    return false;
  }
  renderStatus();
  renderPreview();
  renderDigests();
  $('send-now').disabled = false;
  return true;
}

// ---- Send now ---------------------------------------------------------------------------------

function describeRun(run) {
  if (run.paused) return 'Nhắc việc đang tạm dừng nên không thư nào được gửi. Bấm “Tiếp tục nhắc việc” rồi gửi lại.';
  if (run.due === 0) return 'Hôm nay không có thư nhắc nào đến hạn; không gửi thư nào.';
  return [
    `Đã gửi ${formatNumber(run.sent)} thư, ${formatNumber(run.failed)} thư lỗi, ${formatNumber(run.skipped)} đơn vị không có E-mail.`,
    run.alreadyDone ? `${formatNumber(run.alreadyDone)} thư đã gửi từ trước nên không gửi lại.` : null,
    run.failed ? 'Thư lỗi sẽ được gửi lại ở lần nhắc sau; xem lỗi trong lịch sử của đơn vị.' : null,
    run.digestSent ? 'Đã gửi thư tổng hợp cho Ban Tổ chức.' : null,
  ].filter(Boolean).join(' ');
}

async function sendNow() {
  const pending = preview.reminders.filter((r) => r.outlook === 'will-send' || r.outlook === 'will-retry').length;
  const question = preview.switch.paused
    ? 'Nhắc việc đang tạm dừng nên sẽ không thư nào được gửi. Vẫn chạy?'
    : `Gửi ngay các thư nhắc đến hạn hôm nay (${formatNumber(pending)} thư chưa gửi)? Thư đã gửi sẽ không gửi lại.`;
  if (!window.confirm(question)) return;

  const button = $('send-now');
  const result = $('send-result');
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.textContent = 'Đang gửi…';
  result.className = 'notice';
  result.textContent = 'Đang gửi thư nhắc…';
  try {
    const run = await postJson('/api/organizer/reminders/send');
    result.className = `notice ${run.paused || run.failed ? 'notice-warning' : 'notice-success'}`;
    result.textContent = describeRun(run);
    await load();
    if ($('history-unit').value) await loadHistory();
  } catch (error) {
    showApiError(result, error);
  } finally {
    button.removeAttribute('aria-busy');
    button.textContent = 'Gửi ngay';
    button.disabled = preview === null;
  }
}

// ---- A unit's history -------------------------------------------------------------------------

let historyRequest = 0;

async function loadHistory() {
  const unitId = $('history-unit').value;
  const request = ++historyRequest;
  const status = $('history-message');
  if (!unitId) {
    $('history-wrap').hidden = true;
    status.className = 'notice';
    status.textContent = '';
    return;
  }
  let history;
  try {
    history = await getJson(`/api/organizer/reminders/history/${encodeURIComponent(unitId)}`);
  } catch (error) {
    if (request !== historyRequest) return;
    $('history-wrap').hidden = true;
    showApiError(status, error);
    return;
  }
  // A slower answer for a unit chosen earlier must not replace the current one.
  if (request !== historyRequest) return;
  status.className = 'notice';
  status.textContent = history.records.length ? '' : `Chưa có thư nhắc nào cho ${history.unitName}.`;
  $('history-caption').textContent = `Lịch sử nhắc việc của ${history.unitName}`;
  replaceChildren($('history-rows'), history.records.map((r) => recordRow(r, r.label)));
  $('history-wrap').hidden = history.records.length === 0;
}

function showHistoryOf(unitId) {
  const select = $('history-unit');
  select.value = unitId;
  loadHistory();
  $('history').scrollIntoView({ behavior: 'smooth' });
  select.focus({ preventScroll: true });
}

async function loadUnits() {
  try {
    const units = await getJson('/api/organizer/units');
    replaceChildren($('history-unit'),
      el('option', { value: '' }, '– Chọn đơn vị –'),
      units.map((u) => el('option', { value: u.id }, u.active ? u.name : `${u.name} (không tham gia)`)));
  } catch (error) {
    showApiError($('history-message'), error);
  }
}

// ---- Start ------------------------------------------------------------------------------------

replaceChildren($('preview-outlook'), el('option', { value: '' }, 'Tất cả'),
  Object.entries(OUTLOOK).map(([value, [text]]) => el('option', { value }, text)));
$('preview-filter').addEventListener('submit', (event) => event.preventDefault());
$('preview-search').addEventListener('input', () => preview && renderPreview());
$('preview-outlook').addEventListener('input', () => preview && renderPreview());
$('reminders-switch').addEventListener('click', toggleSwitch);
$('send-now').addEventListener('click', sendNow);
$('history-unit').addEventListener('change', loadHistory);

if (await requireOrganizer()) {
  const [loaded] = await Promise.all([load(), loadUnits()]);
  if (loaded) {
    message.className = 'notice';
    message.textContent = '';
  }
}
