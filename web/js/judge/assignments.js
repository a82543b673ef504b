// A judge's list: every entry given to them by sealed code (số phách), with their own progress. One compact row per
// entry, and a filter so a judge with dozens of entries sees what is left to score; the choice is kept in the
// address (#chua-cham), so coming back from an entry shows the same list.
import { getJson } from '../api.js';
import { el } from '../dom.js';
import { formatDateTime } from '../format.js';
import { requireJudge, showApiError } from '../admin/session.js';
import { STATUS_LABELS } from './labels.js';
import { label } from '../labels.js';

const list = document.getElementById('judge-assignments');
const progress = document.getElementById('judge-progress');
const message = document.getElementById('judge-message');
const filterBox = document.getElementById('judge-filter');

/** Filters by the address's hash: an entry is left to score until its sheet is submitted (a recusal ends it too). */
const FILTERS = {
  'tat-ca': { label: 'Tất cả', keep: () => true },
  'chua-cham': { label: 'Chưa chấm xong', keep: (item) => item.status === 'assigned' || item.status === 'draft' },
  'da-nop': { label: 'Đã nộp phiếu', keep: (item) => item.status === 'submitted' },
};
let items = [];

function currentFilter() {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  return FILTERS[hash] ? hash : 'tat-ca';
}

function row(item) {
  const status = `${label(STATUS_LABELS, item.status)}${item.total == null ? '' : ` – ${item.total.toLocaleString('vi-VN')} điểm`}`;
  const words = item.wordCount == null ? 'số chữ chưa đếm được' : `${item.wordCount.toLocaleString('vi-VN')} chữ`;
  return el('li', { className: 'assignment', 'data-code': item.code, 'data-status': item.status },
    el('div', { className: 'assignment-head' },
      el('h2', {}, el('a', { href: `/judge/entry.html#${encodeURIComponent(item.code)}` }, `Số phách ${item.code}`)),
      el('span', { className: `status status-${item.status}` }, status)),
    el('p', { className: 'assignment-title' }, item.title),
    el('p', { className: 'assignment-meta' }, `${item.movementName} · ${words} · ${item.roundName}, hạn ${formatDateTime(item.closesAt)}`));
}

function render() {
  const chosen = currentFilter();
  filterBox.hidden = items.length === 0;
  for (const input of filterBox.querySelectorAll('input[name="judge-filter"]')) {
    input.checked = input.value === chosen;
    const count = items.filter(FILTERS[input.value].keep).length;
    input.parentElement.querySelector('[data-count]').textContent = ` (${count})`;
  }
  const shown = items.filter(FILTERS[chosen].keep);
  list.replaceChildren(...shown.map(row));
  document.getElementById('judge-empty').textContent = items.length > 0 && shown.length === 0
    ? (chosen === 'chua-cham' ? 'Bạn đã chấm xong mọi bài được phân công.' : 'Không có bài nào trong mục này.')
    : '';
}

filterBox.addEventListener('change', (event) => {
  if (event.target.name !== 'judge-filter') return;
  history.replaceState(null, '', `#${event.target.value}`);
  render();
});
window.addEventListener('hashchange', render);

async function load() {
  try {
    items = await getJson('/api/judge/assignments');
    const done = items.filter((item) => item.status === 'submitted').length;
    progress.textContent = items.length === 0
      ? 'Bạn chưa được phân công bài nào. Ban Thư ký sẽ thông báo khi vòng chấm mở.'
      : `Đã chấm ${done}/${items.length} bài.`;
    render();
  } catch (error) {
    showApiError(message, error);
  }
}

if (await requireJudge()) load();
