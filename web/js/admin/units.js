import '../file-picker.js';
import { getJson, postFile, postJson } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { formatDate, formatDateTime, formatNumber } from '../format.js';
import { requireOrganizer, showApiError } from './session.js';
import { groupsOf, indent, renderUnitGroups } from './unit-list.js';
import { KIND, STATUS } from './message-labels.js';
import { withContest } from '../page-contest.js';

const $ = (id) => document.getElementById(id);
const message = $('units-message');
const OUTCOME = { added: 'Thêm mới', changed: 'Thay đổi', unchanged: 'Không đổi', rejected: 'Bị từ chối' };
const table = $('units-table');
const search = $('units-search');
const sort = $('units-sort');
let contest = null;
let units = [];
// Links shown so far (unit id → { url, expiresAt }): they stay open when the list is searched or sorted again.
const links = new Map();
// Late-entry links issued so far (unit id → { url, expiresAt }), kept open the same way.
const lateLinks = new Map();
// How long a late-entry link issued from this page lets the unit in after closing (or after now, once closed).
const LATE_DAYS = 7;

/** One focal point's fields, each with its own visible label. */
function focalRow(point = {}, index = 0) {
  const field = (name, label, type = 'text', autocomplete = 'off') => {
    const id = `focal-${index}-${name}`;
    return el('div', { className: 'field' },
      el('label', { htmlFor: id }, label),
      el('input', { id, type, name: `focal-${name}`, value: point[name] ?? '', maxLength: 200, autocomplete }));
  };
  return el('fieldset', { className: 'focal-row' },
    el('legend', {}, `Đầu mối ${index + 1}`),
    field('name', 'Họ và tên'), field('position', 'Chức vụ'), field('email', 'E-mail', 'email'), field('phone', 'Điện thoại', 'tel'));
}

/** Unit id → its mail (GET /api/organizer/messages/units): addresses that bounced, its last reminder. */
let mail = new Map();

/** The unit's messages and what became of each, under the form that edits it. */
async function showUnitMessages(unit) {
  const section = $('unit-messages');
  section.hidden = false;
  $('unit-messages-title').textContent = `Thư đã gửi cho đơn vị: ${unit.name}`;
  $('unit-messages-link').href = withContest(`/admin/messages.html?unitId=${encodeURIComponent(unit.id)}`);
  try {
    const list = await getJson(`/api/organizer/messages?unitId=${encodeURIComponent(unit.id)}`);
    $('unit-messages-status').textContent = list.total ? `${formatNumber(list.total)} thư.` : 'Chưa có thư nào gửi cho đơn vị.';
    replaceChildren($('unit-messages-rows'), list.messages.map((m) => {
      const [text, badge] = STATUS[m.status] ?? [m.statusLabel, 'badge-pending'];
      return el('tr', { 'data-message': m.id, 'data-status': m.status },
        el('td', {}, m.sentAt), el('td', {}, KIND[m.kind] ?? m.kind), el('td', {}, m.to),
        el('td', {}, el('span', { className: `badge ${badge}` }, text), m.reason ? el('span', { className: 'hint' }, ` ${m.reason}`) : null));
    }));
  } catch (error) {
    showApiError($('unit-messages-status'), error);
  }
}

/** A focal point's address that did not take mail is flagged beside it. */
function focalLine(unit, p) {
  const unreachable = mail.get(unit.id)?.unreachable.some((e) => e.toLowerCase() === p.email.toLowerCase());
  return el('div', {}, [p.name, p.position, p.email, p.phone].filter(Boolean).join(' · '),
    unreachable ? [' ', el('span', { className: 'badge badge-missing unit-unreachable' }, 'E-mail không tới được')] : null);
}

function editUnit(unit) {
  showUnitMessages(unit);
  const form = $('unit-form');
  form.elements.id.value = unit.id;
  form.elements.id.readOnly = true;
  form.elements.name.value = unit.name;
  form.elements.group.value = unit.group;
  form.elements.parentId.value = unit.parentId ?? '';
  form.elements.minimumEntries.value = unit.minimumEntries;
  form.elements.active.checked = unit.active;
  replaceChildren($('focal-points'), [...unit.focalPoints, {}].slice(0, 5).map(focalRow));
  $('unit-form-title').textContent = `Sửa đơn vị: ${unit.name}`;
  // Keyboard and screen-reader users land in the form they opened, on the first field they can change.
  form.elements.name.focus();
}

/** "mailto:" to the unit's focal points with the link in a short letter, or null when none has an e-mail. */
function mailLink(unit, url, expiresAt) {
  const to = unit.focalPoints.map((p) => p.email).filter(Boolean);
  if (to.length === 0) return null;
  const subject = `Đường dẫn riêng của ${unit.name} – Cuộc thi viết về gương điển hình tiên tiến`;
  const body = [
    `Kính gửi cán bộ đầu mối của ${unit.name},`,
    '',
    'Ban Tổ chức gửi đường dẫn riêng của đơn vị. Qua đường dẫn này, đơn vị theo dõi bài dự thi của đơn vị, nộp bài thay tác giả và gửi báo cáo nhanh:',
    url,
    '',
    `Đường dẫn dùng được đến ngày ${formatDate(expiresAt)}. Đề nghị không chuyển đường dẫn cho người ngoài đơn vị.`,
    '',
    'Trân trọng,',
    'Ban Tổ chức cuộc thi',
  ].join('\r\n');
  return `mailto:${to.join(',')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

async function copyLink(input, status) {
  try {
    await navigator.clipboard.writeText(input.value);
  } catch {
    // Without clipboard access (an old browser, a page not served over HTTPS), copying the selection still works.
    input.select();
    document.execCommand('copy');
  }
  status.textContent = 'Đã sao chép đường dẫn.';
}

/** The row under a unit that holds its link, what to do with it and, set apart, the way to replace it. */
function linkRow(unit) {
  const { url, expiresAt, note } = links.get(unit.id);
  const inputId = `link-${unit.id}`;
  const input = el('input', { type: 'text', id: inputId, readOnly: true, value: url, className: 'unit-link' });
  const status = el('p', { className: 'link-status', role: 'status' }, note ?? '');
  const mail = mailLink(unit, url, expiresAt);
  const rotate = el('button', { type: 'button', className: 'button button-danger rotate-link' }, 'Cấp đường dẫn mới…');
  rotate.addEventListener('click', () => confirmRotate(unit, rotate));
  const copy = el('button', { type: 'button', className: 'button button-secondary copy-link' }, 'Sao chép');
  copy.addEventListener('click', () => copyLink(input, status));
  return el('tr', { className: 'unit-link-row', 'data-unit-link': unit.id },
    el('td', { colSpan: 5 },
      el('div', { className: 'unit-link-panel' },
        el('label', { htmlFor: inputId }, `Đường dẫn riêng của ${unit.name}`),
        input,
        el('p', { className: 'hint' }, `Dùng được đến ngày ${formatDate(expiresAt)}. Gửi đường dẫn này cho cán bộ đầu mối của đơn vị.`),
        el('div', { className: 'actions' },
          copy,
          mail
            ? el('a', { className: 'button button-secondary mail-link', href: mail }, 'Gửi e-mail cho đầu mối')
            : el('span', { className: 'hint' }, 'Đơn vị chưa có e-mail đầu mối để gửi.'),
          el('a', { href: url, target: '_blank', rel: 'noopener', className: 'button button-secondary open-unit-link' }, 'Mở đường dẫn')),
        status,
        el('div', { className: 'danger-zone' },
          el('p', { className: 'hint' }, 'Chỉ khi đường dẫn bị lộ hoặc thất lạc: cấp đường dẫn mới. Đường dẫn cũ sẽ không dùng được nữa.'),
          rotate))));
}

async function showLink(unit, rotate) {
  try {
    const path = `/api/organizer/units/${encodeURIComponent(unit.id)}/link`;
    const link = rotate ? await postJson(path) : await getJson(path);
    links.set(unit.id, {
      url: new URL(link.path, window.location.origin).href,
      expiresAt: link.expiresAt,
      note: rotate ? `Đã cấp đường dẫn mới cho ${unit.name}; đường dẫn cũ không còn dùng được.` : null,
    });
    renderUnits();
    table.querySelector(`tr[data-unit-link="${CSS.escape(unit.id)}"] .unit-link`)?.focus();
  } catch (error) {
    showApiError(message, error);
  }
}

// Replacing a link cuts the unit off until it gets the new one: ask in the page, focus on "keep", and give focus
// back to the button that asked when the dialog closes without replacing.
const rotateDialog = $('rotate-dialog');
let rotating = null;

function confirmRotate(unit, trigger) {
  rotating = { unit, trigger };
  $('rotate-title').textContent = `Cấp đường dẫn mới cho ${unit.name}?`;
  $('rotate-text').textContent = 'Đường dẫn đang dùng sẽ không mở được nữa. Đơn vị chỉ vào được trang riêng khi nhận được đường dẫn mới.';
  rotateDialog.returnValue = '';
  rotateDialog.showModal();
  $('rotate-cancel').focus();
}

$('rotate-cancel').addEventListener('click', () => rotateDialog.close('cancel'));
$('rotate-confirm').addEventListener('click', () => rotateDialog.close('confirm'));
rotateDialog.addEventListener('close', () => {
  const { unit, trigger } = rotating ?? {};
  rotating = null;
  if (!unit) return;
  if (rotateDialog.returnValue === 'confirm') showLink(unit, true);
  else trigger.focus();
});

/** The row under a unit with its late-entry link (đường dẫn nộp muộn), to copy and send to the unit. */
function lateLinkRow(unit) {
  const { url, expiresAt } = lateLinks.get(unit.id);
  const inputId = `late-link-${unit.id}`;
  const input = el('input', { type: 'text', id: inputId, readOnly: true, value: url, className: 'late-link' });
  const status = el('p', { className: 'link-status', role: 'status' });
  const copy = el('button', { type: 'button', className: 'button button-secondary copy-late-link' }, 'Sao chép');
  copy.addEventListener('click', () => copyLink(input, status));
  return el('tr', { className: 'unit-link-row', 'data-late-link': unit.id },
    el('td', { colSpan: 5 },
      el('div', { className: 'unit-link-panel' },
        el('label', { htmlFor: inputId }, `Đường dẫn nộp muộn của ${unit.name}`),
        input,
        el('p', { className: 'hint' }, `Mở mẫu gửi bài cho đơn vị sau khi hết hạn nhận bài, đến ${formatDateTime(expiresAt)}. Bài gửi qua đường dẫn này được ghi là nộp muộn (có phép).`),
        el('div', { className: 'actions' }, copy),
        status)));
}

async function issueLateLink(unit) {
  try {
    const from = Math.max(Date.now(), Date.parse(contest.submissionClosesAt));
    const link = await postJson('/api/organizer/late-links', {
      unitId: unit.id,
      expiresAt: new Date(from + LATE_DAYS * 24 * 60 * 60 * 1000).toISOString(),
    });
    lateLinks.set(unit.id, { url: new URL(link.path, window.location.origin).href, expiresAt: link.expiresAt });
    renderUnits();
    table.querySelector(`tr[data-late-link="${CSS.escape(unit.id)}"] .late-link`)?.focus();
  } catch (error) {
    showApiError(message, error);
  }
}

function unitRow(unit, depth) {
  const edit = el('button', { type: 'button', className: 'link-button' }, unit.name);
  edit.addEventListener('click', () => editUnit(unit));
  const show = el('button', { type: 'button', className: 'button button-secondary show-link' }, 'Lấy đường dẫn');
  show.addEventListener('click', () => showLink(unit, false));
  const late = el('button', { type: 'button', className: 'button button-secondary issue-late-link' }, 'Cấp đường dẫn nộp muộn');
  late.addEventListener('click', () => issueLateLink(unit));
  const row = el('tr', { 'data-unit': unit.id, className: unit.active ? null : 'inactive' },
    el('th', { scope: 'row', style: indent(depth) }, edit,
      // The id is the unit's key in import files and links, shown as a code; the parent reads by its name.
      el('span', { className: 'hint' }, ' · mã ', el('code', {}, unit.id),
        unit.parentId ? ` · thuộc ${units.find((u) => u.id === unit.parentId)?.name ?? 'một đơn vị không còn trong danh sách'}` : '')),
    el('td', {}, unit.focalPoints.length
      ? unit.focalPoints.map((p) => focalLine(unit, p))
      : el('span', { className: 'badge badge-missing' }, 'Chưa có đầu mối')),
    el('td', { className: 'num' }, String(unit.minimumEntries)),
    el('td', {}, unit.active ? 'Có' : 'Không'),
    el('td', {}, show, ' ', late));
  return [row, links.has(unit.id) ? linkRow(unit) : null, lateLinks.has(unit.id) ? lateLinkRow(unit) : null].filter(Boolean);
}

function renderUnits() {
  const shown = renderUnitGroups(table, groupsOf(units, contest.unitGroups), { search: search.value, sort: sort.value, colSpan: 5, rows: unitRow });
  $('units-count').textContent = search.value.trim() ? `Tìm thấy ${formatNumber(shown)} đơn vị.` : `${formatNumber(shown)} đơn vị.`;
}

async function load() {
  try {
    const [register, unitMail] = await Promise.all([getJson('/api/organizer/units'), getJson('/api/organizer/messages/units')]);
    units = register;
    mail = new Map(unitMail.units.map((m) => [m.unitId, m]));
  } catch (error) {
    showApiError(message, error);
    return;
  }
  renderUnits();
  const parent = $('unit-parent');
  replaceChildren(parent, el('option', { value: '' }, '(không có)'), units.map((u) => el('option', { value: u.id }, u.name)));
}

let importFile = null;

async function preview(apply) {
  const file = $('import-file').files[0];
  if (!file) {
    $('import-summary').textContent = 'Hãy chọn tệp danh sách đơn vị.';
    return;
  }
  importFile = file;
  try {
    const result = await postFile(`/api/organizer/units/import${apply ? '?apply=true' : ''}`, file);
    $('import-summary').className = result.rejected ? 'notice notice-warning' : 'notice notice-success';
    $('import-summary').textContent = apply
      ? `Đã nhập: ${result.added} đơn vị thêm mới, ${result.changed} đơn vị thay đổi.`
      : `Xem trước: ${result.added} thêm mới, ${result.changed} thay đổi, ${result.unchanged} không đổi, ${result.rejected} bị từ chối.`
        + (result.rejected ? ' Hãy sửa các dòng bị từ chối rồi xem trước lại; chưa có gì được ghi.' : ' Bấm “Nhập” để ghi.');
    replaceChildren($('import-preview-rows'), result.lines.map((line) => el('tr', { className: line.outcome === 'rejected' ? 'missing' : null, 'data-line': line.line },
      el('td', {}, String(line.line)), el('td', {}, line.id), el('td', {}, line.name),
      el('td', {}, OUTCOME[line.outcome] ?? line.outcome), el('td', {}, line.notes.join(' ')))));
    $('import-preview-wrap').hidden = false;
    $('import-apply').disabled = apply || result.rejected > 0;
    if (apply) await load();
  } catch (error) {
    $('import-apply').disabled = true;
    showApiError($('import-summary'), error);
  }
}

for (const control of [search, sort]) control.addEventListener('input', () => contest && renderUnits());
$('units-filter').addEventListener('submit', (event) => event.preventDefault());
$('import-preview').addEventListener('click', () => preview(false));
$('import-apply').addEventListener('click', () => importFile && preview(true));
$('import-file').addEventListener('change', () => { $('import-apply').disabled = true; });

$('unit-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = $('unit-form');
  const focalPoints = [...form.querySelectorAll('.focal-row')].map((row) => ({
    name: row.querySelector('[name="focal-name"]').value,
    position: row.querySelector('[name="focal-position"]').value,
    email: row.querySelector('[name="focal-email"]').value,
    phone: row.querySelector('[name="focal-phone"]').value,
  }));
  try {
    const saved = await postJson('/api/organizer/units', {
      id: form.elements.id.value,
      name: form.elements.name.value,
      group: form.elements.group.value,
      parentId: form.elements.parentId.value || null,
      minimumEntries: Number(form.elements.minimumEntries.value || 1),
      active: form.elements.active.checked,
      focalPoints,
    });
    message.className = 'notice notice-success';
    message.textContent = `Đã lưu ${saved.name}.`;
    form.reset();
    form.elements.id.readOnly = false;
    replaceChildren($('focal-points'), [focalRow({}, 0), focalRow({}, 1)]);
    await load();
  } catch (error) {
    showApiError(message, error);
  }
});

if (await requireOrganizer()) {
  contest = await getJson('/api/contest');
  replaceChildren($('unit-group'), contest.unitGroups.map((g) => el('option', { value: g.id }, g.name)));
  replaceChildren($('focal-points'), [focalRow({}, 0), focalRow({}, 1)]);
  await load();
}
