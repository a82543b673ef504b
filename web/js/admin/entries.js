import '../date-field.js';
import { ApiError, getJson, postJson } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { showFieldError } from '../form-errors.js';
import { exampleDay, formatDateTime, formatFileSize, formatNumber, parseDate } from '../format.js';
import { ELIGIBILITY, ENTRY_STATUS, label, SCREENING } from '../labels.js';
import { requireOrganizer, showApiError, toQuery } from './session.js';
import { addressContest, withContest } from '../page-contest.js';

const form = document.getElementById('entries-filter');
const rows = document.getElementById('entries-rows');
const message = document.getElementById('entries-message');
const more = document.getElementById('entries-more');
const freshness = document.getElementById('entries-freshness');
const LAG_NOTE = 'Danh sách được cập nhật vài giây sau mỗi thay đổi: bài vừa nộp có thể chưa hiện ngay, hãy tải lại trang sau ít giây.';
const FIELDS = ['q', 'unit', 'movement', 'status', 'flag', 'from', 'to', 'sort'];

let nextPage = null;
let shown = 0;
// The filter the list on screen shows; the ZIP packs exactly these entries.
let applied = null;

const BAD_DAY = `Ngày không hợp lệ (ví dụ: ${exampleDay()}).`;

/** The server's date rules, checked before asking it: { field: [message] }. */
function checkFilter(filter) {
  const errors = {};
  const from = filter.from ? parseDate(filter.from) : null;
  const to = filter.to ? parseDate(filter.to) : null;
  if (filter.from && from === null) errors.from = [BAD_DAY];
  if (filter.to && to === null) errors.to = [BAD_DAY];
  if (from !== null && to !== null && from > to) errors.to = ['Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.'];
  return errors;
}

/** Marks the fields named in errors (and unmarks the rest); moves focus to the first when asked. */
function markFields(errors, focus) {
  let first = null;
  for (const name of FIELDS) {
    const messages = errors[name] ?? [];
    showFieldError(`filter-${name}`, messages.join(' '));
    if (messages.length) first ??= form.elements[name];
  }
  if (focus) first?.focus();
  return first !== null;
}

/** A filter the server cannot answer: no list, no ZIP, so nothing on screen belongs to another filter. */
function clearResults() {
  applied = null;
  rows.replaceChildren();
  shown = 0;
  nextPage = null;
  more.hidden = true;
  bulkButton.disabled = true;
  bulkSummary.textContent = '';
}

function showFilterProblem() {
  message.className = 'notice notice-error';
  message.textContent = 'Bộ lọc chưa đúng: vui lòng sửa các mục được đánh dấu rồi bấm “Lọc”.';
}

/** The filter in the form; the page's URL keeps it, so a filtered list can be bookmarked or linked. */
function currentFilter() {
  return Object.fromEntries(FIELDS.map((name) => [name, form.elements[name].value.trim()]));
}


/** Entries ticked one by one, for "Tải/Xuất các bài đã chọn"; a new filter starts the choice again. */
const chosen = new Set();
const chosenCount = document.getElementById('chosen-count');
const chosenExport = document.getElementById('chosen-export');
const chosenDownload = document.getElementById('chosen-download');

function chosenFilter() {
  return { ...applied, status: 'all', ids: [...chosen].join(',') };
}

function showChosen() {
  chosenCount.textContent = chosen.size
    ? `Đã chọn ${formatNumber(chosen.size)} bài.`
    : 'Chưa chọn bài nào: đánh dấu ô ở đầu mỗi dòng để tải hoặc xuất riêng các bài đó.';
  chosenDownload.disabled = chosen.size === 0;
  if (chosen.size) {
    chosenExport.href = `/api/organizer/exports/entries?${toQuery({ ...chosenFilter(), format: 'xlsx' })}`;
    chosenExport.removeAttribute('aria-disabled');
  } else {
    chosenExport.removeAttribute('href');
    chosenExport.setAttribute('aria-disabled', 'true');
  }
}

function entryRow(entry) {
  return el('tr', { 'data-entry': entry.id },
    el('td', {}, el('input', {
      type: 'checkbox', className: 'entry-choice', checked: chosen.has(entry.id), 'aria-label': `Chọn bài “${entry.title}”`,
      onchange: (event) => {
        if (event.target.checked) chosen.add(entry.id); else chosen.delete(entry.id);
        showChosen();
      },
    })),
    el('th', { scope: 'row' }, el('a', { href: `/admin/entry.html?id=${encodeURIComponent(entry.id)}`, className: 'entry-title' }, entry.title),
      el('span', { className: 'hint' }, ` · ${entry.id}`)),
    el('td', {}, entry.authorName,
      entry.coAuthorNames?.length ? el('span', { className: 'hint co-author-names' }, ` cùng ${entry.coAuthorNames.join(', ')}`) : null),
    el('td', {}, entry.unitName),
    el('td', {}, entry.movementName),
    el('td', {}, entry.receivedAt ? formatDateTime(entry.receivedAt) : '—'),
    el('td', {}, el('span', { className: `badge ${entry.status === 'received' ? 'badge-ok' : 'badge-missing'}` }, label(ENTRY_STATUS, entry.status)),
      entry.handedInBy ? el('span', { className: 'hint' }, ' · đơn vị nộp') : null,
      entry.late ? el('span', { className: 'badge badge-late' }, 'Nộp muộn (có phép)') : null,
      entry.screening ? el('span', { className: `badge ${entry.screening === 'heldBack' ? 'badge-late' : 'badge-ok'}` }, label(SCREENING, entry.screening)) : null,
      ELIGIBILITY[entry.eligibility?.state] ? el('span', { className: `badge ${entry.eligibility.state === 'kept' ? 'badge-ok' : 'badge-late'}` }, ELIGIBILITY[entry.eligibility.state]) : null,
      entry.copyOf
        ? el('span', { className: 'badge badge-missing duplicate-badge' }, `Bản trùng của ${entry.copyOf}`)
        : entry.duplicates?.some((d) => d.open)
          ? el('span', { className: 'badge badge-late duplicate-badge', title: `Có thể trùng với: ${entry.duplicates.filter((d) => d.open).map((d) => d.entryId).join(', ')}` }, 'Có thể trùng')
          : entry.duplicates?.length ? el('span', { className: 'badge badge-ok duplicate-badge' }, 'Đã xem xét trùng') : null));
}

async function loadPage(append, focus = false) {
  const query = toQuery({ ...applied, page: append ? nextPage : null });
  more.disabled = true;
  try {
    const page = await getJson(`/api/organizer/entries?${query}`);
    if (!append) {
      rows.replaceChildren();
      shown = 0;
      chosen.clear();
      showChosen();
    }
    rows.append(...page.entries.map(entryRow));
    shown += page.entries.length;
    nextPage = page.nextPage;
    more.hidden = !nextPage;
    message.className = 'notice';
    message.textContent = page.total === 0
      ? 'Không có bài dự thi nào phù hợp.'
      : `Có ${formatNumber(page.total)} bài phù hợp; đang hiển thị ${formatNumber(shown)} bài${nextPage ? ', bấm “Xem thêm” để xem tiếp' : ''}.`;
    freshness.textContent = page.updatedAt ? `${LAG_NOTE} Cập nhật lần cuối lúc ${formatDateTime(page.updatedAt)}.` : LAG_NOTE;
  } catch (error) {
    // The server's field errors land on the fields, as the page's own checks do.
    if (error instanceof ApiError && markFields(error.problem.errors ?? {}, focus)) {
      clearResults();
      showFilterProblem();
      return;
    }
    showApiError(message, error);
  } finally {
    more.disabled = false;
  }
}

function applyFilter(focus = false) {
  const filter = currentFilter();
  if (markFields(checkFilter(filter), focus)) {
    clearResults();
    showFilterProblem();
    return;
  }
  applied = filter;
  const query = toQuery(filter);
  // The filter is the address's query; the contest the address named stays in it.
  history.replaceState(null, '', withContest(query ? `?${query}` : window.location.pathname, addressContest));
  for (const format of ['xlsx', 'csv']) {
    document.getElementById(`export-entries-${format}`).href = `/api/organizer/exports/entries?${toQuery({ ...filter, format })}`;
  }
  loadPage(false, focus);
  previewBulk(filter);
}

async function fillChoices() {
  const [contest, units] = await Promise.all([getJson('/api/contest'), getJson('/api/units')]);
  const groupName = Object.fromEntries(contest.unitGroups.map((g) => [g.id, g.name]));
  const byGroup = Map.groupBy(units, (u) => u.group);
  form.elements.unit.append(...contest.unitGroups.filter((g) => byGroup.has(g.id)).map((g) =>
    el('optgroup', { label: groupName[g.id] },
      byGroup.get(g.id).sort((a, b) => a.name.localeCompare(b.name, 'vi')).map((u) => el('option', { value: u.id }, u.name)))));
  form.elements.movement.append(...contest.movements.map((m) => el('option', { value: m.id }, m.name)));
}

// Bulk download: say what a ZIP of the list on screen would hold, build it on request, then follow its
// progress until it is ready.
const bulkButton = document.getElementById('bulk-download');
const bulkSummary = document.getElementById('bulk-summary');
const bulkPanel = document.getElementById('bulk-panel');
const bulkStatus = document.getElementById('bulk-status');
const bulkProgress = document.getElementById('bulk-progress');
const bulkPercent = document.getElementById('bulk-percent');
const bulkFile = document.getElementById('bulk-file');

async function previewBulk(filter) {
  bulkButton.disabled = true;
  bulkSummary.textContent = 'Đang đếm các tệp sẽ đóng gói…';
  try {
    const preview = await getJson(`/api/organizer/bulk-download-preview?${toQuery(filter)}`);
    if (applied !== filter) return; // another filter was applied meanwhile
    bulkSummary.textContent = preview.files === 0
      ? 'Không có tệp nào để đóng gói: chỉ bài đã nhận mới có tệp.'
      : `Tệp ZIP sẽ gồm ${formatNumber(preview.files)} tệp bài dự thi đã nhận trong danh sách này, tổng ${formatFileSize(preview.bytes)}, kèm bảng danh sách bài.`;
    bulkButton.disabled = preview.files === 0;
  } catch (error) {
    if (applied === filter) showApiError(bulkSummary, error);
  }
}

async function requestBulkDownload(filter = applied) {
  if (!filter) return;
  const button = bulkButton;
  button.disabled = true;
  bulkPanel.hidden = false;
  bulkFile.hidden = true;
  bulkStatus.textContent = 'Đang gửi yêu cầu…';
  bulkProgress.value = 0;
  bulkPercent.textContent = '0%';
  try {
    let download = await postJson('/api/organizer/bulk-downloads', filter);
    while (download.status === 'queued' || download.status === 'building') {
      showBulk(download);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      download = await getJson(`/api/organizer/bulk-downloads/${encodeURIComponent(download.id)}`);
    }
    showBulk(download);
  } catch (error) {
    showApiError(bulkStatus, error);
  } finally {
    button.disabled = !applied;
  }
}

function showBulk(download) {
  const finished = download.status === 'ready';
  bulkProgress.max = Math.max(1, download.total);
  bulkProgress.value = finished ? bulkProgress.max : download.done;
  bulkPercent.textContent = `${Math.round((bulkProgress.value / bulkProgress.max) * 100)}%`;
  if (download.status === 'queued') bulkStatus.textContent = 'Đang chờ tạo tệp ZIP…';
  else if (download.status === 'building') bulkStatus.textContent = `Đang đóng gói ${formatNumber(download.done)}/${formatNumber(download.total)} bài…`;
  else if (download.status === 'failed') bulkStatus.textContent = download.error ?? 'Không tạo được tệp ZIP.';
  else {
    bulkStatus.textContent = `Tệp ZIP đã sẵn sàng: ${formatNumber(download.total)} bài, ${formatFileSize(download.size)}. Liên kết tải có hiệu lực trong ít phút sau khi bấm.`;
    bulkFile.href = download.fileUrl;
    bulkFile.hidden = false;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  applyFilter(true);
});
more.addEventListener('click', () => loadPage(true));
document.getElementById('bulk-download').addEventListener('click', () => requestBulkDownload());
chosenDownload.addEventListener('click', () => { if (chosen.size) requestBulkDownload(chosenFilter()); });

async function start() {
  if (!(await requireOrganizer())) return;
  try {
    await fillChoices();
  } catch (error) {
    showApiError(message, error);
    return;
  }
  const params = new URLSearchParams(window.location.search);
  for (const name of FIELDS) if (params.has(name)) form.elements[name].value = params.get(name);
  replaceChildren(rows);
  applyFilter();
}

start();
