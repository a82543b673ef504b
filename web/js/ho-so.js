// The entrant's own page (Law 91/2025/QH15): opened with the entry id and receipt code (sent in a header, never in
// a URL the server logs), it shows everything stored, lets the entrant correct details, replace the file and
// withdraw until submission closes, download the data, and after closing file an erasure or correction request.

import './layout.js';
import { ApiError, contentTypeOf, getJson, postJson, putJson, uploadBlob } from './api.js';
import { el, replaceChildren } from './dom.js';
import { enhanceFilePickers } from './file-picker.js';
import { formatDateTime, formatFileSize } from './format.js';
import { checkPhone, coAuthorValidators, fieldIdFor } from './validation.js';
import { ENTRY_STATUS, label, REQUEST_DECISION, REQUEST_KIND, REVISION_CHANGE } from './labels.js';

const $ = (id) => document.getElementById(id);
const message = $('record-message');
const record = $('record');
let entryId = '';
let code = '';


const headers = () => ({ 'X-Receipt-Code': code });
const api = (path = '') => `/api/entries/${encodeURIComponent(entryId)}${path}`;

function say(text, kind = 'notice-success') {
  message.className = `notice ${kind}`;
  message.textContent = text;
}

/** Each message under its field ("coAuthors[0].fullName" → #coAuthors-0-fullName-error), the control marked invalid. */
function showFieldErrors(errors) {
  for (const node of document.querySelectorAll('#record .field-error')) node.textContent = '';
  for (const node of document.querySelectorAll('#record [aria-invalid]')) node.removeAttribute('aria-invalid');
  for (const [key, messages] of Object.entries(errors)) {
    const id = fieldIdFor(key);
    const target = $(`${id}-error`) ?? $('correct-error') ?? $('file-error');
    if (target) target.textContent = [].concat(messages).join(' ');
    $(id)?.setAttribute('aria-invalid', 'true');
  }
}

function showError(error, fallback) {
  if (!(error instanceof ApiError)) console.error(error);
  const problem = error instanceof ApiError ? error.problem : { title: fallback };
  showFieldErrors(problem.errors ?? {});
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

// The entry form's rules (GET /api/contest), fetched once, the first time a correction is checked.
let entryRules = null;
async function rules() {
  entryRules ??= (await getJson('/api/contest')).entryRules;
  return entryRules;
}

/** One member of a group, with the entry form's fields and the server's keys ("coAuthors[0].fullName"). */
function coAuthorFields(member, index) {
  const id = (name) => `coAuthors-${index}-${name}`;
  return el('fieldset', { className: 'co-author', id: `coAuthors-${index}` },
    el('legend', {}, `Đồng tác giả thứ ${index + 1}`),
    field(id('fullName'), 'Họ và tên', member.fullName),
    field(id('birthYear'), 'Năm sinh', String(member.birthYear || '')),
    field(id('workplace'), 'Nơi công tác, học tập', member.workplace),
    field(id('phone'), 'Số điện thoại', member.phone, { type: 'tel' }),
    field(id('email'), 'E-mail', member.email, { type: 'email' }));
}

function guardianFields(guardian) {
  return el('fieldset', { className: 'guardian', id: 'guardian' },
    el('legend', {}, 'Cha, mẹ hoặc người giám hộ'),
    el('p', { className: 'hint' }, `Sự đồng ý đã ghi nhận lúc ${formatDateTime(guardian.consentedAt)} được giữ nguyên.`),
    field('guardian-fullName', 'Họ và tên', guardian.fullName),
    field('guardian-relationship', 'Quan hệ với tác giả', guardian.relationship),
    field('guardian-phone', 'Số điện thoại', guardian.phone, { type: 'tel' }));
}

/** The entry form's checks for the members and the guardian; the server checks everything again. */
async function correctionProblems(entry, value) {
  const loaded = await rules();
  const checks = Object.assign({}, ...entry.coAuthors.map((_, index) => coAuthorValidators(loaded, index)));
  if (entry.guardian) {
    Object.assign(checks, {
      'guardian.fullName': (v) => (v.trim() ? '' : 'Vui lòng nhập họ và tên cha, mẹ hoặc người giám hộ.'),
      'guardian.relationship': (v) => (v.trim() ? '' : 'Vui lòng nhập quan hệ với tác giả (cha, mẹ, người giám hộ).'),
      'guardian.phone': checkPhone,
    });
  }
  const problems = {};
  for (const [key, check] of Object.entries(checks)) {
    const message = check(value(fieldIdFor(key)));
    if (message) problems[key] = [message];
  }
  return problems;
}

function correctionForm(entry) {
  const a = entry.author;
  const s = entry.subject;
  const group = entry.coAuthors.length > 0;
  const form = el('form', { id: 'correct-form', className: 'card', novalidate: true },
    el('h2', {}, 'Sửa thông tin'),
    el('p', { className: 'hint' }, `Được sửa đến ${formatDateTime(entry.submissionClosesAt)}. Thông tin cũ được lưu thành một phiên bản.`),
    field('author-fullName', group ? 'Họ và tên tác giả (trưởng nhóm)' : 'Họ và tên tác giả', a.fullName),
    field('author-birthYear', 'Năm sinh', String(a.birthYear || '')),
    field('author-occupation', 'Nghề nghiệp', a.occupation),
    field('author-workplace', 'Nơi công tác, học tập', a.workplace),
    field('author-address', 'Địa chỉ', a.address),
    field('author-phone', 'Số điện thoại', a.phone, { type: 'tel' }),
    field('author-email', 'E-mail', a.email, { type: 'email' }),
    ...entry.coAuthors.map(coAuthorFields),
    entry.guardian ? guardianFields(entry.guardian) : null,
    field('subject-name', 'Tên người hoặc tập thể được viết về', s.name),
    field('subject-address', 'Địa chỉ của người hoặc tập thể được viết về', s.address),
    field('subject-summary', 'Tóm tắt việc làm, thành tích', s.summary, { multiline: true }),
    el('p', { className: 'field-error', id: 'correct-error' }),
    el('button', { className: 'button button-primary', type: 'submit', id: 'correct-submit' }, 'Lưu thông tin đã sửa'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (id) => $(id).value.trim();
    try {
      const problems = await correctionProblems(entry, value);
      if (Object.keys(problems).length) {
        showFieldErrors(problems);
        say(`Chưa lưu: ${Object.values(problems).flat().join(' ')}`, 'notice-error');
        $(fieldIdFor(Object.keys(problems)[0])).focus();
        return;
      }
      const saved = await putJson(api('/personal-data'), {
        author: {
          fullName: value('author-fullName'), birthYear: Number(value('author-birthYear')), occupation: value('author-occupation'),
          workplace: value('author-workplace'), address: value('author-address'), phone: value('author-phone'), email: value('author-email'),
        },
        subject: { name: value('subject-name'), address: value('subject-address'), summary: value('subject-summary') },
        coAuthors: entry.coAuthors.map((_, i) => ({
          fullName: value(`coAuthors-${i}-fullName`), birthYear: Number(value(`coAuthors-${i}-birthYear`)),
          workplace: value(`coAuthors-${i}-workplace`), phone: value(`coAuthors-${i}-phone`), email: value(`coAuthors-${i}-email`),
        })),
        guardian: entry.guardian
          ? { fullName: value('guardian-fullName'), relationship: value('guardian-relationship'), phone: value('guardian-phone') }
          : undefined,
      }, headers());
      await render(saved);
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
  enhanceFilePickers(form);
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
      await render(saved);
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
      await render(saved);
      say('Đã rút bài dự thi. Tệp bài viết và thông tin tác giả đã được xóa.');
      message.focus();
    } catch (error) {
      showError(error, 'Chưa rút được bài.');
    }
  });
  return el('section', { className: 'card', id: 'withdraw', 'aria-labelledby': 'withdraw-title' },
    el('h2', { id: 'withdraw-title' }, 'Rút bài dự thi'), el('p', { className: 'actions' }, start, confirm), warning);
}

// The privacy notice's guardian age and contest year (GET /api/privacy), fetched once: who answers for a minor.
let notice = null;
async function privacyNotice() {
  notice ??= await getJson('/api/privacy');
  return notice;
}

const isMinor = (birthYear, n) => Boolean(birthYear) && n.contestYear - birthYear < n.guardianAge;

function radio(name, id, value, text, checked) {
  return el('div', { className: 'field-check' },
    el('input', { type: 'radio', name, id, value, checked }), el('label', { htmlFor: id }, text));
}

/** One author's answer: agree or not, and how to be named; a minor's answer is the guardian's, who is named. */
function memberConsentFields(member, minor, group) {
  const i = member.member;
  const id = (name) => `members-${i}-${name}`;
  const answer = member.answer === 'agreed' ? 'agree' : member.answer ? 'refuse' : '';
  const naming = member.naming ?? 'fullName';
  const penName = field(id('penName'), 'Bút danh', member.penName ?? '');
  penName.hidden = naming !== 'penName';
  const fieldset = el('fieldset', { className: 'co-author', id: `members-${i}` },
    el('legend', {}, group ? `${i === 0 ? 'Trưởng nhóm' : `Đồng tác giả thứ ${i}`}: ${member.fullName}` : `Tác giả: ${member.fullName}`),
    el('fieldset', { id: id('answer') },
      el('legend', {}, 'Ý kiến về việc công bố'),
      radio(`answer-${i}`, id('agree'), 'agree', 'Đồng ý công bố tác phẩm nếu đạt giải', answer === 'agree'),
      radio(`answer-${i}`, id('refuse'), 'refuse', member.answer === 'agreed' ? 'Rút lại sự đồng ý (không công bố)' : 'Không đồng ý công bố', answer === 'refuse'),
      el('p', { className: 'field-error', id: `${id('answer')}-error` })),
    el('fieldset', { id: id('naming') },
      el('legend', {}, 'Tên ghi khi công bố'),
      radio(`naming-${i}`, id('naming-fullName'), 'fullName', `Tên thật (${member.fullName})`, naming === 'fullName'),
      radio(`naming-${i}`, id('naming-penName'), 'penName', 'Bút danh', naming === 'penName'),
      radio(`naming-${i}`, id('naming-anonymous'), 'anonymous', 'Khuyết danh', naming === 'anonymous'),
      el('p', { className: 'field-error', id: `${id('naming')}-error` })),
    penName,
    minor ? field(id('guardianName'), 'Họ và tên cha, mẹ hoặc người giám hộ quyết định thay tác giả chưa đủ tuổi', member.guardianName ?? '') : null,
    member.at ? el('p', { className: 'hint' }, `Trả lời gần nhất lúc ${formatDateTime(member.at)}.`) : null);
  fieldset.addEventListener('change', () => {
    penName.hidden = fieldset.querySelector(`input[name=naming-${i}]:checked`)?.value !== 'penName';
  });
  return fieldset;
}

/** "Đồng ý công bố tác phẩm": each author gives, changes or withdraws consent at any time; withdrawing takes the work off the site at once. */
async function publicationForm(entry) {
  const n = await privacyNotice();
  const group = entry.publication.members.length > 1;
  const form = el('form', { id: 'publication-form', className: 'card', novalidate: true, 'aria-labelledby': 'publication-title' },
    el('h2', { id: 'publication-title' }, 'Đồng ý công bố tác phẩm'),
    el('p', { className: 'hint' }, 'Nếu bài đạt giải, Ban Tổ chức chỉ đăng toàn văn trên trang “Tác phẩm đạt giải” khi mọi tác giả đồng ý, với tên mỗi người tự chọn (tên thật, bút danh hoặc khuyết danh); không bao giờ đăng thông tin liên hệ. Bạn có thể thay đổi hoặc rút lại bất cứ lúc nào: tác phẩm được gỡ khỏi trang ngay.'),
    el('p', { id: 'publication-state' }, `Tình trạng: ${entry.publication.label}.`),
    ...entry.publication.members.map((m) => memberConsentFields(m, isMinor(m.birthYear, n), group)),
    el('p', { className: 'field-error', id: 'members-error' }),
    el('button', { className: 'button button-primary', type: 'submit', id: 'publication-submit' }, 'Lưu ý kiến về việc công bố'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const checked = (name) => form.querySelector(`input[name="${name}"]:checked`)?.value ?? '';
    const members = entry.publication.members.map((m) => ({
      answer: checked(`answer-${m.member}`),
      naming: checked(`naming-${m.member}`),
      penName: $(`members-${m.member}-penName`).value.trim(),
      guardianName: $(`members-${m.member}-guardianName`)?.value.trim() ?? '',
    }));
    try {
      const saved = await putJson(api('/publication'), { members }, headers());
      await render(saved);
      say(saved.publication.state === 'withdrawn'
        ? 'Đã rút lại sự đồng ý công bố. Tác phẩm không còn được đăng trên trang.'
        : `Đã lưu ý kiến về việc công bố. Tình trạng: ${saved.publication.label}.`);
      message.focus();
    } catch (error) {
      showError(error, 'Chưa lưu được ý kiến về việc công bố.');
    }
  });
  return form;
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
      await render(await getJson(api('/personal-data'), headers()));
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
    say('Đã tải dữ liệu về máy.');
  } catch (error) {
    showError(error, 'Chưa tải được dữ liệu.');
  }
}

async function render(entry) {
  const withdrawn = entry.status === 'withdrawn';
  const g = entry.guardian;
  const a = entry.author;
  replaceChildren(record,
    section('Bài dự thi', 'record-entry', [
      ['Mã bài dự thi', entry.id],
      ['Tên tác phẩm', entry.title],
      ['Đơn vị', entry.unitName],
      ['Phong trào thi đua', entry.movementName],
      ['Trạng thái', label(ENTRY_STATUS, entry.status)],
      ['Thời điểm nhận', entry.receivedAt ? formatDateTime(entry.receivedAt) : null],
      ['Thời điểm rút bài', entry.withdrawnAt ? formatDateTime(entry.withdrawnAt) : null],
      ['Tệp bài viết', withdrawn || entry.deidentifiedAt ? 'Đã xóa' : `${entry.fileName} (${formatFileSize(entry.fileSize)})`],
      ['Số lần sửa', String(entry.revision)],
    ]),
    section('Tác giả', 'record-author', [
      ['Họ và tên', a.fullName || 'Đã xóa'],
      ['Năm sinh', a.birthYear ? String(a.birthYear) : null],
      ['Nghề nghiệp', a.occupation], ['Nơi công tác', a.workplace], ['Địa chỉ', a.address], ['Điện thoại', a.phone], ['E-mail', a.email],
      ...entry.coAuthors.map((c, i) => [`Đồng tác giả ${i + 1}`, [c.fullName, c.birthYear, c.workplace, c.phone, c.email].filter(Boolean).join(', ')]),
    ]),
    section('Người hoặc tập thể được viết về', 'record-subject', [
      ['Tên', entry.subject.name || 'Đã xóa'], ['Địa chỉ', entry.subject.address], ['Tóm tắt', entry.subject.summary],
    ]),
    section('Sự đồng ý', 'record-consent', [
      ['Phiên bản thông báo đã đồng ý', entry.consent?.noticeVersion ?? 'Không ghi nhận (bài gửi trước khi có thông báo)'],
      ['Thời điểm đồng ý', entry.consent ? formatDateTime(entry.consent.at) : null],
      ['Đồng ý trên giấy', entry.consent?.onPaper
        ? `Bạn đã ký đồng ý trên phiếu dự thi giấy; ${entry.consent.onPaper.receivedBy} nhận phiếu, người hoặc bộ phận lưu giữ: ${entry.consent.onPaper.keptBy}` : null],
      ['Cha, mẹ hoặc người giám hộ', g ? `${g.fullName} (${g.relationship}), ${g.phone}; đồng ý lúc ${formatDateTime(g.consentedAt)}` : null],
    ]),
    entry.versions.length ? section('Các phiên bản trước', 'record-versions', entry.versions.map((v) =>
      [`Phiên bản ${v.number} – ${label(REVISION_CHANGE, v.change)}, ${formatDateTime(v.changedAt)}`,
        [v.author.fullName, ...(v.coAuthors ?? []).map((c) => `${c.fullName} (${c.phone})`),
          v.guardian ? `người giám hộ ${v.guardian.fullName} (${v.guardian.phone})` : '', v.subject.name, `tệp ${v.fileName}`]
          .filter(Boolean).join('; ')])) : null,
    entry.requests.length ? section('Yêu cầu đã gửi', 'record-requests', entry.requests.map((r) =>
      [`${label(REQUEST_KIND, r.kind)} – ${formatDateTime(r.filedAt)}`, `${label(REQUEST_DECISION, r.decision)}${r.reason ? `: ${r.reason}` : ''}`])) : null,
    el('p', { className: 'actions' }, el('button', { className: 'button button-secondary', type: 'button', id: 'download-data', onclick: download }, 'Tải dữ liệu về máy')),
    entry.canChange ? correctionForm(entry) : null,
    entry.canChange && entry.status === 'received' ? fileForm(entry) : null,
    !withdrawn && !entry.deidentifiedAt ? await publicationForm(entry) : null,
    entry.canChange ? withdrawPanel() : null,
    !entry.canChange && !withdrawn ? requestForm() : null);
}

async function open() {
  say('Đang mở hồ sơ…', 'notice');
  try {
    await render(await getJson(api('/personal-data'), headers()));
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
