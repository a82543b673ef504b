// The contest's e-mail templates: pick a kind, edit its subject and body beside the fields it offers, save naming the
// version read (a 412 says someone saved since), reset to the default, and preview the unsaved text with a real
// unit's or entry's data. The server checks the fields; its field errors land beside the controls.
import { ApiError, deleteJson, getJson, postJson, versioned } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { formatDateTime } from '../format.js';
import { FormErrors, showFieldError } from '../form-errors.js';
import { confirmAct } from '../confirm.js';
import { requireOrganizer, showApiError } from './session.js';
import { showMailHtml } from './mail-html.js';

const $ = (id) => document.getElementById(id);
const message = $('templates-message');
const form = $('template-form');
const kindSelect = $('template-kind');

const required = (what) => (value) => (value.trim() ? '' : `Vui lòng nhập ${what}.`);
const errors = new FormErrors(form, $('template-summary'), {
  controlIdFor: (key) => ({ subject: 'template-subject', body: 'template-body', entryId: 'preview-entry' })[key] ?? null,
  validators: { subject: required('tiêu đề thư'), body: required('nội dung thư') },
});
errors.wire();

let current = null;
let version = null;

function say(text, kind = 'notice-success') {
  message.hidden = false;
  message.className = `notice ${kind}`;
  message.textContent = text;
}

function render(template) {
  current = template;
  $('template-subject').value = template.subject;
  $('template-body').value = template.body;
  $('template-state').textContent = template.isDefault
    ? 'Đang dùng mẫu mặc định của hệ thống.'
    : `Mẫu riêng của cuộc thi, lưu bởi ${template.savedBy ?? ''}${template.savedAt ? ` lúc ${formatDateTime(template.savedAt)}` : ''}.`;
  replaceChildren($('placeholders'), template.placeholders.flatMap((p) => [
    el('dt', {}, el('code', {}, `{{${p.name}}}`)),
    el('dd', {}, p.meaning, el('span', { className: 'hint' }, ` Ví dụ: ${p.example.split('\n')[0]}`)),
  ]));
  $('preview-unit-field').hidden = template.previewWith !== 'unit';
  $('preview-entry-field').hidden = template.previewWith !== 'entry';
  $('template-reset').disabled = template.isDefault;
  $('template-save').disabled = false;
  $('preview-show').disabled = false;
  $('preview-result').hidden = true;
  $('preview-message').hidden = true;
}

async function load(kind) {
  errors.clear();
  try {
    const read = await versioned.get(`/api/organizer/templates/${encodeURIComponent(kind)}`);
    version = read.version;
    render(read.body);
    message.hidden = true;
  } catch (error) {
    showApiError(message, error);
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const found = errors.checkAll();
  if (Object.keys(found).length) {
    errors.showProblem({ title: 'Mẫu thư chưa hợp lệ', errors: found });
    return;
  }
  const button = $('template-save');
  button.disabled = true;
  try {
    const saved = await versioned.put(`/api/organizer/templates/${encodeURIComponent(current.kind)}`,
      { subject: $('template-subject').value, body: $('template-body').value }, version);
    version = saved.version;
    errors.clear();
    render(saved.body);
    say('Đã lưu mẫu thư. Các thư loại này gửi từ bây giờ dùng nội dung mới.');
    refreshList();
  } catch (error) {
    button.disabled = false;
    if (error instanceof ApiError && error.status === 400) errors.showProblem(error.problem, 'Mẫu thư chưa hợp lệ');
    else showApiError(message, error);
  }
});

$('template-reset').addEventListener('click', async () => {
  const { confirmed } = await confirmAct({
    title: 'Khôi phục mẫu mặc định?',
    lines: [`Nội dung riêng của mẫu “${current.title}” sẽ bị xóa; thư loại này sẽ gửi theo mẫu mặc định của hệ thống.`],
    confirmLabel: 'Khôi phục mẫu mặc định',
  });
  if (!confirmed) return;
  try {
    await deleteJson(`/api/organizer/templates/${encodeURIComponent(current.kind)}`);
    await load(current.kind);
    say('Đã khôi phục mẫu mặc định.');
    refreshList();
  } catch (error) {
    showApiError(message, error);
  }
});

$('preview-show').addEventListener('click', async () => {
  const note = $('preview-message');
  showFieldError('preview-entry', '');
  try {
    const body = { subject: $('template-subject').value, body: $('template-body').value };
    if (current.previewWith === 'unit') body.unitId = $('preview-unit').value || null;
    if (current.previewWith === 'entry') body.entryId = $('preview-entry').value.trim() || null;
    const preview = await postJson(`/api/organizer/templates/${encodeURIComponent(current.kind)}/preview`, body);
    note.hidden = true;
    $('preview-about').textContent = preview.about;
    $('preview-subject').textContent = preview.subject;
    showMailHtml($('preview-html'), preview.html);
    $('preview-text').textContent = preview.plainText;
    $('preview-result').hidden = false;
  } catch (error) {
    $('preview-result').hidden = true;
    note.hidden = false;
    if (error instanceof ApiError && error.status === 400) errors.showProblem(error.problem, 'Mẫu thư chưa hợp lệ');
    showApiError(note, error);
  }
});

kindSelect.addEventListener('change', () => load(kindSelect.value));

async function refreshList() {
  const list = await getJson('/api/organizer/templates');
  const chosen = kindSelect.value;
  replaceChildren(kindSelect, list.templates.map((t) =>
    el('option', { value: t.kind }, t.isDefault ? t.title : `${t.title} – mẫu riêng`)));
  if (chosen) kindSelect.value = chosen;
  kindSelect.disabled = false;
}

async function start() {
  if (!(await requireOrganizer())) return;
  try {
    await refreshList();
    const units = await getJson('/api/organizer/units');
    replaceChildren($('preview-unit'), units.filter((u) => u.active).map((u) => el('option', { value: u.id }, u.name)));
    const wanted = new URLSearchParams(window.location.search).get('kind');
    if (wanted && [...kindSelect.options].some((o) => o.value === wanted)) kindSelect.value = wanted;
    await load(kindSelect.value);
  } catch (error) {
    showApiError(message, error);
  }
}

start();
