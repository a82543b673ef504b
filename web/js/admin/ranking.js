// A round's ranking for organizers: each judge's progress, then every entry with each judge's total, the mean,
// the normalized mean and the spread; wide spreads are marked for the jury to discuss.
import { getJson } from '../api.js';
import { el } from '../dom.js';
import { formatNumber } from '../format.js';
import { STATUS_LABELS } from '../judge/labels.js';
import { requireOrganizer, showApiError } from './session.js';

const roundId = decodeURIComponent(window.location.hash.slice(1));
const message = document.getElementById('ranking-message');
const figure = (value) => (value == null ? '—' : formatNumber(value));

async function load() {
  const ranking = await getJson(`/api/organizer/rounds/${encodeURIComponent(roundId)}/ranking`);
  const { round } = ranking;
  document.getElementById('ranking-heading').textContent = `Kết quả chấm – ${round.name}`;
  document.getElementById('ranking-basis').textContent =
    `Xếp hạng theo ${round.rankBy === 'normalized' ? 'điểm chuẩn hóa' : 'điểm trung bình'}; chênh lệch trên ${formatNumber(round.spreadToDiscuss)} điểm được đánh dấu để Ban Giám khảo trao đổi.`;
  document.getElementById('progress-rows').replaceChildren(...ranking.progress.map((p) => el('tr', {},
    el('th', { scope: 'row' }, p.judge),
    el('td', {}, `${p.submitted}/${p.assigned}`),
    el('td', {}, String(p.drafts)),
    el('td', {}, String(p.recused)))));
  document.getElementById('ranking-rows').replaceChildren(...ranking.entries.map((entry) => el('tr', { 'data-code': entry.code },
    el('td', {}, entry.rank == null ? 'Chưa có điểm' : String(entry.rank)),
    el('th', { scope: 'row' }, entry.code),
    el('td', {}, el('span', {}, entry.title), el('br'), el('span', { className: 'hint' }, entry.authorName ?? '')),
    el('td', {}, el('ul', { className: 'plain' }, entry.judges.map((j) => el('li', {},
      `${j.judge}: ${j.total == null ? (STATUS_LABELS[j.status] ?? j.status) : formatNumber(j.total)}`)))),
    el('td', {}, figure(entry.mean)),
    el('td', {}, figure(entry.normalized)),
    el('td', { className: entry.discuss ? 'discuss' : null }, figure(entry.spread), entry.discuss ? ' (cần trao đổi)' : ''))));
}

if (await requireOrganizer()) {
  try {
    await load();
  } catch (error) {
    showApiError(message, error);
  }
}
