import { deleteJson, getJson, postJson } from '../api.js';
import { el } from '../dom.js';
import { formatDate } from '../format.js';
import { requireOrganizer, showApiError } from './session.js';

const ROLES = { organizer: 'Ban Tổ chức', judge: 'Ban Giám khảo' };
const rows = document.getElementById('staff-rows');
const message = document.getElementById('staff-message');
const form = document.getElementById('staff-form');
const heading = document.getElementById('staff-form-title');

// By name as a person looks for it ("Ủy ban nhân dân phường 1" before "… phường 2"), never by internal id.
const byName = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

async function loadUnits() {
  const units = await getJson('/api/units');
  units.sort((a, b) => byName.compare(a.name, b.name));
  form.elements.unitId.append(...units.map((unit) => el('option', { value: unit.id }, unit.name)));
}

/** The unit's option, added when the judge's unit has since stopped taking part (so an edit keeps it). */
function unitOption(member) {
  const select = form.elements.unitId;
  if (!member.unitId || [...select.options].some((option) => option.value === member.unitId)) return;
  select.append(el('option', { value: member.unitId }, `${member.unitName ?? member.unitId} (đã ngừng tham gia)`));
}

/** Fills the form with a member's details, so saving changes them instead of starting afresh. */
function edit(member) {
  form.reset();
  form.elements.email.value = member.email;
  form.elements.name.value = member.name;
  for (const box of form.querySelectorAll('input[name="roles"]')) box.checked = member.roles.includes(box.value);
  unitOption(member);
  form.elements.unitId.value = member.unitId ?? '';
  heading.textContent = `Sửa thông tin cán bộ ${member.email}`;
  form.scrollIntoView({ block: 'start' });
  form.elements.name.focus();
}

async function load() {
  try {
    const staff = await getJson('/api/organizer/staff');
    rows.replaceChildren(...staff.map((member) => el('tr', { 'data-email': member.email },
      el('th', { scope: 'row' }, member.email),
      el('td', {}, member.name),
      el('td', {}, member.roles.map((r) => ROLES[r] ?? r).join(', ')),
      el('td', { className: 'staff-unit' }, member.unitName ?? 'Không thuộc đơn vị dự thi'),
      el('td', {}, member.fromSettings ? 'Cấu hình hệ thống' : `${member.addedBy} (${formatDate(member.addedAt)})`),
      el('td', {}, member.fromSettings ? null : el('div', { className: 'actions' },
        // The name says whom: a screen reader's list of buttons otherwise reads "Sửa, Xóa, Sửa, Xóa…".
        el('button', {
          type: 'button', className: 'button button-secondary staff-edit', 'aria-label': `Sửa ${member.email}`, onclick: () => edit(member),
        }, 'Sửa'),
        el('button', {
          type: 'button', className: 'button button-secondary', 'aria-label': `Xóa ${member.email}`, onclick: () => remove(member.email),
        }, 'Xóa'))))));
  } catch (error) {
    showApiError(message, error);
  }
}

async function remove(email) {
  if (!window.confirm(`Xóa ${email} khỏi danh sách cán bộ?`)) return;
  try {
    await deleteJson(`/api/organizer/staff/${encodeURIComponent(email)}`);
    message.className = 'notice notice-success';
    message.textContent = `Đã xóa ${email}.`;
    await load();
  } catch (error) {
    showApiError(message, error);
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = {
    email: form.elements.email.value.trim(),
    name: form.elements.name.value.trim(),
    roles: [...form.querySelectorAll('input[name="roles"]:checked')].map((box) => box.value),
    unitId: form.elements.unitId.value,
  };
  try {
    await postJson('/api/organizer/staff', body);
    message.className = 'notice notice-success';
    message.textContent = `Đã lưu ${body.email}.`;
    form.reset();
    heading.textContent = 'Thêm hoặc sửa cán bộ';
    await load();
  } catch (error) {
    showApiError(message, error);
  }
});

if (await requireOrganizer()) {
  try {
    await loadUnits();
  } catch (error) {
    showApiError(message, error);
  }
  load();
}
