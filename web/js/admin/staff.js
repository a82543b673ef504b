import { deleteJson, getJson, postJson } from '../api.js';
import { el } from '../dom.js';
import { formatDate } from '../format.js';
import { requireOrganizer, showApiError } from './session.js';

const ROLES = { organizer: 'Ban Tổ chức', judge: 'Ban Giám khảo' };
const rows = document.getElementById('staff-rows');
const message = document.getElementById('staff-message');
const form = document.getElementById('staff-form');
const unitNames = new Map();

async function loadUnits() {
  const units = await getJson('/api/units');
  for (const unit of units) unitNames.set(unit.id, unit.name);
  form.elements.unitId.append(...units.map((unit) => el('option', { value: unit.id }, unit.name)));
}

async function load() {
  try {
    const staff = await getJson('/api/organizer/staff');
    rows.replaceChildren(...staff.map((member) => el('tr', { 'data-email': member.email },
      el('th', { scope: 'row' }, member.email),
      el('td', {}, member.name),
      el('td', {}, member.roles.map((r) => ROLES[r] ?? r).join(', ')),
      el('td', {}, member.unitId ? (unitNames.get(member.unitId) ?? member.unitId) : '—'),
      el('td', {}, member.fromSettings ? 'Cấu hình hệ thống' : `${member.addedBy} (${formatDate(member.addedAt)})`),
      el('td', {}, member.fromSettings ? null : el('button', {
        type: 'button', className: 'button button-secondary', onclick: () => remove(member.email),
      }, 'Xóa')))));
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
