// The public results page: each tier with its winners (title, author, unit, movement) once the organizers have
// published them; before that, a notice that they are not out yet. Data is set as text (el()), never parsed.
import './layout.js';
import { ApiError, getJson } from './api.js';
import { el, replaceChildren } from './dom.js';
import { formatDateTime } from './format.js';

const status = document.getElementById('results-status');
const tiers = document.getElementById('results-tiers');
const print = document.getElementById('results-print');

function prize(entry, index) {
  return el('li', { className: 'results-prize' },
    el('p', { className: 'results-title' }, el('span', { className: 'visually-hidden' }, `${index + 1}. `), entry.title),
    el('dl', { className: 'results-facts' },
      el('dt', {}, 'Tác giả'), el('dd', {}, entry.authors),
      el('dt', {}, 'Đơn vị'), el('dd', {}, entry.unit),
      el('dt', {}, 'Phong trào'), el('dd', {}, entry.movement)));
}

async function load() {
  try {
    const results = await getJson('/api/results');
    status.className = 'notice notice-success';
    status.textContent = `Kết quả được công bố lúc ${formatDateTime(results.publishedAt)}.`;
    replaceChildren(tiers, results.tiers.map((tier, index) => el('section', { className: 'results-tier', 'aria-labelledby': `tier-${index}` },
      el('h2', { id: `tier-${index}` }, `${tier.name} (${tier.prizes.length} giải)`),
      tier.prizes.length === 0
        ? el('p', {}, 'Không có bài đạt giải này.')
        : el('ol', { className: 'results-prizes plain' }, tier.prizes.map(prize)))));
    print.hidden = false;
    document.getElementById('results-works').hidden = false;
    status.dataset.state = 'published';
  } catch (error) {
    if (!(error instanceof ApiError)) console.error(error);
    status.className = 'notice';
    status.textContent = error instanceof ApiError && error.status === 404
      ? 'Kết quả cuộc thi chưa được công bố. Vui lòng quay lại sau.'
      : 'Không tải được kết quả. Vui lòng thử lại sau.';
    status.dataset.state = 'pending';
  }
}

print.addEventListener('click', () => window.print());
load();
