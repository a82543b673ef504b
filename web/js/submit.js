// Entry form: validate, POST the entry, PUT the file to blob storage, confirm, then
// show the receipt. Any failure re-enables the button, and a retry starts over
// from the POST (the upload URL may have expired meanwhile).

import './layout.js';
import './file-picker.js';
import { ApiError, contentTypeOf, getJson, postJson, uploadBlob } from './api.js';
import { showExtension, submissionWindow } from './contest.js';
import { CoAuthors } from './co-authors.js';
import { el } from './dom.js';
import { withContest } from './page-contest.js';
import { FormErrors } from './form-errors.js';
import { formatFileSize, formatList, formatNumber, searchKey } from './format.js';
import { checkPhone, createValidators, fieldIdFor } from './validation.js';

const $ = (id) => document.getElementById(id);
const form = $('entry-form');
const submitButton = $('submit-entry');
const summary = $('form-errors');

// Opened from a unit's page with its personal link (#t=…): the focal point hands in an entry collected on
// paper or by e-mail, for the unit or a sub-unit. The token travels in a header, never in a URL.
const unitToken = new URLSearchParams(window.location.hash.slice(1)).get('t');
const unitHeaders = unitToken ? { 'X-Unit-Link': unitToken } : {};

// Opened with a late-entry link from the organizers (#late=…): the form stays open after closing until the link
// expires; the server checks the link and marks the entry late.
const lateToken = new URLSearchParams(window.location.hash.slice(1)).get('late');
const lateHeaders = lateToken && !unitToken ? { 'X-Late-Link': lateToken } : {};

// The proof-of-work widget, when the contest asks for one (public form only). It loads when the entrant starts on
// the form, not with the page: its script holds a phone's main thread for a moment (Lighthouse counted 200–300 ms of
// blocking time on the form), and the minutes a form takes to fill in leave the widget ample time to solve.
let proofWanted = false;
let proofStarting = null;
let proof = null;

// Defaults until /api/contest answers.
let maxSummaryLength = 0;
let busy = false;

// ---- Checking fields ----------------------------------------------------------------

/** Server keys may differ in case from ours ("Author.FullName"); map them onto control ids. */
function controlIdFor(key) {
  if (key === 'proofOfWork') return proofWanted ? 'proofOfWork-widget' : null;
  const id = fieldIdFor(key);
  const match = [...form.elements].find((control) => control.id && control.id.toLowerCase() === id.toLowerCase());
  return match ? match.id : null;
}

// Its checks arrive with the contest's rules (GET /api/contest), the same limits the server enforces.
const errors = new FormErrors(form, summary, { controlIdFor });
const coAuthors = new CoAuthors({ list: $('coAuthors-list'), add: $('coAuthors-add'), status: $('coAuthors-status'), errors });

function wireFieldChecks() {
  errors.wire();

  $('subject-summary').addEventListener('input', updateSummaryCount);
  updateSummaryCount();
}

function updateSummaryCount() {
  const length = $('subject-summary').value.trim().length;
  $('subject-summary-count').textContent = `Đã viết ${formatNumber(length)}/${formatNumber(maxSummaryLength)} ký tự.`;
}

// ---- Personal data (Law 91/2025/QH15) -----------------------------------------------

// From GET /api/privacy: authors younger than guardianAge in the contest year need a guardian's consent.
let privacy = null;

function isMinor() {
  const year = Number($('author-birthYear').value.trim());
  return Boolean(privacy) && Number.isInteger(year) && year > 1000 && privacy.contestYear - year < privacy.guardianAge;
}

function showGuardian() {
  const group = $('guardian-group');
  const minor = isMinor();
  if (group.hidden === !minor) return;
  group.hidden = !minor;
  // Messages about a guardian no longer asked for go with the part that asked.
  if (!minor) for (const key of errors.keys.filter((k) => k.startsWith('guardian.'))) errors.check(key);
}

/**
 * The guardian's checks apply only while the guardian's part is shown. On a unit's hand-in the author's own boxes
 * (declaration, consent, the guardian's consent) give way to the focal point's declaration that the signed paper
 * form and consent were received, and who keeps them: the officer never consents for the author.
 */
function privacyValidators() {
  const whenMinor = (check) => (value) => (isMinor() ? check(value) : '');
  const age = privacy?.guardianAge ?? 16;
  const guardian = {
    'guardian.fullName': whenMinor((value) => (value.trim() ? '' : 'Vui lòng nhập họ và tên cha, mẹ hoặc người giám hộ.')),
    'guardian.relationship': whenMinor((value) => (value.trim() ? '' : 'Vui lòng nhập quan hệ với tác giả (cha, mẹ, người giám hộ).')),
    'guardian.phone': whenMinor(checkPhone),
  };
  if (unitToken) {
    return {
      ...guardian,
      'handIn.formReceived': (checked) => (checked ? '' : 'Vui lòng xác nhận đơn vị đã nhận phiếu dự thi có chữ ký của tác giả.'),
      'handIn.consentReceived': (checked) => (checked ? '' : 'Vui lòng xác nhận đơn vị đã nhận văn bản tác giả ký đồng ý cho xử lý dữ liệu cá nhân.'),
      'handIn.keptBy': (value) => (value.trim() ? '' : 'Vui lòng nhập họ tên người hoặc bộ phận lưu giữ phiếu dự thi và văn bản đồng ý.'),
    };
  }
  return {
    consent: (checked) => (checked ? '' : 'Vui lòng đánh dấu vào ô đồng ý cho xử lý dữ liệu cá nhân để gửi bài.'),
    ...guardian,
    'guardian.consent': whenMinor((checked) => (checked ? '' : `Tác giả dưới ${age} tuổi: cha, mẹ hoặc người giám hộ cần đánh dấu vào ô đồng ý.`)),
  };
}

/** The form's own checks: the contest's rules and the privacy part, as the mode (public or hand-in) asks. */
function formValidators(rules) {
  const validators = { ...createValidators(rules), ...privacyValidators() };
  if (unitToken) delete validators.declaration;
  return validators;
}

/** On a hand-in the author's boxes are replaced by the focal point's declaration (see privacyValidators). */
function showHandInDeclaration() {
  for (const id of ['declaration', 'consent', 'guardian-consent']) $(id).closest('.field').hidden = true;
  $('publication-group').hidden = true;
  $('handIn-group').hidden = false;
}

function showPrivacy(notice) {
  privacy = notice;
  $('consent-version').textContent = notice.noticeVersion;
  $('privacy-region').textContent = notice.region;
  $('privacy-retention').textContent = `${formatNumber(notice.retentionMonths)} tháng`;
  $('handIn-guardian-age').textContent = notice.guardianAge;
  $('guardian-hint').textContent = `Tác giả dưới ${notice.guardianAge} tuổi trong năm ${notice.contestYear}: theo Luật Bảo vệ dữ liệu cá nhân, cần có sự đồng ý của cha, mẹ hoặc người giám hộ.`;
  $('author-birthYear').addEventListener('input', showGuardian);
  showGuardian();
}

// ---- Sending ------------------------------------------------------------------------

function setStatus(text) {
  $('submit-status').textContent = text;
}

function showProgress(fraction) {
  const percent = Math.min(100, Math.floor(fraction * 100));
  $('upload-panel').hidden = false;
  $('upload-progress').value = percent;
  $('upload-percent').textContent = `${percent}%`;
}

function setBusy(value) {
  busy = value;
  submitButton.disabled = value;
  submitButton.textContent = value ? 'Đang gửi…' : 'Gửi bài dự thi';
  form.setAttribute('aria-busy', String(value));
}

function buildPayload(file) {
  const text = (id) => $(id).value.trim();
  return {
    title: text('title'),
    movement: text('movement'),
    unitId: text('unitId'),
    author: {
      fullName: text('author-fullName'),
      birthYear: Number(text('author-birthYear')),
      occupation: text('author-occupation'),
      workplace: text('author-workplace'),
      address: text('author-address'),
      phone: text('author-phone'),
      email: text('author-email'),
    },
    coAuthors: coAuthors.payload(),
    subject: {
      name: text('subject-name'),
      address: text('subject-address'),
      summary: text('subject-summary'),
    },
    file: { name: file.name, size: file.size, contentType: contentTypeOf(file) },
    declaration: !unitToken && $('declaration').checked,
    consent: !unitToken && $('consent').checked,
    guardian: isMinor() ? {
      fullName: text('guardian-fullName'),
      relationship: text('guardian-relationship'),
      phone: text('guardian-phone'),
      consent: !unitToken && $('guardian-consent').checked,
    } : null,
    // The author's own, optional answer about publication: never assumed, never given by a unit's officer.
    publication: !unitToken && $('publication-0-answer').checked ? [{
      answer: 'agree',
      naming: document.querySelector('input[name=publication-naming]:checked')?.value ?? 'fullName',
      penName: text('publication-0-penName'),
    }] : null,
    handIn: unitToken ? {
      formReceived: $('handIn-formReceived').checked,
      consentReceived: $('handIn-consentReceived').checked,
      keptBy: text('handIn-keptBy'),
    } : null,
  };
}

/** Steps a–c of the flow; resolves with { id, receiptCode, status, receivedAt }. */
async function sendEntry(file) {
  setStatus('Đang gửi thông tin bài dự thi…');
  const headers = { ...unitHeaders, ...lateHeaders, ...(proof ? { 'X-Altcha': proof.payload } : {}) };
  let created;
  try {
    created = await postJson(unitToken ? '/api/unit/entries' : '/api/entries', buildPayload(file), headers);
  } finally {
    // A challenge is good for one create, accepted or not.
    proof?.renew();
  }

  setStatus('Đang tải tệp bài viết lên…');
  showProgress(0);
  await uploadBlob(created.uploadUrl, file, showProgress);

  setStatus('Đã tải tệp xong. Đang xác nhận bài dự thi…');
  return postJson(`/api/entries/${encodeURIComponent(created.id)}/submit`, { submitKey: created.submitKey });
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (busy) return;
  errors.clear();

  const found = errors.checkAll();
  if (proofWanted && !proof?.payload) {
    startProofOfWork();
    found.proofOfWork = ['Trình duyệt đang xác minh chống gửi tự động. Vui lòng đợi ô xác minh báo “Đã xác minh” rồi bấm gửi lại.'];
  }
  if (Object.keys(found).length > 0) {
    errors.showProblem({ title: 'Chưa gửi được bài dự thi. Vui lòng kiểm tra lại các mục sau:', errors: found });
    return;
  }

  setBusy(true);
  $('upload-panel').hidden = true;
  try {
    const receipt = await sendEntry(errors.valueOf('file'));
    setStatus('Đã gửi bài dự thi. Đang mở biên nhận…');
    // Stay busy: the page is being replaced and must not submit twice.
    const back = unitToken ? `#t=${encodeURIComponent(unitToken)}` : '';
    window.location.assign(withContest(`receipt.html?id=${encodeURIComponent(receipt.id)}&code=${encodeURIComponent(receipt.receiptCode)}${back}`));
  } catch (error) {
    setBusy(false);
    setStatus('');
    $('upload-panel').hidden = true;
    if (!(error instanceof ApiError)) console.error(error);
    errors.showProblem(error instanceof ApiError
      ? error.problem
      : { title: 'Đã xảy ra lỗi không mong muốn.', detail: 'Vui lòng thử lại.' }, 'Chưa gửi được bài dự thi.');
  }
});

// ---- Start-up -------------------------------------------------------------------------

function setFormEnabled(enabled) {
  for (const control of form.elements) control.disabled = !enabled;
  coAuthors.updateAddButton();
}

function fillMovements(movements) {
  $('movement').append(...movements.map((movement) => el('option', { value: movement.id }, movement.name)));
}

/** Options grouped as the letter groups units (unitGroups order); sub-units follow their parent, indented. */
function unitSections(units, groups) {
  const ids = new Set(units.map((unit) => unit.id));
  const isChild = (unit) => Boolean(unit.parentId) && ids.has(unit.parentId);
  const childrenOf = new Map();
  for (const unit of units.filter(isChild)) {
    childrenOf.set(unit.parentId, [...(childrenOf.get(unit.parentId) ?? []), unit]);
  }
  const withChildren = (unit, depth) => [
    { unit, depth },
    ...(childrenOf.get(unit.id) ?? []).flatMap((child) => withChildren(child, depth + 1)),
  ];
  const known = new Set(groups.map((group) => group.id));
  const roots = units.filter((unit) => !isChild(unit));
  return [
    ...groups.map((group) => ({ name: group.name, units: roots.filter((unit) => unit.group === group.id) })),
    { name: 'Đơn vị khác', units: roots.filter((unit) => !known.has(unit.group)) },
  ].map((section) => ({ name: section.name, items: section.units.flatMap((unit) => withChildren(unit, 0)) }));
}

let sections = [];

/**
 * Fills the unit drop-down with the units whose name holds every word typed in the search box (diacritics
 * and case ignored: "cu lao" finds "Cù Lao Dung"), keeping the groups and the choice already made.
 */
function showUnits(query = '') {
  const select = $('unitId');
  const chosen = select.value;
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  const matches = ({ unit }) => words.every((word) => searchKey(unit.name).includes(word));
  // <option> cannot be padded with CSS, so sub-units are indented with non-breaking spaces (not while searching).
  const option = ({ unit, depth }) => el('option', { value: unit.id },
    words.length ? unit.name : `${'\u00a0\u00a0\u00a0\u00a0'.repeat(depth)}${depth ? '– ' : ''}${unit.name}`);
  const shown = sections
    .map((section) => ({ name: section.name, items: section.items.filter(matches) }))
    .filter((section) => section.items.length > 0);
  const count = shown.reduce((sum, section) => sum + section.items.length, 0);
  select.replaceChildren(
    el('option', { value: '' }, count ? '— Chọn đơn vị —' : '— Không có đơn vị phù hợp —'),
    ...shown.map((section) => el('optgroup', { label: section.name }, section.items.map(option))));
  // One match is the unit meant; otherwise keep the choice while it is still listed.
  select.value = count === 1 && words.length ? shown[0].items[0].unit.id : chosen;
  if (select.value && select.value !== chosen) select.dispatchEvent(new Event('change'));
  $('unitId-matches').textContent = !words.length ? ''
    : count === 0 ? 'Không tìm thấy đơn vị nào. Hãy gõ ít chữ hơn hoặc kiểm tra lại.'
      : count === 1 ? `Đã chọn: ${shown[0].items[0].unit.name}.`
        : `Có ${formatNumber(count)} đơn vị phù hợp; chọn trong danh sách bên dưới.`;
}

function fillUnits(units, groups) {
  sections = unitSections(units, groups);
  showUnits();
  $('unitId-search').addEventListener('input', (event) => showUnits(event.target.value));
}

function describeFileRules(rules) {
  const extensions = rules.allowedExtensions;
  $('file').accept = extensions.join(',');
  $('file-hint').textContent = `Nhận tệp ${formatList(extensions)}; dung lượng tối đa ${formatFileSize(rules.maxFileBytes)}; `
    + `bài viết không quá ${formatNumber(rules.maxWords)} từ.`;
}

function setNotice(kind, text) {
  const notice = $('contest-status');
  notice.className = `notice status-two-lines ${kind}`;
  notice.textContent = text;
}

/**
 * Loads the widget when it is first needed and starts it solving while the entrant fills in the form; later calls
 * get the same start.
 */
function startProofOfWork() {
  proofStarting ??= (async () => {
    const { ProofOfWork, WIDGET_CONFIGURATION, stylesheetLoaded } = await import('./proof-of-work.js');
    await stylesheetLoaded;
    const widget = el('altcha-widget', {
      id: 'proofOfWork-altcha', challenge: '/api/challenge', auto: 'onload', language: 'vi', name: 'altcha',
      configuration: WIDGET_CONFIGURATION,
    });
    $('proofOfWork-widget').append(widget);
    proof = new ProofOfWork(widget);
    $('proofOfWork-field').hidden = false;
  })().catch((error) => {
    // A dropped connection must not leave the form asking, on every send, to wait for a widget that never comes:
    // forget this start so that the entrant's next step on the form, or the next send, loads it again (browsers
    // fetch a module again after a failed import).
    console.error(error);
    proofStarting = null;
    armProofOfWork();
  });
  return proofStarting;
}

/** Starts the widget at the entrant's first focus or touch on the form. */
function armProofOfWork() {
  for (const type of ['focusin', 'pointerdown']) form.addEventListener(type, startProofOfWork, { once: true });
}

async function init() {
  setFormEnabled(false);
  let contest;
  let units;
  try {
    if (unitToken) {
      const portal = await getJson('/api/unit', unitHeaders);
      contest = await getJson('/api/contest');
      units = portal.units;
      $('page-title').textContent = `Nộp bài thay tác giả – ${portal.unit.name}`;
      $('page-lead').textContent = 'Bài đơn vị thu được trên giấy hoặc qua E-mail: nhập thông tin như trên phiếu dự thi và tải lên bản scan hoặc tệp bài viết. Bài được ghi là do đơn vị nộp.';
      showHandInDeclaration();
    } else {
      [contest, units] = await Promise.all([getJson('/api/contest'), getJson('/api/units')]);
    }
    showPrivacy(await getJson('/api/privacy'));
  } catch (error) {
    if (!(error instanceof ApiError)) console.error(error);
    const reason = error instanceof ApiError ? ` ${error.message}` : '';
    setNotice('notice-error', `Không tải được thông tin cuộc thi.${reason} Vui lòng tải lại trang sau ít phút.`);
    return;
  }

  // The co-authors' rows join these checks and replace the set on every change: they must start from all of them,
  // the privacy checks included, or ticking consent would find no check to run.
  const validators = formValidators(contest.entryRules);
  errors.validators = validators;
  maxSummaryLength = contest.entryRules.maxSummaryLength;
  wireFieldChecks();
  coAuthors.start(contest.entryRules, validators);
  updateSummaryCount();
  fillMovements(contest.movements);
  fillUnits(units, contest.unitGroups);
  describeFileRules(contest.entryRules);

  if (contest.proofOfWork && !unitToken) {
    proofWanted = true;
    armProofOfWork();
  }

  const submission = submissionWindow(contest);
  const late = Boolean(lateHeaders['X-Late-Link']) && contest.status === 'closed';
  setNotice(submission.open ? 'notice-success' : 'notice-warning', late
    ? `${submission.message} Bạn đang dùng đường dẫn nộp muộn do Ban Tổ chức cấp: bài gửi qua đường dẫn này được ghi là nộp muộn (có phép).`
    : submission.message);
  setFormEnabled(submission.open || late);
  showExtension(contest);
}

init();

// The pen name is asked only when the author chooses to be published under one.
for (const choice of document.querySelectorAll('input[name=publication-naming]')) {
  choice.addEventListener('change', () => {
    $('publication-0-penName-field').hidden = document.querySelector('input[name=publication-naming]:checked')?.value !== 'penName';
  });
}
