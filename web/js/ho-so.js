// The entrant's own page (Law 91/2025/QH15): opened with the entry id and receipt code (sent in a header, never in
// a URL the server logs), it shows everything stored, lets the entrant correct details, replace the file and
// withdraw until submission closes, download the data, and after closing file an erasure or correction request.

import { ApiError, contentTypeOf, getJson, postJson, putJson, uploadBlob } from './api.js';
import { el, replaceChildren } from './dom.js';
import { formatDateTime, formatFileSize } from './format.js';

const $ = (id) => document.getElementById(id);
const message = $('record-message');
const record = $('record');
let entryId = '';
let code = '';

const STATUS = { received: 'Đã nhận', pending: 'Chưa hoàn tất', withdrawn: 'Đã rút' };
const CHANGE = { correction: 'Sửa thông tin', file: 'Thay tệp bài viết' };
const KIND = { erasure: 'Xóa dữ liệu', correction: 'Chỉnh sửa dữ liệu' };
const DECISION = { open: 'Đang chờ xem xét', granted: 'Chấp thuận', refused: 'Từ chối' };

const headers = () => ({ 'X-Receipt-Code': code });
const api = (path = '') => `/api/entries/${encodeURIComponent(entryId)}${path}`;

function say(text, kind = 'notice-success') {
  message.className = `notice ${kind}`;
  message.textContent = text;
}

function showError(error, fallback) {
  if (!(error instanceof ApiError)) console.error(error);
  const problem = error instanceof ApiError ? error.problem : { title: fallback };
  for (const node of document.querySelectorAll('#record .field-error')) node.textContent = '';
  for (const [key, messages] of Object.entries(problem.errors ?? {})) {
    const target = $(`${key.replaceAll('.', '-')}-error`) ?? $('file-error');
    if (target) target.textContent = [].concat(messages).join(' ');
  }
  const details = Object.values(problem.errors ?? {}).flat();
  say([problem.title, problem.detail, ...details].filter(Boolean).join(' '), 'notice-error');
  message.focus();
}

function section(title, id, pairs, ...more) {
  return el('section', { className: 'card', id, 'aria-labelledby': `${id}-title` },
    el('h2', { id: `${id}-title` }, title),
    el('dl', { className: 'details' }, pairs.filter(([, value]) => value !== null && value !== undefined && value !== '')
      .flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, String(value))])),
    ...more);
}

function field(id, label, value, { type = 'text', multiline = false } = {}) {
  const control = multiline
    ? el('textarea', { id, rows: 4, 'aria-describedby': `${id}-error` }, value ?? '')
    : el('input', { id, type, value: value ?? '', autocomplete: 'off', 'aria-describedby': `${id}-error` });
  return el('div', { className: 'field' }, el('label', { htmlFor: id }, label), control, el('p', { className: 'field-error', id: `${id}-error` }));
}

function correctionForm(entry) {
  const a = entry.author;
  const s = entry.subject;
  const form = el('form', { id: 'correct-form', className: 'card', novalidate: true },
    el('h2', {}, 'Sửa thông tin'),
    el('p', { className: 'hint' }, `Được sửa đến ${formatDateTime(entry.submissionClosesAt)}. Thông tin cũ được lưu thành một phiên bản.`),
    field('author-fullName', 'Họ và tên tác giả', a.fullName),
    field('author-birthYear', 'Năm sinh', String(a.birthYear || '')),
    field('author-occupation', 'Nghề nghiệp', a.occupation),
    field('author-workplace', 'Nơi công tác, học tập', a.workplace),
    field('author-address', 'Địa chỉ', a.address),
    field('author-phone', 'Số điện thoại', a.phone, { type: 'tel' }),
    field('author-email', 'E-mail', a.email, { type: 'email' }),
    field('subject-name', 'Tên người hoặc tập thể được viết về', s.name),
    field('subject-address', 'Địa chỉ của người hoặc tập thể được viết về', s.address),
    field('subject-summary', 'Tóm tắt việc làm, thành tích', s.summary, { multiline: true }),
    el('button', { className: 'button button-primary', type: 'submit', id: 'correct-submit' }, 'Lưu thông tin đã sửa'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (id) => $(id).value.trim();
    try {
      const saved = await putJson(api('/personal-data'), {
        author: {
          fullName: value('author-fullName'), birthYear: Number(value('author-birthYear')), occupation: value('author-occupation'),
          workplace: value('author-workplace'), address: value('author-address'), phone: value('author-phone'), email: value('author-email'),
        },
        subject: { name: value('subject-name'), address: value('subject-address'), summary: value('subject-summary') },
      }, headers());
      render(saved);
      say(`Đã lưu thông tin đã sửa (phiên bản ${saved.revision}).`);
      message.focus();
    } catch (error) {
      showError(error, 'Chưa lưu được thông tin.');
    }
  });
  return form;
}

function fileForm(entry) {
  const form = el('form', { id: 'file-form', className: 'card', novalidate: true },
    el('h2', {}, 'Thay tệp bài viết'),
    el('p', { className: 'hint', id: 'file-hint' }, `Tệp hiện tại: ${entry.fileName} (${formatFileSize(entry.fileSize)}). Tệp mới được kiểm tra như khi gửi bài; tệp cũ bị xóa.`),
    el('div', { className: 'field' },
      el('label', { htmlFor: 'file' }, 'Chọn tệp mới'),
      el('input', { id: 'file', type: 'file', accept: '.docx,.doc,.pdf', 'aria-describedby': 'file-hint file-error' }),
      el('p', { className: 'field-error', id: 'file-error' })),
    el('button', { className: 'button button-secondary', type: 'submit', id: 'file-submit' }, 'Thay tệp'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = $('file').files[0];
    if (!file) {
      $('file-error').textContent = 'Vui lòng chọn tệp mới.';
      return;
    }
    const description = { name: file.name, size: file.size, contentType: contentTypeOf(file) };
    try {
      say('Đang tải tệp mới lên…', 'notice');
      const ticket = await postJson(api('/personal-data/file'), description, headers());
      await uploadBlob(ticket.uploadUrl, file, () => {});
      const saved = await postJson(api('/personal-data/file/confirm'), description, headers());
      render(saved);
      say(`Đã thay tệp bài viết (phiên bản ${saved.revision}).`);
      message.focus();
    } catch (error) {
      showError(error, 'Chưa thay được tệp.');
    }
  });
  return form;
}

function withdrawPanel() {
  const confirm = el('button', { className: 'button button-danger', type: 'button', id: 'withdraw-confirm', hidden: true }, 'Xác nhận rút bài');
  const start = el('button', { className: 'button button-secondary', type: 'button', id: 'withdraw-start' }, 'Rút bài dự thi');
  const warning = el('p', { id: 'withdraw-warning', hidden: true, className: 'notice notice-warning' },
    'Rút bài là không thể hoàn tác: bài không còn được tính và chấm; tệp bài viết và thông tin tác giả bị xóa. Bấm “Xác nhận rút bài” để rút.');
  start.addEventListener('click', () => {
    warning.hidden = false;
    confirm.hidden = false;
    confirm.focus();
  });
  confirm.addEventListener('click', async () => {
    try {
      const saved = await postJson(api('/withdraw'), undefined, headers());
      render(saved);
      say('Đã rút bài dự thi. Tệp bài viết và thông tin tác giả đã được xóa.');
      message.focus();
    } catch (error) {
      showError(error, 'Chưa rút được bài.');
    }
  });
  return el('section', { className: 'card', id: 'withdraw', 'aria-labelledby': 'withdraw-title' },
    el('h2', { id: 'withdraw-title' }, 'Rút bài dự thi'), el('p', { className: 'actions' }, start, confirm), warning);
}

function requestForm() {
  const form = el('form', { id: 'request-form', className: 'card', novalidate: true },
    el('h2', {}, 'Gửi yêu cầu xóa hoặc chỉnh sửa dữ liệu'),
    el('p', { className: 'hint' }, 'Đã hết hạn nhận bài: Ban Tổ chức xem xét yêu cầu, quyết định và ghi rõ lý do. Họ tên, tên tác phẩm của tác giả đoạt giải đã công bố có thể được giữ trong hồ sơ kết quả.'),
    el('fieldset', { id: 'kind' },
      el('legend', {}, 'Loại yêu cầu'),
      el('div', { className: 'field-check' }, el('input', { type: 'radio', name: 'kind', id: 'kind-erasure', value: 'erasure' }), el('label', { htmlFor: 'kind-erasure' }, 'Xóa dữ liệu')),
      el('div', { className: 'field-check' }, el('input', { type: 'radio', name: 'kind', id: 'kind-correction', value: 'correction' }), el('label', { htmlFor: 'kind-correction' }, 'Chỉnh sửa dữ liệu')),
      el('p', { className: 'field-error', id: 'kind-error' })),
    field('details', 'Nội dung yêu cầu', '', { multiline: true }),
    el('button', { className: 'button button-primary', type: 'submit', id: 'request-submit' }, 'Gửi yêu cầu'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await postJson(api('/privacy-requests'), { kind: form.querySelector('input[name=kind]:checked')?.value ?? '', details: $('details').value.trim() }, headers());
      render(await getJson(api('/personal-data'), headers()));
      say('Đã gửi yêu cầu. Ban Tổ chức sẽ xem xét và trả lời trên trang này.');
      message.focus();
    } catch (error) {
      showError(error, 'Chưa gửi được yêu cầu.');
    }
  });
  return form;
}

async function download() {
  try {
    const data = await getJson(api('/personal-data/download'), headers());
    const link = el('a', { href: URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })), download: `du-lieu-bai-${entryId}.json` });
    document.body.append(link);
    link.click();
    link.remove();
    say('Đã tải dữ liệu về máy (tệp JSON).');
  } catch (error) {
    showError(error, 'Chưa tải được dữ liệu.');
  }
}

function render(entry) {
  const withdrawn = entry.status === 'withdrawn';
  const g = entry.guardian;
  const a = entry.author;
  replaceChildren(record,
    section('Bài dự thi', 'record-entry', [
      ['Mã bài dự thi', entry.id],
      ['Tên tác phẩm', entry.title],
      ['Đơn vị', entry.unitName],
      ['Phong trào thi đua', entry.movementName],
      ['Trạng thái', STATUS[entry.status] ?? entry.status],
      ['Thời điểm nhận', entry.receivedAt ? formatDateTime(entry.receivedAt) : null],
      ['Thời điểm rút bài', entry.withdrawnAt ? formatDateTime(entry.withdrawnAt) : null],
      ['Tệp bài viết', withdrawn || entry.deidentifiedAt ? 'Đã xóa' : `${entry.fileName} (${formatFileSize(entry.fileSize)})`],
      ['Số lần sửa', String(entry.revision)],
    ]),
    section('Tác giả', 'record-author', [
      ['Họ và tên', a.fullName || 'Đã xóa'],
      ['Năm sinh', a.birthYear ? String(a.birthYear) : null],
      ['Nghề nghiệp', a.occupation], ['Nơi công tác', a.workplace], ['Địa chỉ', a.address], ['Điện thoại', a.phone], ['E-mail', a.email],
      ...entry.coAuthors.map((c, i) => [`Đồng tác giả ${i + 1}`, [c.fullName, c.birthYear, c.phone, c.email].filter(Boolean).join(', ')]),
    ]),
    section('Người hoặc tập thể được viết về', 'record-subject', [
      ['Tên', entry.subject.name], ['Địa chỉ', entry.subject.address], ['Tóm tắt', entry.subject.summary],
    ]),
    section('Sự đồng ý', 'record-consent', [
      ['Phiên bản thông báo đã đồng ý', entry.consent?.noticeVersion ?? 'Không ghi nhận (bài gửi trước khi có thông báo)'],
      ['Thời điểm đồng ý', entry.consent ? formatDateTime(entry.consent.at) : null],
      ['Đồng ý trên giấy', entry.consent?.onPaper
        ? `Bạn đã ký đồng ý trên phiếu dự thi giấy; ${entry.consent.onPaper.receivedBy} nhận phiếu, người hoặc bộ phận lưu giữ: ${entry.consent.onPaper.keptBy}` : null],
      ['Cha, mẹ hoặc người giám hộ', g ? `${g.fullName} (${g.relationship}), ${g.phone}; đồng ý lúc ${formatDateTime(g.consentedAt)}` : null],
    ]),
    entry.versions.length ? section('Các phiên bản trước', 'record-versions', entry.versions.map((v) =>
      [`Phiên bản ${v.number} – ${CHANGE[v.change] ?? v.change}, ${formatDateTime(v.changedAt)}`,
        `${v.author.fullName}; ${v.subject.name}; tệp ${v.fileName}`])) : null,
    entry.requests.length ? section('Yêu cầu đã gửi', 'record-requests', entry.requests.map((r) =>
      [`${KIND[r.kind]} – ${formatDateTime(r.filedAt)}`, `${DECISION[r.decision]}${r.reason ? `: ${r.reason}` : ''}`])) : null,
    el('p', { className: 'actions' }, el('button', { className: 'button button-secondary', type: 'button', id: 'download-data', onclick: download }, 'Tải dữ liệu về máy (JSON)')),
    entry.canChange ? correctionForm(entry) : null,
    entry.canChange && entry.status === 'received' ? fileForm(entry) : null,
    entry.canChange ? withdrawPanel() : null,
    !entry.canChange && !withdrawn ? requestForm() : null);
}

async function open() {
  say('Đang mở hồ sơ…', 'notice');
  try {
    render(await getJson(api('/personal-data'), headers()));
    say('Đã mở hồ sơ bài dự thi.');
  } catch (error) {
    replaceChildren(record);
    showError(error, 'Không mở được hồ sơ.');
  }
}

$('open-form').addEventListener('submit', (event) => {
  event.preventDefault();
  entryId = $('open-id').value.trim();
  code = $('open-code').value.trim();
  if (!entryId || !code) {
    say('Vui lòng nhập mã bài dự thi và mã biên nhận.', 'notice-error');
    return;
  }
  open();
});

// From the receipt page: #id=…&code=… (a fragment never reaches the server).
const fragment = new URLSearchParams(window.location.hash.slice(1));
if (fragment.get('id') && fragment.get('code')) {
  $('open-id').value = fragment.get('id');
  $('open-code').value = fragment.get('code');
  entryId = fragment.get('id');
  code = fragment.get('code');
  open();
}
