// A round's ranking for organizers: each judge's progress, then every entry with each judge's total, the mean,
// the normalized mean and the spread; wide spreads are marked for the jury to discuss.
import { ApiError, getJson, postJson } from '../api.js';
import { el } from '../dom.js';
import { FormErrors, showFieldError } from '../form-errors.js';
import { formatNumber } from '../format.js';
import { STATUS_LABELS } from '../judge/labels.js';
import { label } from '../labels.js';
import { enhanceFilePickers } from '../file-picker.js';
import { requireOrganizer, showApiError } from './session.js';

const roundId = decodeURIComponent(window.location.hash.slice(1));
const message = document.getElementById('ranking-message');
const figure = (value) => (value == null ? '—' : formatNumber(value));
const base = `/api/organizer/rounds/${encodeURIComponent(roundId)}`;
const shortlistForm = document.getElementById('shortlist-form');
let roundName = '';
const shortlistErrors = new FormErrors(shortlistForm, document.getElementById('shortlist-summary'), {
  controlIdFor: (key) => ({ top: 'shortlist-top', atLeast: 'shortlist-at-least' })[key] ?? null,
});

function renderFlagged(entries) {
  const flagged = entries.filter((entry) => entry.copyState === 'flagged' || entry.copyState === 'needsSecretariat');
  document.getElementById('flagged').hidden = flagged.length === 0;
  document.getElementById('flagged-list').replaceChildren(...flagged.map((entry) => {
    const reasonId = `decision-${entry.code}`;
    const decide = async (decision) => {
      const reason = document.getElementById(reasonId);
      try {
        await postJson(`${base}/entries/${encodeURIComponent(entry.entryId)}/decision`, { decision, reason: reason.value });
        await load();
        // The card leaves the list, so say what became of the entry where it stays in view.
        message.className = 'notice notice-success';
        message.textContent = decision === 'exclude'
          ? `Đã loại bài số phách ${entry.code} khỏi vòng chấm “${roundName}”: bài không được giao cho giám khảo và không có trong xếp hạng của vòng này. Lý do đã được ghi vào nhật ký.`
          : `Đã chấp nhận bản cho giám khảo của bài số phách ${entry.code}; bài được giao cho giám khảo ở lần phân công tiếp theo.`;
        message.focus();
      } catch (error) {
        showApiError(message, error);
      }
    };
    const fileId = `redaction-${entry.code}`;
    const upload = async () => {
      const file = document.getElementById(fileId).files[0];
      if (!file) {
        showFieldError(fileId, 'Vui lòng chọn tệp .docx hoặc .pdf đã che thông tin tác giả.');
        return;
      }
      try {
        const ticket = await postJson(`${base}/entries/${encodeURIComponent(entry.entryId)}/redaction`, { fileName: file.name });
        const put = await fetch(ticket.uploadUrl, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: file });
        if (!put.ok) throw new Error(`Tải tệp lên không thành công (${put.status}).`);
        await postJson(`${base}/entries/${encodeURIComponent(entry.entryId)}/redaction/done`, { blobName: ticket.blobName });
        await load();
      } catch (error) {
        showApiError(message, error);
      }
    };
    return el('li', { className: 'card', 'data-flagged': entry.code },
      el('h3', {}, `Số phách ${entry.code}: ${entry.title}`),
      el('ul', {}, entry.hits.map((hit) => el('li', {}, hit))),
      el('div', { className: 'field' }, el('label', { htmlFor: reasonId }, 'Lý do quyết định'), el('input', { id: reasonId, type: 'text', maxLength: 500 })),
      el('div', { className: 'field' },
        el('label', { htmlFor: fileId }, 'Hoặc tải lên bản đã che thông tin tác giả (.docx, .pdf)'),
        el('input', { id: fileId, type: 'file', accept: '.docx,.pdf' }),
        el('p', { className: 'field-error', id: `${fileId}-error` })),
      el('div', { className: 'actions' },
        entry.copyState === 'flagged' ? el('button', { type: 'button', className: 'button button-secondary', onclick: () => decide('accept') }, 'Chấp nhận bản này') : null,
        el('button', { type: 'button', className: 'button button-secondary', onclick: upload }, 'Tải lên bản đã che'),
        el('button', { type: 'button', className: 'button button-secondary', onclick: () => decide('exclude') }, 'Loại khỏi vòng chấm')));
  }));
  enhanceFilePickers(document.getElementById('flagged-list'));
}

document.getElementById('ranking-export').href = `${base}/scores`;
document.getElementById('ranking-remind').addEventListener('click', async () => {
  const result = document.getElementById('ranking-remind-result');
  try {
    const { reminded } = await postJson(`${base}/reminders`);
    result.className = 'notice notice-success';
    result.textContent = reminded.length ? `Đã gửi thư nhắc ${reminded.length} giám khảo.` : 'Không có giám khảo nào cần nhắc (đã chấm xong hoặc đã được nhắc hôm nay).';
  } catch (error) {
    showApiError(result, error);
  }
});

shortlistForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  shortlistErrors.clear();
  const top = shortlistForm.elements.top.value.trim();
  const atLeast = shortlistForm.elements.atLeast.value.trim().replace(',', '.');
  const body = top ? { top: Number(top), perMovement: shortlistForm.elements.perMovement.checked } : { atLeast: atLeast ? Number(atLeast) : null };
  try {
    const round = await postJson(`${base}/shortlist`, body);
    const result = document.getElementById('shortlist-result');
    result.className = 'notice notice-success';
    result.textContent = `Đã lưu danh sách vào vòng sau của “${round.name}”: ${round.shortlisted} bài.`
      + ' Tạo vòng chấm mới và chọn “Lấy bài từ” danh sách này để chấm tiếp.';
  } catch (error) {
    if (error instanceof ApiError && error.status !== 401) shortlistErrors.showProblem(error.problem, 'Chưa lưu được danh sách');
    else showApiError(message, error);
  }
});

async function load() {
  const ranking = await getJson(`/api/organizer/rounds/${encodeURIComponent(roundId)}/ranking`);
  const { round } = ranking;
  document.getElementById('ranking-heading').textContent = `Kết quả chấm – ${round.name}`;
  document.getElementById('ranking-basis').textContent =
    `Xếp hạng theo ${round.rankBy === 'normalized' ? 'điểm chuẩn hóa' : 'điểm trung bình'}; chênh lệch trên ${formatNumber(round.spreadToDiscuss)} điểm được đánh dấu để Ban Giám khảo trao đổi.`;
  roundName = round.name;
  shortlistForm.hidden = round.state !== 'closed';
  // Judges can be reminded only while the round is open (the server refuses otherwise): say so instead of offering it.
  document.getElementById('ranking-remind').hidden = round.state !== 'open';
  document.getElementById('ranking-remind-state').textContent = round.state === 'open' ? ''
    : round.state === 'closed' ? 'Vòng chấm đã đóng: không nhắc giám khảo nữa.' : 'Vòng chấm chưa mở: chưa nhắc giám khảo.';
  if (round.shortlisted > 0 && !document.getElementById('shortlist-result').textContent) {
    document.getElementById('shortlist-result').className = 'notice';
    document.getElementById('shortlist-result').textContent = `Danh sách vào vòng sau đã lưu: ${round.shortlisted} bài. Lưu lại để thay danh sách này.`;
  }
  renderFlagged(ranking.entries);
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
      `${j.judge}: ${j.total == null ? label(STATUS_LABELS, j.status) : formatNumber(j.total)}`)))),
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
