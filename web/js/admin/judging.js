// The organizers' judging page: the rounds, one click to assign judges, a round's closing time changed (closed early
// or extended, with a reason, confirmed in the app's dialog), and a form to make a round.
import { ApiError, getJson, postJson } from '../api.js';
import { confirmAct } from '../confirm.js';
import { el, replaceChildren } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { formatDateTime, formatList, formatNumber, formatTyped, localDateTime } from '../format.js';
import { label, ROUND_STATE } from '../labels.js';
import { dateRequestValue, dateValue } from '../date-field.js';
import { focusPanel, open as openRubric, setUpRubricEditor } from './rubric.js';
import { requireOrganizer, showApiError } from './session.js';
import { drawJudgeProgress, roundInProgress } from './judging-charts.js';

const message = document.getElementById('judging-message');
const rows = document.getElementById('round-rows');
const result = document.getElementById('assignment-result');
const form = document.getElementById('round-form');
const scheduleForm = document.getElementById('schedule-form');
const scheduleMessage = document.getElementById('schedule-message');
const FIELD_IDS = {
  name: 'round-name', judges: 'round-judges', judgesPerEntry: 'round-k', opensAt: 'round-opens', closesAt: 'round-closes',
  fromRound: 'round-from', rankBy: 'round-rank',
};
const errors = new FormErrors(form, document.getElementById('round-summary'), { controlIdFor: (key) => FIELD_IDS[key] ?? null });

let rounds = [];
/** Judges' e-mail → name, from the staff list, for the progress chart. */
let judgeNames = new Map();

/** Each judge's progress in the round in progress (none drawn before the first round is made). */
async function drawProgress() {
  const round = roundInProgress(rounds);
  const slot = document.getElementById('chart-judges');
  if (!round) {
    slot.replaceChildren();
    return;
  }
  try {
    const ranking = await getJson(`/api/organizer/rounds/${encodeURIComponent(round.id)}/ranking`);
    drawJudgeProgress(slot, round, ranking.progress, judgeNames);
  } catch (error) {
    // The chart is a picture of the rounds above: its failure is said where it would be, never over an act's outcome.
    const notice = el('p', { className: 'notice notice-error', role: 'status' });
    slot.replaceChildren(notice);
    showApiError(notice, error);
  }
}

async function loadRounds() {
  rounds = await getJson('/api/organizer/rounds');
  const shown = document.getElementById('rubric-panel');
  rows.replaceChildren(...rounds.map((round) => el('tr', { 'data-round': round.id },
    el('th', { scope: 'row' }, round.name),
    el('td', { 'data-window': '' }, `${formatDateTime(round.opensAt)} – ${formatDateTime(round.closesAt)}`,
      round.rescheduled ? el('small', { className: 'hint' }, ` (hạn trước: ${formatDateTime(round.rescheduled.previousClosesAt)})`) : null),
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
      el('button', {
        type: 'button', className: 'button button-secondary', 'data-schedule': '', 'aria-controls': 'schedule-form',
        'aria-expanded': String(!scheduleForm.hidden && scheduleForm.dataset.round === round.id), onclick: () => showSchedule(round.id),
        'aria-label': `Đổi thời hạn vòng “${round.name}”`,
      }, 'Đổi thời hạn'),
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

const scheduleErrors = new FormErrors(scheduleForm, document.getElementById('schedule-summary'), {
  controlIdFor: (key) => `schedule-${key}`,
  validators: {
    closesAt: (value) => (!value.trim() ? 'Vui lòng nhập thời gian đóng mới.' : ''),
    reason: (value) => (!value.trim() ? 'Vui lòng nêu lý do.' : ''),
  },
});

function showSchedule(roundId) {
  const round = rounds.find((r) => r.id === roundId);
  scheduleForm.dataset.round = round.id;
  scheduleErrors.clear();
  scheduleForm.reset();
  scheduleMessage.className = 'notice';
  scheduleMessage.replaceChildren();
  document.getElementById('schedule-title').textContent = `Đổi thời hạn vòng “${round.name}”`;
  document.getElementById('schedule-current').textContent =
    `Vòng chấm mở từ ${formatDateTime(round.opensAt)}, hạn hiện tại ${formatDateTime(round.closesAt)} (giờ Việt Nam).`;
  scheduleForm.hidden = false;
  for (const toggle of rows.querySelectorAll('[data-schedule]')) {
    toggle.setAttribute('aria-expanded', String(toggle.closest('tr').dataset.round === roundId));
  }
  document.getElementById('schedule-title').focus();
}

function closeSchedule() {
  const roundId = scheduleForm.dataset.round;
  scheduleForm.hidden = true;
  for (const toggle of rows.querySelectorAll('[data-schedule]')) toggle.setAttribute('aria-expanded', 'false');
  rows.querySelector(`tr[data-round="${CSS.escape(roundId ?? '')}"] [data-schedule]`)?.focus();
}

/** What the new time means for judges: a closed round takes no more scores, so say when that starts or stops. */
function scheduleMeaning(round, closesAt) {
  const now = localDateTime(new Date());
  if (closesAt <= now) return 'Vòng chấm đóng ngay: giám khảo không lưu hay nộp thêm phiếu chấm được nữa; phiếu đã lưu được giữ nguyên.';
  if (closesAt < localDateTime(round.closesAt)) {
    return `Vòng chấm đóng sớm: từ ${formatTyped(closesAt)}, giám khảo không lưu hay nộp thêm phiếu chấm được nữa.`;
  }
  return round.state === 'closed'
    ? `Vòng chấm mở lại: giám khảo được chấm tiếp đến ${formatTyped(closesAt)}.`
    : `Giám khảo được chấm và sửa phiếu đến ${formatTyped(closesAt)}.`;
}

scheduleForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  scheduleErrors.clear();
  const invalid = scheduleErrors.checkAll();
  if (Object.keys(invalid).length > 0) {
    scheduleErrors.showProblem({ title: 'Chưa đổi được thời hạn.', errors: invalid });
    return;
  }
  const round = rounds.find((r) => r.id === scheduleForm.dataset.round);
  const closesAt = dateRequestValue(scheduleForm.elements.closesAt);
  const reason = scheduleForm.elements.reason.value.trim();
  // A time the field cannot read goes to the server as typed, which names what is wrong; only a real one is confirmed.
  const typed = dateValue(scheduleForm.elements.closesAt);
  if (typed) {
    const { confirmed } = await confirmAct({
      title: `Đổi thời hạn vòng “${round.name}”?`,
      lines: [
        `Hạn chấm đổi từ ${formatDateTime(round.closesAt)} thành ${formatTyped(typed)} (giờ Việt Nam).`,
        scheduleMeaning(round, typed),
        'Thay đổi và lý do được ghi vào nhật ký.',
      ],
      confirmLabel: 'Xác nhận đổi thời hạn',
    });
    if (!confirmed) return;
  }
  try {
    const saved = await postJson(`/api/organizer/rounds/${encodeURIComponent(round.id)}/schedule`, { closesAt, reason });
    await loadRounds();
    closeSchedule();
    message.className = 'notice notice-success';
    message.textContent = `Đã đổi thời hạn vòng “${saved.name}” thành ${formatDateTime(saved.closesAt)}.`;
  } catch (error) {
    if (error instanceof ApiError && error.problem?.errors) scheduleErrors.showProblem(error.problem, 'Chưa đổi được thời hạn.');
    else showApiError(scheduleMessage, error);
  }
});
document.getElementById('schedule-close').addEventListener('click', closeSchedule);
scheduleErrors.wire();

async function loadJudges() {
  const staff = await getJson('/api/organizer/staff');
  const judges = staff.filter((member) => member.roles.includes('judge'));
  judgeNames = new Map(judges.map((judge) => [judge.email, judge.name]));
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
    await drawProgress();
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
    await drawProgress();
  } catch (error) {
    if (error instanceof ApiError && error.status !== 401) errors.showProblem(error.problem, 'Chưa tạo được vòng chấm');
    else showApiError(message, error);
  }
});

if (await requireOrganizer()) {
  try {
    await Promise.all([loadRounds(), loadJudges()]);
    await drawProgress();
  } catch (error) {
    showApiError(message, error);
  }
}
