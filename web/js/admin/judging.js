// The organizers' judging page: the rounds, one click to assign judges, and a form to make a round.
import { ApiError, getJson, postJson } from '../api.js';
import { el } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { formatDateTime, formatList } from '../format.js';
import { label, ROUND_STATE } from '../labels.js';
import { dateRequestValue } from '../date-field.js';
import { requireOrganizer, showApiError } from './session.js';

const message = document.getElementById('judging-message');
const rows = document.getElementById('round-rows');
const result = document.getElementById('assignment-result');
const form = document.getElementById('round-form');
const FIELD_IDS = {
  name: 'round-name', judges: 'round-judges', judgesPerEntry: 'round-k', opensAt: 'round-opens', closesAt: 'round-closes',
  fromRound: 'round-from', rankBy: 'round-rank',
};
const errors = new FormErrors(form, document.getElementById('round-summary'), { controlIdFor: (key) => FIELD_IDS[key] ?? null });

async function loadRounds() {
  const rounds = await getJson('/api/organizer/rounds');
  rows.replaceChildren(...rounds.map((round) => el('tr', { 'data-round': round.id },
    el('th', { scope: 'row' }, round.name),
    el('td', {}, `${formatDateTime(round.opensAt)} – ${formatDateTime(round.closesAt)}`),
    el('td', {}, `${round.judges.length} giám khảo, ${round.judgesPerEntry} giám khảo/bài`),
    el('td', {}, label(ROUND_STATE, round.state)),
    el('td', {},
      round.state === 'closed' ? null : el('button', { type: 'button', className: 'button button-secondary', onclick: () => assign(round) }, 'Phân công giám khảo'),
      ' ',
      el('a', { href: `/admin/ranking.html#${encodeURIComponent(round.id)}` }, 'Kết quả chấm')))));
  if (rounds.length === 0) {
    rows.replaceChildren(el('tr', { 'data-empty': '' },
      el('td', { colSpan: 5 }, 'Chưa có vòng chấm nào. Tạo vòng chấm đầu tiên (ví dụ: Sơ khảo) ở biểu mẫu bên dưới, rồi bấm “Phân công giám khảo”.')));
  }
  const from = form.elements.fromRound;
  from.replaceChildren(el('option', { value: '' }, 'Tất cả bài đã nhận (vòng đầu tiên)'),
    ...rounds.map((round) => el('option', { value: round.id }, `Danh sách vào vòng sau của “${round.name}”`)));
}

async function loadJudges() {
  const staff = await getJson('/api/organizer/staff');
  const judges = staff.filter((member) => member.roles.includes('judge'));
  document.getElementById('round-judge-boxes').replaceChildren(...(judges.length
    ? judges.map((judge) => el('label', { className: 'check' },
      el('input', { type: 'checkbox', name: 'judges', value: judge.email, checked: true }), ` ${judge.name} (${judge.email})`))
    : [el('p', {}, 'Chưa có giám khảo. Thêm cán bộ với vai trò Ban Giám khảo ở trang Cán bộ.')]));
}

async function assign(round) {
  result.className = 'notice';
  result.textContent = `Đang phân công giám khảo cho “${round.name}”…`;
  try {
    const outcome = await postJson(`/api/organizer/rounds/${encodeURIComponent(round.id)}/assignments`);
    const loads = Object.entries(outcome.perJudge).map(([email, count]) => `${email}: ${count} bài`);
    result.className = outcome.unplaced.length || !outcome.balanced ? 'notice notice-warning' : 'notice notice-success';
    result.replaceChildren(
      el('strong', {}, `Đã phân công thêm ${outcome.assigned} lượt chấm.`),
      el('span', {}, ` Bài mới rọc phách: ${outcome.sealed}. Bài chờ Ban Thư ký xem lại (có thể lộ danh tính): ${outcome.awaitingSecretariat}.`),
      el('span', {}, ` Số bài mỗi giám khảo: ${formatList(loads, 'và')}.`),
      outcome.note ? el('span', {}, ` ${outcome.note}`) : null,
      outcome.unplaced.length
        ? el('ul', {}, outcome.unplaced.map((u) => el('li', {}, `Bài ${u.entryId}: thiếu ${u.missing} giám khảo. ${u.reason}`)))
        : null);
  } catch (error) {
    showApiError(result, error);
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  errors.clear();
  const body = {
    name: form.elements.name.value.trim(),
    judges: [...form.querySelectorAll('input[name="judges"]:checked')].map((box) => box.value),
    judgesPerEntry: Number(form.elements.judgesPerEntry.value),
    opensAt: dateRequestValue(form.elements.opensAt),
    closesAt: dateRequestValue(form.elements.closesAt),
    fromRound: form.elements.fromRound.value || null,
    rankBy: form.elements.rankBy.value,
  };
  try {
    await postJson('/api/organizer/rounds', body);
    message.className = 'notice notice-success';
    message.textContent = `Đã tạo vòng chấm “${body.name}”.`;
    form.reset();
    await loadRounds();
    await loadJudges();
  } catch (error) {
    if (error instanceof ApiError && error.status !== 401) errors.showProblem(error.problem, 'Chưa tạo được vòng chấm');
    else showApiError(message, error);
  }
});

if (await requireOrganizer()) {
  try {
    await Promise.all([loadRounds(), loadJudges()]);
  } catch (error) {
    showApiError(message, error);
  }
}
