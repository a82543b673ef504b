// The organizers' judging page: the rounds, one click to assign judges, and a form to make a round.
import { ApiError, getJson, postJson } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { formatDateTime, formatList, formatNumber } from '../format.js';
import { label, ROUND_STATE } from '../labels.js';
import { dateRequestValue } from '../date-field.js';
import { focusPanel, open as openRubric, setUpRubricEditor } from './rubric.js';
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

let rounds = [];

async function loadRounds() {
  rounds = await getJson('/api/organizer/rounds');
  const shown = document.getElementById('rubric-panel');
  rows.replaceChildren(...rounds.map((round) => el('tr', { 'data-round': round.id },
    el('th', { scope: 'row' }, round.name),
    el('td', {}, `${formatDateTime(round.opensAt)} – ${formatDateTime(round.closesAt)}`),
    el('td', {}, `${round.judges.length} giám khảo, ${round.judgesPerEntry} giám khảo/bài`),
    el('td', {}, label(ROUND_STATE, round.state)),
    el('td', {},
      round.state === 'closed' ? null : el('button', { type: 'button', className: 'button button-secondary', 'data-assign': '', onclick: (event) => assign(round, event.currentTarget) }, 'Phân công giám khảo'),
      ' ',
      el('button', {
        type: 'button', className: 'button button-secondary', 'data-rubric': '', 'aria-controls': 'rubric-panel',
        'aria-expanded': String(!shown.hidden && shown.dataset.round === round.id), onclick: () => showRubric(round.id),
        // The name starts with the words shown (WCAG 2.5.3); a hidden span would escape the table's scroll box.
        'aria-label': `Thang điểm vòng “${round.name}”`,
      }, 'Thang điểm'),
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

function showRubric(roundId) {
  const round = rounds.find((r) => r.id === roundId);
  openRubric(round);
  for (const toggle of rows.querySelectorAll('[data-rubric]')) {
    toggle.setAttribute('aria-expanded', String(toggle.closest('tr').dataset.round === roundId));
  }
  focusPanel();
}

// After a change the table is drawn again (it shows each round's rubric state) and the panel the server's rubric.
setUpRubricEditor(async (saved) => {
  const roundId = document.getElementById('rubric-panel').dataset.round;
  await loadRounds();
  if (!saved) openRubric(rounds.find((r) => r.id === roundId));
});

async function loadJudges() {
  const staff = await getJson('/api/organizer/staff');
  const judges = staff.filter((member) => member.roles.includes('judge'));
  document.getElementById('round-judge-boxes').replaceChildren(...(judges.length
    ? judges.map((judge) => el('label', { className: 'check' },
      el('input', { type: 'checkbox', name: 'judges', value: judge.email, checked: true }), ` ${judge.name} (${judge.email})`))
    : [el('p', {}, 'Chưa có giám khảo. Thêm cán bộ với vai trò Ban Giám khảo ở trang Cán bộ.')]));
}

async function assign(round, button) {
  // Sealing makes a cleaned copy of every new file, which takes seconds per hundred entries: say so while it runs.
  button.disabled = true;
  result.setAttribute('aria-busy', 'true');
  result.className = 'notice';
  result.replaceChildren(el('span', { className: 'spinner', 'aria-hidden': 'true' }),
    ` Đang phân công giám khảo cho “${round.name}”: rọc phách bài mới, làm bản sạch thông tin tác giả, rồi chia bài cho giám khảo không vướng xung đột. `
    + 'Việc này có thể mất vài chục giây với nhiều bài; vui lòng không đóng trang.');
  try {
    const outcome = await postJson(`/api/organizer/rounds/${encodeURIComponent(round.id)}/assignments`);
    const loads = outcome.loads.map((judge) => `${judge.name}: ${formatNumber(judge.entries)} bài`);
    const warn = outcome.unplaced.length || !outcome.balanced || outcome.held.length || outcome.awaitingSecretariat;
    result.className = warn ? 'notice notice-warning' : 'notice notice-success';
    replaceChildren(result,
      el('p', {}, el('strong', {}, outcome.assigned
        ? `Đã phân công thêm ${formatNumber(outcome.assigned)} lượt chấm.`
        : 'Không có lượt chấm mới: mọi bài đã đủ giám khảo.')),
      el('p', {}, `Vòng chấm có ${formatNumber(outcome.inRound)} bài đang chấm`,
        outcome.sealed ? `, trong đó ${formatNumber(outcome.sealed)} bài vừa được rọc phách.` : '; lần này không có bài mới cần rọc phách.'),
      outcome.held.length
        ? el('div', { className: 'held-groups' },
          el('p', {}, el('strong', {}, 'Chưa đưa vào chấm, chờ Ban Tổ chức quyết định: ')),
          el('ul', { id: 'assignment-held' }, outcome.held.map((group) => el('li', { 'data-flag': group.flag },
            el('a', { href: group.listUrl }, group.text), '.'))))
        : null,
      outcome.awaitingSecretariat
        ? el('p', {}, `${formatNumber(outcome.awaitingSecretariat)} bài chờ Ban Thư ký xem lại bản cho giám khảo (có thể lộ danh tính tác giả); xem ở `,
          el('a', { href: `/admin/ranking.html#${encodeURIComponent(round.id)}` }, 'trang kết quả chấm'), '.')
        : null,
      loads.length ? el('p', {}, `Số bài mỗi giám khảo: ${formatList(loads, 'và')}.`) : null,
      outcome.note ? el('p', {}, outcome.note) : null,
      outcome.unplaced.length
        ? el('ul', {}, outcome.unplaced.map((u) => el('li', {}, `Bài ${u.entryId}: thiếu ${u.missing} giám khảo. ${u.reason}`)))
        : null);
  } catch (error) {
    showApiError(result, error);
  } finally {
    result.removeAttribute('aria-busy');
    button.disabled = false;
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
