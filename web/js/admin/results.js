// The organizers' results page: the prizes proposed from the final round's ranking, the ties across a quota the
// committee must settle, approval (which locks the results and opens codes to names), publication and the e-mails,
// and the unit awards. Every title and name is set as text (el()), never parsed as HTML.
import { downloadFile, getJson, postJson, putJson } from '../api.js';
import { confirmAct } from '../confirm.js';
import { el, replaceChildren } from '../dom.js';
import { dateRequestValue } from '../date-field.js';
import { formatDateTime, formatNumber } from '../format.js';
import { requireOrganizer, showApiError } from './session.js';
import { drawScoreDistribution } from './results-charts.js';

const $ = (id) => document.getElementById(id);
const message = $('results-message');
const METHODS = { moveUp: 'xét chọn', extend: 'tăng số giải', vote: 'biểu quyết' };
let board = null;

function say(text) {
  message.className = 'notice notice-success';
  message.textContent = text;
}

async function act(run, done) {
  try {
    board = await run();
    render();
    say(done);
  } catch (error) {
    showApiError(message, error);
  }
}

function who(entry) {
  return entry.authors ? `${entry.authors.join(', ')} – ${entry.unitName ?? ''}` : 'Chưa mở phách';
}

function entryRow(entry) {
  return el('tr', { 'data-entry': entry.entryId, className: entry.tied ? 'results-tie' : null },
    el('td', {}, String(entry.rank)),
    el('td', {}, entry.code),
    el('td', {}, entry.title, entry.tied ? el('strong', {}, ' (đồng hạng, chưa giải quyết)') : null),
    el('td', {}, who(entry)),
    el('td', {}, formatNumber(entry.score)));
}

function tierSection(tier, index) {
  const headingId = `tier-title-${index}`;
  return el('section', { className: 'results-tier', 'data-tier': tier.name, 'aria-labelledby': headingId },
    el('h3', { id: headingId }, `${tier.name}: ${tier.entries.length}/${tier.quota} giải`),
    tier.entries.length === 0
      ? el('p', { className: 'hint' }, 'Chưa có bài nào được xếp vào hạng giải này.')
      : el('div', { className: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': `Danh sách ${tier.name}` },
        el('table', { className: 'data-table' },
          el('thead', {}, el('tr', {}, ['Hạng', 'Số phách', 'Tác phẩm', 'Tác giả, đơn vị', 'Điểm'].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, tier.entries.map(entryRow)))));
}

function tieItem(tie, index) {
  const noteId = `tie-note-${index}`;
  const chosen = () => [...document.querySelectorAll(`[data-tie-choice="${index}"]:checked`)].map((box) => box.value);
  const resolve = (method) => act(
    () => postJson('/api/organizer/results/ties', { key: tie.key, method, chosen: method === 'extend' ? [] : chosen(), note: $(noteId).value }),
    'Đã ghi nhận cách giải quyết trường hợp đồng hạng.');
  // Once approved the results are locked: the controls stay visible (they show how the tie was settled) but inert.
  const locked = board.approved;
  return el('li', { className: 'card', 'data-tie': tie.key },
    el('h3', {}, `${tie.tierName}: ${tie.entries.length} bài đồng hạng ${tie.rank}, còn ${tie.seats} giải`),
    tie.resolved
      ? el('p', { className: 'notice notice-success' }, `Đã giải quyết bằng ${METHODS[tie.method] ?? tie.method}${tie.note ? ` (${tie.note})` : ''}.`)
      : el('p', { className: 'notice notice-warning' }, 'Chưa giải quyết: Hội đồng chọn một cách dưới đây.'),
    el('fieldset', { disabled: locked },
      el('legend', {}, `Chọn ${tie.seats} bài được xếp vào ${tie.tierName}`),
      tie.entries.map((entry) => el('label', { className: 'check' },
        el('input', { type: 'checkbox', value: entry.entryId, 'data-tie-choice': index, checked: tie.chosen.includes(entry.entryId) }),
        ` ${entry.code}: `, entry.title))),
    el('div', { className: 'field' }, el('label', { htmlFor: noteId }, 'Ghi chú (kết quả biểu quyết, ví dụ: 5/7 phiếu)'),
      el('input', { id: noteId, type: 'text', maxLength: 500, value: tie.note ?? '', disabled: locked })),
    locked ? el('p', { className: 'hint' }, 'Kết quả đã phê duyệt và đang khóa; muốn giải quyết lại, Ban Tổ chức mở khóa kết quả (nêu lý do).') : null,
    el('div', { className: 'actions', hidden: locked },
      el('button', { type: 'button', className: 'button button-secondary', 'data-method': 'moveUp', onclick: () => resolve('moveUp') }, 'Xét chọn bài đã đánh dấu'),
      el('button', { type: 'button', className: 'button button-secondary', 'data-method': 'extend', onclick: () => resolve('extend') }, 'Tăng số giải cho mọi bài đồng hạng'),
      el('button', { type: 'button', className: 'button button-secondary', 'data-method': 'vote', onclick: () => resolve('vote') }, 'Ghi kết quả biểu quyết')));
}

let tierCount = 0;

function tierRow(tier) {
  const n = ++tierCount;
  return el('tr', { 'data-tier-row': '' },
    el('td', {}, el('input', { type: 'text', maxLength: 100, value: tier.name, 'data-field': 'name', 'aria-label': `Tên hạng giải, dòng ${n}` })),
    el('td', {}, el('input', { type: 'number', min: 0, step: 1, value: String(tier.quota), 'data-field': 'quota', 'aria-label': `Số giải, dòng ${n}` })),
    el('td', {}, el('input', { type: 'number', min: 0, step: 1000, value: tier.amount == null ? '' : String(tier.amount), 'data-field': 'amount', 'aria-label': `Mức thưởng, dòng ${n}` })),
    el('td', {}, el('button', {
      type: 'button', className: 'button button-secondary', 'aria-label': `Bỏ hạng giải, dòng ${n}`,
      onclick: (event) => event.currentTarget.closest('tr').remove(),
    }, 'Bỏ')));
}

function tiersFromRows() {
  return [...document.querySelectorAll('[data-tier-row]')].map((row) => {
    const value = (field) => row.querySelector(`[data-field="${field}"]`).value.trim();
    return {
      name: value('name'),
      quota: value('quota') === '' ? null : Number(value('quota')),
      amount: value('amount') === '' ? null : Number(value('amount')),
      movementId: row.dataset.movement || null,
    };
  });
}

function entryChoices(select, entries) {
  const kept = select.value;
  replaceChildren(select, el('option', { value: '' }, '– Chọn bài –'),
    entries.map((entry) => el('option', { value: entry.entryId }, `${entry.code}: ${entry.title}`)));
  if (entries.some((entry) => entry.entryId === kept)) select.value = kept;
}

function codeOf(entryId) {
  const entry = [...board.tiers.flatMap((tier) => tier.entries), ...board.unplaced].find((e) => e.entryId === entryId);
  return entry ? entry.code : entryId;
}

function renderChanges() {
  const placed = board.tiers.flatMap((tier) => tier.entries);
  const everyone = [...placed, ...board.unplaced];
  entryChoices($('swap-a'), placed);
  entryChoices($('swap-b'), everyone);
  entryChoices($('disqualify-entry'), placed);
  // The server refuses swaps once approved and disqualifications once published (or set to be): the controls say so
  // instead of letting a person fill them in for nothing.
  const published = board.publishedAt != null;
  for (const id of ['swap-a', 'swap-b', 'swap-reason', 'swap-submit']) $(id).disabled = board.approved;
  for (const id of ['disqualify-entry', 'disqualify-reason', 'disqualify-submit']) $(id).disabled = published;
  $('changes-closed').hidden = !board.approved;
  $('changes-closed').textContent = published
    ? 'Kết quả đã công bố (hoặc đã hẹn giờ công bố): không đổi chỗ, không loại bài được nữa. Muốn thay đổi, Ban Tổ chức cần mở khóa kết quả (nêu lý do).'
    : 'Kết quả đã được phê duyệt: không đổi chỗ được nữa (vẫn có thể loại bài trước khi công bố). Muốn đổi chỗ, Ban Tổ chức cần mở khóa kết quả (nêu lý do).';
  replaceChildren($('changes-list'),
    board.swaps.map((swap) => el('li', {}, `Đổi chỗ ${codeOf(swap.entryA)} và ${codeOf(swap.entryB)}: ${swap.reason} (${swap.by}, ${formatDateTime(swap.at)})`)),
    board.disqualified.map((d) => el('li', {}, `Loại bài ${codeOf(d.entryId)}: ${d.reason} (${d.by}, ${formatDateTime(d.at)})`)));
  $('tier-settings').hidden = board.approved;
  if (!board.approved && !document.querySelector('[data-tier-row] :focus')) {
    tierCount = 0;
    replaceChildren($('tier-rows'), board.settings.map((tier) => {
      const row = tierRow(tier);
      if (tier.movementId) row.dataset.movement = tier.movementId;
      return row;
    }));
  }
}

function render() {
  const status = board.published ? `đã công bố lúc ${formatDateTime(board.publishedAt)}`
    : board.publishedAt ? `hẹn công bố lúc ${formatDateTime(board.publishedAt)}`
      : board.approved ? `đã phê duyệt lúc ${formatDateTime(board.approvedAt)} (đang khóa)` : 'chưa phê duyệt';
  $('results-summary').textContent = board.roundName
    ? `Vòng chấm cuối: ${board.roundName}${board.roundClosed ? '' : ' (chưa đóng)'}. Kết quả ${status}.`
    : 'Chưa có vòng chấm nào để xét giải.';
  if (board.submissionsOpen && !board.publishedAt) {
    $('results-summary').append(` Cuộc thi còn nhận bài đến ${formatDateTime(board.submissionsCloseAt)}: phê duyệt hoặc công bố trước hạn cần ghi lý do.`);
  }
  $('left-play').hidden = board.leftPlay.length === 0;
  replaceChildren($('left-play-list'), board.leftPlay.map((entry) => el('li', {}, `${entry.code}: ${entry.title}`)));
  $('undecided').hidden = board.undecided.length === 0;
  replaceChildren($('undecided-list'), board.undecided.map((entry) => el('li', {},
    el('a', { href: `/admin/entry.html?id=${encodeURIComponent(entry.entryId)}` }, `${entry.code}: ${entry.title}`))));
  $('skipped').hidden = board.skipped.length === 0;
  replaceChildren($('skipped-list'), board.skipped.map((s) => el('li', {},
    `${s.entry.code}: ${s.entry.title} – có thể trùng với ${s.copyOf.code}: ${s.copyOf.title}`)));
  $('ties').hidden = board.ties.length === 0;
  replaceChildren($('ties-list'), board.ties.map(tieItem));
  replaceChildren($('results-tiers'), board.tiers.map(tierSection));
  $('results-approve').hidden = board.approved;
  $('results-export').hidden = !board.approved;
  $('papers').hidden = !board.approved;
  $('unlock-field').hidden = !board.approved;
  $('results-publish').disabled = !board.approved || board.publishedAt != null || board.leftPlay.length > 0;
  $('results-notify').disabled = !board.published;
  renderChanges();
}

async function loadUnits() {
  const units = await getJson('/api/organizer/results/units');
  replaceChildren($('unit-rows'), units.map((unit) => el('tr', { 'data-unit': unit.unitId },
    el('td', {}, el('input', { type: 'checkbox', value: unit.unitId, checked: unit.awarded, 'aria-label': `Khen thưởng ${unit.unitName}`, 'data-award': true })),
    el('td', {}, unit.unitName),
    el('td', {}, `${unit.entries}/${unit.minimum}${unit.metMinimum ? '' : ' (chưa đạt)'}`),
    el('td', {}, String(unit.inFinalRound)),
    el('td', {}, String(unit.prizes)),
    el('td', {}, unit.reportOnTime == null ? 'Chưa báo cáo' : unit.reportOnTime ? 'Đúng hạn' : 'Trễ hạn'))));
}

// Acts of record are confirmed in a dialog that says what will happen and to how many; approving or publishing
// while submissions are still open also asks for the reason, which the server requires and writes to the audit trail.
const prizeCount = () => board.tiers.reduce((sum, tier) => sum + tier.entries.length, 0);

function earlyReason(act) {
  if (!board.submissionsOpen) return null;
  return {
    label: `Lý do ${act} khi cuộc thi còn nhận bài`,
    hint: `Cuộc thi còn nhận bài đến ${formatDateTime(board.submissionsCloseAt)}; bài nộp từ nay đến hạn không được xét trong kết quả này. Lý do được ghi vào nhật ký.`,
    missing: `Vui lòng ghi lý do ${act} trước hạn nhận bài.`,
  };
}

$('results-approve').addEventListener('click', async () => {
  const { confirmed, reason } = await confirmAct({
    title: 'Phê duyệt kết quả?',
    lines: [
      `Kết quả gồm ${prizeCount()} giải của vòng “${board.roundName ?? ''}” sẽ bị khóa: không đổi chỗ, loại bài, giải quyết đồng hạng hay sửa hạng giải được nữa cho đến khi mở khóa.`,
      `Tên tác giả và đơn vị của ${prizeCount()} bài đạt giải hiện ra trên trang này (mở phách); mỗi lần xem được ghi vào nhật ký. Kết quả chưa công khai và chưa ai được báo tin.`,
    ],
    confirmLabel: 'Xác nhận phê duyệt',
    reason: earlyReason('phê duyệt'),
  });
  if (confirmed) await act(() => postJson('/api/organizer/results/approve', reason ? { reason } : {}), 'Đã phê duyệt kết quả. Kết quả được khóa.');
});
$('results-unlock').addEventListener('click', async () => {
  const { confirmed, reason } = await confirmAct({
    title: 'Mở khóa kết quả?',
    lines: [
      `Kết quả đã phê duyệt (${prizeCount()} giải) được mở khóa để Hội đồng xét lại; cần phê duyệt lại trước khi công bố.`,
      board.publishedAt ? 'Kết quả đang công bố (hoặc hẹn giờ công bố) sẽ được gỡ khỏi trang Kết quả công khai ngay.' : 'Kết quả chưa công bố; trang công khai không thay đổi.',
    ],
    confirmLabel: 'Xác nhận mở khóa',
    reason: { label: 'Lý do mở khóa kết quả', hint: 'Lý do được ghi vào nhật ký.', missing: 'Vui lòng nêu lý do mở khóa.' },
  });
  if (confirmed) await act(() => postJson('/api/organizer/results/unlock', { reason }), 'Đã mở khóa kết quả.');
});
$('results-publish').addEventListener('click', async () => {
  const at = dateRequestValue($('publish-at'));
  const when = at ? `từ ${$('publish-at').value}` : 'ngay bây giờ';
  const { confirmed, reason } = await confirmAct({
    title: 'Công bố kết quả?',
    lines: [
      `${prizeCount()} giải, với tên tác giả, tên tác phẩm và đơn vị, sẽ hiện công khai cho mọi người trên trang Kết quả ${when}; người dự thi tra cứu được giải của mình.`,
      'Thư thông báo chưa được gửi: gửi riêng bằng nút “Gửi thư thông báo kết quả”. Muốn gỡ kết quả đã công bố, Ban Tổ chức phải mở khóa (nêu lý do).',
    ],
    confirmLabel: 'Xác nhận công bố',
    reason: earlyReason('công bố'),
  });
  if (confirmed) await act(() => postJson('/api/organizer/results/publish', reason ? { at, reason } : { at }), 'Đã công bố kết quả.');
});
$('results-notify').addEventListener('click', async () => {
  try {
    const to = await getJson('/api/organizer/results/recipients');
    const { confirmed } = await confirmAct({
      title: 'Gửi thư thông báo kết quả?',
      lines: [
        `Sẽ gửi ${to.entrants + to.units} thư: ${to.entrants} tác giả và ${to.units} đơn vị (cán bộ đầu mối), mỗi người một lần; ai đã nhận thư này trước đó thì không nhận lại.`,
        to.noAddress ? `${to.noAddress} tác giả không có địa chỉ e-mail sẽ không nhận được thư.` : 'Mọi tác giả đều có địa chỉ e-mail.',
      ],
      confirmLabel: 'Xác nhận gửi thư',
    });
    if (!confirmed) return;
    const run = await postJson('/api/organizer/results/notify', {});
    say(`Đã gửi ${run.sent} thư; ${run.failed} thư lỗi; ${run.alreadyDone} thư đã gửi trước đó; ${run.noAddress} người/đơn vị không có e-mail.`);
  } catch (error) {
    showApiError(message, error);
  }
});
$('tier-add').addEventListener('click', () => {
  const row = tierRow({ name: '', quota: 1, amount: null });
  $('tier-rows').append(row);
  row.querySelector('input').focus();
});
$('tiers-save').addEventListener('click', () => act(
  () => putJson('/api/organizer/results/settings', { tiers: tiersFromRows() }),
  'Đã lưu các hạng giải; đề xuất được xét lại theo số giải mới.'));
$('swap-submit').addEventListener('click', () => act(
  () => postJson('/api/organizer/results/swaps', { entryA: $('swap-a').value, entryB: $('swap-b').value, reason: $('swap-reason').value }),
  'Đã đổi chỗ hai bài.'));
$('disqualify-submit').addEventListener('click', () => act(
  () => postJson('/api/organizer/results/disqualifications', { entryId: $('disqualify-entry').value, reason: $('disqualify-reason').value }),
  'Đã loại bài; bài xếp hạng kế tiếp được xét vào chỗ trống.'));
$('certificates-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const fields = { number: $('decision-number'), date: $('decision-date') };
  for (const input of Object.values(fields)) {
    $(`${input.id}-error`).textContent = '';
    input.removeAttribute('aria-invalid');
  }
  try {
    const query = new URLSearchParams({ number: fields.number.value, date: dateRequestValue(fields.date) });
    await downloadFile(`/api/organizer/results/certificates?${query}`);
    say('Đã tải giấy chứng nhận của các tác giả đạt giải.');
  } catch (error) {
    showApiError(message, error);
    const errors = error.problem?.errors ?? {};
    for (const [key, input] of Object.entries(fields)) {
      if (!errors[key]) continue;
      $(`${input.id}-error`).textContent = errors[key].join(' ');
      input.setAttribute('aria-invalid', 'true');
    }
    const firstKey = Object.keys(fields).find((key) => errors[key]);
    if (firstKey) fields[firstKey].focus();
  }
});
$('units-save').addEventListener('click', async () => {
  try {
    const units = [...document.querySelectorAll('[data-award]:checked')].map((box) => box.value);
    await putJson('/api/organizer/results/units', { units });
    await loadUnits();
    say('Đã lưu danh sách đơn vị được đề nghị khen thưởng tập thể.');
  } catch (error) {
    showApiError(message, error);
  }
});

if (await requireOrganizer()) {
  try {
    board = await getJson('/api/organizer/results');
    render();
    await loadUnits();
    drawScoreDistribution($('chart-scores'), board.roundId ? await getJson(`/api/organizer/rounds/${encodeURIComponent(board.roundId)}/ranking`) : null);
  } catch (error) {
    showApiError(message, error);
  }
}
