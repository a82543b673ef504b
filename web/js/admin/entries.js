import { getJson, postJson } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { formatDateTime, formatFileSize, formatNumber } from '../format.js';
import { requireOrganizer, showApiError, toQuery } from './session.js';

const form = document.getElementById('entries-filter');
const rows = document.getElementById('entries-rows');
const message = document.getElementById('entries-message');
const more = document.getElementById('entries-more');
const FIELDS = ['q', 'unit', 'movement', 'status', 'from', 'to'];
const STATUS = { received: 'Đã nhận', pending: 'Chưa hoàn tất' };
const SCREENING = { forwarded: 'Đơn vị chuyển', heldBack: 'Đơn vị giữ lại' };

let nextPage = null;
let shown = 0;

/** The filter in the form; the page's URL keeps it, so a filtered list can be bookmarked or linked. */
function currentFilter() {
  return Object.fromEntries(FIELDS.map((name) => [name, form.elements[name].value.trim()]));
}

function entryRow(entry) {
  return el('tr', { 'data-entry': entry.id },
    el('th', { scope: 'row' }, el('a', { href: `/admin/entry.html?id=${encodeURIComponent(entry.id)}`, className: 'entry-title' }, entry.title),
      el('span', { className: 'hint' }, ` · ${entry.id}`)),
    el('td', {}, entry.authorName),
    el('td', {}, entry.unitName),
    el('td', {}, entry.movementName),
    el('td', {}, entry.receivedAt ? formatDateTime(entry.receivedAt) : '—'),
    el('td', {}, el('span', { className: `badge ${entry.status === 'received' ? 'badge-ok' : 'badge-missing'}` }, STATUS[entry.status] ?? entry.status),
      entry.handedInBy ? el('span', { className: 'hint' }, ' · đơn vị nộp') : null,
      entry.screening ? el('span', { className: `badge ${entry.screening === 'heldBack' ? 'badge-late' : 'badge-ok'}` }, SCREENING[entry.screening]) : null));
}

async function loadPage(append) {
  const query = toQuery({ ...currentFilter(), page: append ? nextPage : null });
  more.disabled = true;
  try {
    const page = await getJson(`/api/organizer/entries?${query}`);
    if (!append) {
      rows.replaceChildren();
      shown = 0;
    }
    rows.append(...page.entries.map(entryRow));
    shown += page.entries.length;
    nextPage = page.nextPage;
    more.hidden = !nextPage;
    message.className = 'notice';
    message.textContent = shown === 0 ? 'Không có bài dự thi nào phù hợp.' : `Đang hiển thị ${formatNumber(shown)} bài${nextPage ? '; bấm “Xem thêm” để xem tiếp' : ''}.`;
  } catch (error) {
    showApiError(message, error);
  } finally {
    more.disabled = false;
  }
}

function applyFilter() {
  const query = toQuery(currentFilter());
  history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  for (const format of ['xlsx', 'csv']) {
    document.getElementById(`export-entries-${format}`).href = `/api/organizer/exports/entries?${toQuery({ ...currentFilter(), format })}`;
  }
  loadPage(false);
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

// Bulk download: ask for a ZIP of the current filter, then follow its progress until it is ready.
const bulkPanel = document.getElementById('bulk-panel');
const bulkStatus = document.getElementById('bulk-status');
const bulkProgress = document.getElementById('bulk-progress');
const bulkFile = document.getElementById('bulk-file');

async function requestBulkDownload() {
  const button = document.getElementById('bulk-download');
  button.disabled = true;
  bulkPanel.hidden = false;
  bulkFile.hidden = true;
  bulkStatus.textContent = 'Đang gửi yêu cầu…';
  try {
    let download = await postJson('/api/organizer/bulk-downloads', currentFilter());
    while (download.status === 'queued' || download.status === 'building') {
      showBulk(download);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      download = await getJson(`/api/organizer/bulk-downloads/${encodeURIComponent(download.id)}`);
    }
    showBulk(download);
  } catch (error) {
    showApiError(bulkStatus, error);
  } finally {
    button.disabled = false;
  }
}

function showBulk(download) {
  bulkProgress.max = Math.max(1, download.total);
  bulkProgress.value = download.done;
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
  applyFilter();
});
more.addEventListener('click', () => loadPage(true));
document.getElementById('bulk-download').addEventListener('click', requestBulkDownload);

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
