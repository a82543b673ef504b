// A judge's list: every entry given to them by sealed code (số phách), with their own progress.
import { getJson } from '../api.js';
import { el } from '../dom.js';
import { formatDateTime } from '../format.js';
import { requireJudge, showApiError } from '../admin/session.js';
import { STATUS_LABELS } from './labels.js';
import { label } from '../labels.js';

const list = document.getElementById('judge-assignments');
const progress = document.getElementById('judge-progress');
const message = document.getElementById('judge-message');

async function load() {
  try {
    const items = await getJson('/api/judge/assignments');
    const done = items.filter((item) => item.status === 'submitted').length;
    progress.textContent = items.length === 0
      ? 'Bạn chưa được phân công bài nào. Ban Thư ký sẽ thông báo khi vòng chấm mở.'
      : `Đã chấm ${done}/${items.length} bài.`;
    list.replaceChildren(...items.map((item) => el('li', { className: 'card assignment', 'data-code': item.code },
      el('h2', {}, el('a', { href: `/judge/entry.html#${encodeURIComponent(item.code)}` }, `Số phách ${item.code}`)),
      el('p', { className: 'assignment-title' }, item.title),
      el('dl', { className: 'facts' },
        el('dt', {}, 'Phong trào'), el('dd', {}, item.movementName),
        el('dt', {}, 'Số chữ'), el('dd', {}, item.wordCount == null ? 'Chưa đếm được' : item.wordCount.toLocaleString('vi-VN')),
        el('dt', {}, 'Vòng chấm'), el('dd', {}, `${item.roundName} (hạn ${formatDateTime(item.closesAt)})`),
        el('dt', {}, 'Trạng thái'), el('dd', { className: `status status-${item.status}` },
          label(STATUS_LABELS, item.status), item.total == null ? '' : ` – ${item.total.toLocaleString('vi-VN')} điểm`)))));
  } catch (error) {
    showApiError(message, error);
  }
}

if (await requireJudge()) load();
