// The organizers' "Cuộc thi" page: the contest's settings edited as a whole and saved naming the version they were read
// at (If-Match), so of two organizers editing at once the second is told, keeps what they typed on screen, and can load
// the newest version with their own values listed beside it; and the deadline's extension (gia hạn nhận bài), an act of
// record confirmed in the app's dialog, after which the page shows the notice exactly as the public pages do; and the
// contest's archive package (archive-package.js). Above them, the list of contests with creating, archiving and deleting
// (contest-list.js); an archived contest's settings are shown read-only. The contest's own prize tiers, results papers (who
// signs), rubric defaults, reminder steps and personal-data rules are edited here too.
import { ApiError, getJson, postJson, uploadBlob, versioned } from '../api.js';
import { confirmAct } from '../confirm.js';
import { showExtension } from '../contest.js';
import { dateRequestValue, dateValue, setDateValue } from '../date-field.js';
import { el, replaceChildren } from '../dom.js';
import { FormErrors, showFieldError } from '../form-errors.js';
import { formatDate, formatDateTime, formatTyped, localDateTime, parseDateTime } from '../format.js';
import { setUpArchivePackage } from './archive-package.js';
import { setUpContestList } from './contest-list.js';
import { ItemRows, rowFieldId } from './item-rows.js';
import { requireOrganizer, showApiError } from './session.js';
import { workingContestId } from './working-contest.js';

const $ = (id) => document.getElementById(id);
const form = $('settings-form');
const extensionForm = $('extension-form');
const message = $('contest-message');
const live = $('settings-live');

const TEXTS = ['name', 'organizer', 'authority', 'description', 'area', 'contact'];
const DATES = ['submissionOpensAt', 'submissionClosesAt', 'quickReportDueAt'];
const COUNTS = ['maxWords', 'maxCoAuthors', 'minAuthorAge', 'maxAuthorAge'];
const MB = 1024 * 1024;
const MOST_MB = 100;

const movements = new ItemRows('movements', 'phong trào',
  [{ name: 'id', label: 'Mã', maxLength: 60 }, { name: 'name', label: 'Tên phong trào', maxLength: 300 }], live);
const unitGroups = new ItemRows('unitGroups', 'khối đơn vị',
  [{ name: 'id', label: 'Mã', maxLength: 60 }, { name: 'name', label: 'Tên khối', maxLength: 300 }], live);
const documents = new ItemRows('documents', 'văn bản', [
  { name: 'number', label: 'Số hiệu', maxLength: 100 },
  { name: 'date', label: 'Ngày ban hành', kind: 'day' },
  { name: 'title', label: 'Trích yếu', maxLength: 500 },
  { name: 'role', label: 'Loại văn bản', kind: 'choice', choices: [['', 'Văn bản khác'], ['rules', 'Thể lệ'], ['plan', 'Kế hoạch']] },
  { name: 'url', label: 'Đường dẫn (nếu có)', maxLength: 500 },
  { name: 'upload', label: 'Tải lên tệp PDF', kind: 'file', accept: 'application/pdf,.pdf', onFile: (file, index) => uploadDocument(file, index) },
  { name: 'citation', label: 'Cách trích dẫn (nếu có)', maxLength: 1000 },
], live);
// A tier's movement and amount are kept as stored (the results page sets them); here its name and how many prizes.
const prizeTiers = new ItemRows('prizeTiers', 'hạng giải',
  [{ name: 'name', label: 'Tên hạng giải', maxLength: 100 }, { name: 'quota', label: 'Số giải', maxLength: 4 }], live);
/** Who and where the minutes and certificates name (PapersOptions), by field. */
const PAPERS = ['place', 'locality', 'juryChair', 'jurySecretary', 'signerTitle', 'signerName'];
// The default rubric a new round starts from; points are typed the Vietnamese way (0,5) and sent as numbers.
const criteria = new ItemRows('rubric-criteria', 'tiêu chí', [
  { name: 'id', label: 'Mã', maxLength: 40 },
  { name: 'label', label: 'Tên tiêu chí', maxLength: 200 },
  { name: 'description', label: 'Mô tả', maxLength: 1000 },
  { name: 'max', label: 'Điểm tối đa', maxLength: 8 },
  { name: 'step', label: 'Bước điểm', maxLength: 8 },
], live);
/** The contest's own numbers: reminder steps and personal-data rules, by control id and request key. */
const OWN_NUMBERS = [['reminders', 'overdueEveryDays'], ['privacy', 'guardianAge'], ['privacy', 'retentionMonths']];
const MOST_DAYS_BEFORE = 120;

/** The contest the page works on, its settings as last read or saved, and their version (ETag). */
let contestId = '';
let loaded = null;
let version = '';
/** The deadlines and extension the public pages show now. */
let published = null;

const required = (what) => (value) => (value.trim() ? '' : `Vui lòng nhập ${what}.`);
const moment = (what) => (value) => {
  if (!value.trim()) return `Vui lòng nhập ${what}.`;
  return parseDateTime(value) ? '' : `Thời điểm chưa đúng: nhập ngày/tháng/năm giờ:phút, ví dụ ${formatDateTime(new Date())}.`;
};
const count = (value) => (/^\d+$/.test(value.trim()) ? '' : 'Vui lòng nhập một số nguyên, ví dụ 2000.');
const within = (least, most) => (value) => {
  const n = wholeNumber(value);
  return n !== null && n >= least && n <= most ? '' : `Vui lòng nhập một số nguyên từ ${least} đến ${most}.`;
};
/** "14, 7,3,1": whole days from 1 to 120, largest first, none twice. */
const daysBefore = (value) => {
  const days = value.split(',').map(wholeNumber);
  if (days.some((d) => d === null || d < 1 || d > MOST_DAYS_BEFORE)) {
    return `Vui lòng nhập các số ngày từ 1 đến ${MOST_DAYS_BEFORE}, cách nhau bằng dấu phẩy, ví dụ 14,7,3,1.`;
  }
  return days.every((d, i) => i === 0 || d < days[i - 1]) ? '' : 'Các số ngày phải xếp từ lớn đến nhỏ, không trùng nhau, ví dụ 14,7,3,1.';
};

/** A decimal as typed, with a comma or a point ("0,5"), or null: the server names the field that needs one. */
function decimal(text) {
  const value = text.trim().replace(',', '.');
  return /^\d{1,6}(\.\d{1,2})?$/.test(value) ? Number(value) : null;
}

/** A decimal as the page shows it: "0,5". */
const shownDecimal = (value) => String(value).replace('.', ',');

/** A whole number as typed (spaces around it allowed), or null. */
function wholeNumber(text) {
  const value = text.trim();
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}

/** "intro[2]" names a paragraph of the one introduction box; "movements[1].name" the row's field; "entryRules.maxWords" its box. */
function controlIdFor(key) {
  if (key.startsWith('intro')) return 'intro';
  return key.replace(/\[(\d+)\]\.?/g, '-$1-').replace(/\./g, '-').replace(/-$/, '');
}

const errors = new FormErrors(form, $('settings-summary'), {
  controlIdFor,
  validators: {
    name: required('tên cuộc thi'),
    organizer: required('đơn vị tổ chức'),
    description: required('phần giới thiệu ngắn'),
    submissionOpensAt: moment('thời gian bắt đầu nhận bài'),
    submissionClosesAt: moment('hạn cuối nhận bài'),
    quickReportDueAt: moment('hạn gửi báo cáo nhanh'),
    'entryRules.maxFileBytes': (value) => {
      const mb = megabytes(value);
      return mb > 0 && mb <= MOST_MB ? '' : `Vui lòng nhập dung lượng từ 1 đến ${MOST_MB} MB, ví dụ 20 hoặc 2,5.`;
    },
    ...Object.fromEntries(COUNTS.map((name) => [`entryRules.${name}`, count])),
    'rubric.judgesPerEntry': within(1, 10),
    'reminders.daysBefore': daysBefore,
    'reminders.overdueEveryDays': within(0, 60),
    'privacy.noticeVersion': required('phiên bản thông báo về dữ liệu cá nhân'),
    'privacy.guardianAge': within(1, 30),
    'privacy.retentionMonths': within(1, 120),
  },
});

const extensionErrors = new FormErrors(extensionForm, $('extension-summary'), {
  controlIdFor: (key) => `extension-${key}`,
  validators: {
    closesAt: moment('hạn cuối nhận bài mới'),
    reason: required('lý do gia hạn'),
    notice: required('thông báo gia hạn gửi công chúng'),
  },
});

/** "20", "2,5" or "2.5" MB as a number; NaN when it is not one. */
function megabytes(text) {
  const value = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
}

/**
 * Uploads a document's PDF straight to storage through the link the server gives, has the server check it where it
 * lies, and puts the address the site serves it at in the row's Url (saved with the settings, like any other change).
 */
async function uploadDocument(file, index) {
  const id = rowFieldId('documents', index, 'upload');
  const contest = encodeURIComponent(contestId);
  showFieldError(id, '');
  live.textContent = `Đang tải lên tệp ${file.name}…`;
  try {
    const upload = await postJson(`/api/organizer/contests/${contest}/documents/upload`);
    if (file.size > upload.maxBytes) {
      showFieldError(id, `Tệp vượt quá dung lượng tối đa ${Math.round(upload.maxBytes / MB)} MB.`);
      live.textContent = '';
      return;
    }
    try {
      await uploadBlob(upload.uploadUrl, file, () => {});
    } catch {
      showFieldError(id, 'Không tải được tệp lên máy chủ lưu trữ. Vui lòng kiểm tra mạng rồi chọn lại tệp.');
      live.textContent = '';
      return;
    }
    const attached = await postJson(`/api/organizer/contests/${contest}/documents/file`, { blob: upload.blob });
    $(rowFieldId('documents', index, 'url')).value = attached.url;
    live.textContent = `Đã tải lên tệp ${file.name}; bấm “Lưu thông tin cuộc thi” để lưu đường dẫn văn bản.`;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showFieldError(id, error.problem.errors?.blob?.[0] ?? error.problem.detail ?? error.problem.title);
    live.textContent = '';
  }
}

function fill(settings) {
  for (const name of TEXTS) $(name).value = settings[name];
  $('intro').value = settings.intro.join('\n\n');
  for (const name of DATES) setDateValue($(name), localDateTime(settings[name]));
  movements.set(settings.movements);
  unitGroups.set(settings.unitGroups);
  documents.set(settings.documents.map((doc) => ({ ...doc, role: doc.role ?? '', url: doc.url ?? '' })));
  const rules = settings.entryRules;
  for (const box of form.querySelectorAll('input[name="allowedExtensions"]')) box.checked = rules.allowedExtensions.includes(box.value);
  // Division by a power of two is exact: a size saved unchanged is the same number of bytes.
  $('entryRules-maxFileBytes').value = String(rules.maxFileBytes / MB).replace('.', ',');
  for (const name of COUNTS) $(`entryRules-${name}`).value = String(rules[name]);
  prizeTiers.set(settings.prizeTiers.map((tier) => ({ ...tier, quota: String(tier.quota) })));
  for (const name of PAPERS) $(`papers-${name}`).value = settings.papers?.[name] ?? '';
  criteria.set((settings.rubric?.criteria ?? []).map((c) => ({ ...c, max: shownDecimal(c.max), step: shownDecimal(c.step) })));
  $('rubric-judgesPerEntry').value = String(settings.rubric?.judgesPerEntry ?? '');
  $('reminders-daysBefore').value = settings.reminders?.daysBefore ?? '';
  $('privacy-noticeVersion').value = settings.privacy?.noticeVersion ?? '';
  for (const [section, name] of OWN_NUMBERS) $(`${section}-${name}`).value = String(settings[section]?.[name] ?? '');
}

/**
 * A date field's value for the request: the instant as read when the field still shows it (the field writes minutes, and
 * a stored 23:59:59 must not become 23:59 because another field was saved), else what was typed.
 */
function dateTyped(name) {
  const typed = dateRequestValue($(name));
  return typed === localDateTime(loaded[name]) ? loaded[name] : typed;
}

/** The whole set as the server takes it (ContestSettingsRequest): dates as typed in Vietnam time, lists as the rows hold them. */
function read() {
  const number = (id) => (/^\d+$/.test($(id).value.trim()) ? Number($(id).value.trim()) : null);
  const mb = megabytes($('entryRules-maxFileBytes').value);
  return {
    ...Object.fromEntries(TEXTS.map((name) => [name, $(name).value])),
    intro: $('intro').value.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean),
    ...Object.fromEntries(DATES.map((name) => [name, dateTyped(name)])),
    movements: movements.read(),
    unitGroups: unitGroups.read(),
    documents: documents.read(),
    entryRules: {
      allowedExtensions: [...form.querySelectorAll('input[name="allowedExtensions"]:checked')].map((box) => box.value),
      maxFileBytes: Number.isNaN(mb) ? null : Math.round(mb * MB),
      ...Object.fromEntries(COUNTS.map((name) => [name, number(`entryRules-${name}`)])),
    },
    // A quota that is not a whole number goes as null, which the server refuses under the row's field.
    prizeTiers: prizeTiers.read().map((tier) => ({ ...tier, quota: wholeNumber(tier.quota) })),
    papers: Object.fromEntries(PAPERS.map((name) => [name, $(`papers-${name}`).value])),
    rubric: {
      criteria: criteria.read().map((c) => ({ ...c, max: decimal(c.max), step: decimal(c.step) })),
      judgesPerEntry: wholeNumber($('rubric-judgesPerEntry').value),
    },
    reminders: { daysBefore: $('reminders-daysBefore').value, overdueEveryDays: wholeNumber($('reminders-overdueEveryDays').value) },
    privacy: {
      noticeVersion: $('privacy-noticeVersion').value,
      guardianAge: wholeNumber($('privacy-guardianAge').value),
      retentionMonths: wholeNumber($('privacy-retentionMonths').value),
    },
  };
}

/** The deadlines the public pages show now, and the extension notice as they show it. */
function showPublished() {
  replaceChildren($('current-deadlines'),
    el('dt', {}, 'Bắt đầu nhận bài'), el('dd', {}, formatDateTime(published.submissionOpensAt)),
    el('dt', {}, 'Hạn cuối nhận bài'), el('dd', { id: 'current-closes' }, formatDateTime(published.submissionClosesAt)),
    el('dt', {}, 'Hạn gửi báo cáo nhanh'), el('dd', {}, formatDateTime(published.quickReportDueAt)));
  showExtension(published);
}

function showMessage(kind, text) {
  message.className = `notice ${kind}`;
  message.textContent = text;
}

/** What each field of the form holds now, by id, with the words that name it (its row's or group's legend first). */
function typedValues() {
  const values = new Map();
  for (const control of form.querySelectorAll('input, textarea, select')) {
    const group = control.closest('fieldset')?.querySelector(':scope > legend')?.textContent;
    const label = control.labels?.[0]?.textContent.trim() ?? '';
    const value = control.type === 'checkbox' ? (control.checked ? 'có chọn' : 'không chọn')
      : control.tagName === 'SELECT' ? control.selectedOptions[0]?.textContent ?? '' : control.value.trim();
    values.set(control.id || `${control.name}:${control.value}`, { name: group ? `${group} – ${label}` : label, value });
  }
  return values;
}

async function load() {
  const [{ body, version: read }, contest] = await Promise.all([
    versioned.get(`/api/organizer/contests/${encodeURIComponent(contestId)}`),
    getJson(`/api/contests/${encodeURIComponent(contestId)}`),
  ]);
  loaded = body;
  version = read;
  published = contest;
  errors.clear();
  fill(body);
  showPublished();
  form.hidden = false;
  showArchived(body);
}

/** An archived contest is read-only: its settings are shown for reading, with no way to save or extend them. */
function showArchived(settings) {
  const archived = settings.status === 'archived';
  $('archived-notice').hidden = !archived;
  if (archived) {
    $('archived-notice-text').textContent = `Cuộc thi “${settings.name}” đã được lưu trữ ngày ${formatDate(settings.archived.at)} `
      + `(người lưu trữ: ${settings.archived.by}). Thông tin dưới đây chỉ để xem, không sửa được; trang kết quả và hồ sơ lưu trữ vẫn dùng được.`;
  }
  for (const control of form.querySelectorAll('input, textarea, select, button')) control.disabled = archived;
  $('settings-save').hidden = archived;
  extensionForm.hidden = archived;
}

/** Someone saved since this page read the settings: nothing was written, and what was typed stays on screen. */
function showStale(problem) {
  $('settings-stale-text').textContent = `${problem.title} Thay đổi của bạn chưa được lưu; những gì bạn nhập vẫn còn nguyên trên trang. `
    + 'Bấm “Tải lại bản mới nhất” để xem bản vừa được lưu: những nội dung bạn đã nhập khác với bản đó sẽ được liệt kê để nhập lại.';
  $('settings-stale').hidden = false;
  $('settings-stale').focus();
}

/** Loads the newest version and lists what the person had typed that differs from it, so nothing typed is lost. */
async function reloadNewest() {
  const typed = typedValues();
  try {
    await load();
  } catch (error) {
    showApiError(message, error);
    return;
  }
  const newest = typedValues();
  const differing = [...typed].filter(([id, field]) => newest.get(id)?.value !== field.value);
  replaceChildren($('settings-typed-list'), differing.map(([, field]) => el('li', {}, `${field.name}: ${field.value || '(để trống)'}`)));
  $('settings-typed').hidden = differing.length === 0;
  $('settings-stale').hidden = true;
  live.textContent = differing.length
    ? `Đã tải bản mới nhất. ${differing.length} nội dung bạn đã nhập được liệt kê ở đầu biểu mẫu.`
    : 'Đã tải bản mới nhất.';
  ($('settings-typed').hidden ? $('name') : $('settings-typed')).focus();
}

async function save(event) {
  event.preventDefault();
  errors.clear();
  message.replaceChildren();
  message.className = 'notice';
  const invalid = errors.checkAll();
  if (Object.keys(invalid).length > 0) {
    errors.showProblem({ title: 'Chưa lưu được thông tin cuộc thi.', errors: invalid });
    return;
  }
  try {
    const saved = await versioned.put(`/api/organizer/contests/${encodeURIComponent(contestId)}`, read(), version);
    loaded = saved.body;
    version = saved.version;
    fill(saved.body);
    published = { ...published, ...Object.fromEntries(DATES.map((name) => [name, saved.body[name]])) };
    showPublished();
    $('settings-typed').hidden = true;
    $('settings-stale').hidden = true;
    showMessage('notice-success', `Đã lưu thông tin cuộc thi “${saved.body.name}”. Các trang công khai hiển thị thông tin mới ngay.`);
    message.scrollIntoView({ block: 'center' });
  } catch (error) {
    if (error instanceof ApiError && error.status === 412) showStale(error.problem);
    else if (error instanceof ApiError && error.problem.errors) errors.showProblem(error.problem, 'Chưa lưu được thông tin cuộc thi.');
    else showApiError(message, error);
  }
}

/** The same settings apart from the deadline: then an extension changed nothing else this page holds. */
function sameBesidesDeadline(before, after) {
  const strip = ({ submissionClosesAt, ...rest }) => JSON.stringify(rest);
  return strip(before) === strip(after);
}

async function extend(event) {
  event.preventDefault();
  extensionErrors.clear();
  const invalid = extensionErrors.checkAll();
  if (Object.keys(invalid).length > 0) {
    extensionErrors.showProblem({ title: 'Chưa gia hạn được.', errors: invalid });
    return;
  }
  const closesAt = dateValue($('extension-closesAt'));
  const reason = $('extension-reason').value.trim();
  const notice = $('extension-notice').value.trim();
  const { confirmed } = await confirmAct({
    title: 'Gia hạn nhận bài?',
    lines: [
      `Hạn cuối nhận bài đổi từ ${formatDateTime(published.submissionClosesAt)} thành ${formatTyped(closesAt)} (giờ Việt Nam).`,
      'Trang chủ, trang Thể lệ và trang Gửi bài dự thi sẽ đăng ngay thông báo gia hạn sau:',
      notice,
      'Mỗi đơn vị đang tham gia nhận một thư thông báo gia hạn gửi tới E-mail của cán bộ đầu mối.',
      'Quyết định gia hạn và lý do được ghi vào nhật ký.',
    ],
    confirmLabel: 'Xác nhận gia hạn',
  });
  if (!confirmed) return;
  try {
    const extended = await versioned.post(`/api/organizer/contests/${encodeURIComponent(contestId)}/extension`, { closesAt, reason, notice });
    published = {
      ...published,
      submissionClosesAt: extended.body.submissionClosesAt,
      extension: { notice, previousClosesAt: published.submissionClosesAt, closesAt: extended.body.submissionClosesAt },
    };
    showPublished();
    // The settings form follows the new deadline only when nothing else changed meanwhile; otherwise its next save is
    // refused as stale and the newest version is loaded, so no one else's change is overwritten.
    if (sameBesidesDeadline(loaded, extended.body)) {
      loaded = extended.body;
      version = extended.version;
      setDateValue($('submissionClosesAt'), localDateTime(extended.body.submissionClosesAt));
    }
    extensionForm.reset();
    showMessage('notice-success', `Đã gia hạn nhận bài đến ${formatDateTime(extended.body.submissionClosesAt)}. `
      + 'Thông báo gia hạn đã được đăng trên các trang công khai (xem mục “Thời hạn đang công bố”).');
    message.focus();
  } catch (error) {
    if (error instanceof ApiError && error.problem.errors) extensionErrors.showProblem(error.problem, 'Chưa gia hạn được.');
    else showApiError(message, error);
  }
}

form.addEventListener('submit', save);
extensionForm.addEventListener('submit', extend);
$('settings-reload').addEventListener('click', reloadNewest);
errors.wire();
extensionErrors.wire();

if (await requireOrganizer()) {
  try {
    contestId = await workingContestId();
    setUpArchivePackage(contestId);
    await load();
    await setUpContestList(contestId, load);
  } catch (error) {
    showApiError(message, error);
  }
}
