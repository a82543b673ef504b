import { getJson, postFile, postJson } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { formatDate } from '../format.js';
import { requireOrganizer, showApiError } from './session.js';

const $ = (id) => document.getElementById(id);
const message = $('units-message');
const OUTCOME = { added: 'Thêm mới', changed: 'Thay đổi', unchanged: 'Không đổi', rejected: 'Bị từ chối' };
let contest = null;
let units = [];

function focalRow(point = {}, index = 0) {
  const input = (field, label, type = 'text') =>
    el('input', { type, name: `focal-${field}`, value: point[field] ?? '', placeholder: label, 'aria-label': `${label} (đầu mối ${index + 1})`, maxLength: 200 });
  return el('div', { className: 'focal-row' }, input('name', 'Họ tên'), input('position', 'Chức vụ'), input('email', 'E-mail', 'email'), input('phone', 'Điện thoại', 'tel'));
}

function editUnit(unit) {
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
  form.scrollIntoView({ behavior: 'smooth' });
}

async function showLink(unit, cell, rotate) {
  if (rotate && !window.confirm(`Cấp đường dẫn mới cho ${unit.name}? Đường dẫn cũ sẽ không dùng được nữa.`)) return;
  try {
    const link = rotate
      ? await postJson(`/api/organizer/units/${encodeURIComponent(unit.id)}/link`)
      : await getJson(`/api/organizer/units/${encodeURIComponent(unit.id)}/link`);
    const url = new URL(link.path, window.location.origin).href;
    replaceChildren(cell,
      el('input', { type: 'text', readOnly: true, value: url, className: 'unit-link', 'aria-label': `Đường dẫn của ${unit.name}` }),
      el('span', { className: 'hint' }, ` Dùng được đến ${formatDate(link.expiresAt)}.`),
      el('a', { href: url, target: '_blank', rel: 'noopener', className: 'open-unit-link' }, ' Mở'));
  } catch (error) {
    showApiError(message, error);
  }
}

function unitRow(unit) {
  const linkCell = el('td', {});
  linkCell.append(
    el('button', { type: 'button', className: 'button button-secondary show-link', onclick: () => showLink(unit, linkCell, false) }, 'Lấy đường dẫn'),
    el('button', { type: 'button', className: 'button button-secondary rotate-link', onclick: () => showLink(unit, linkCell, true) }, 'Cấp đường dẫn mới'));
  const groupName = contest.unitGroups.find((g) => g.id === unit.group)?.name ?? unit.group;
  return el('tr', { 'data-unit': unit.id, className: unit.active ? null : 'inactive' },
    el('th', { scope: 'row' }, el('button', { type: 'button', className: 'link-button', onclick: () => editUnit(unit) }, unit.name),
      el('span', { className: 'hint' }, ` · ${unit.id}${unit.parentId ? ` · thuộc ${unit.parentId}` : ''}`)),
    el('td', {}, groupName),
    el('td', {}, unit.focalPoints.length
      ? unit.focalPoints.map((p) => el('div', {}, [p.name, p.position, p.email, p.phone].filter(Boolean).join(' · ')))
      : el('span', { className: 'badge badge-missing' }, 'Chưa có đầu mối')),
    el('td', { className: 'num' }, String(unit.minimumEntries)),
    el('td', {}, unit.active ? 'Có' : 'Không'),
    linkCell);
}

async function load() {
  try {
    units = await getJson('/api/organizer/units');
  } catch (error) {
    showApiError(message, error);
    return;
  }
  replaceChildren($('units-rows'), units.map(unitRow));
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
