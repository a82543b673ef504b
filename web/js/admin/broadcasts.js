// Broadcasts: compose, see how many people it reaches and the first message as it will read, confirm, then follow
// its progress. The server fixes the recipients when the broadcast is confirmed and sends each one message once;
// confirming the same text to the same audience twice the same day answers the broadcast already under way.
import { ApiError, getJson, postJson } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { formatDateTime, formatNumber } from '../format.js';
import { FormErrors } from '../form-errors.js';
import { confirmAct } from '../confirm.js';
import { requireOrganizer, showApiError } from './session.js';
import { showMailHtml } from './mail-html.js';

const $ = (id) => document.getElementById(id);
const message = $('broadcast-message');
const form = $('broadcast-form');

const required = (what) => (value) => (String(value).trim() ? '' : `Vui lòng ${what}.`);
const errors = new FormErrors(form, $('broadcast-summary'), {
  controlIdFor: (key) => ({ audience: 'broadcast-audience', group: 'broadcast-group', roundId: 'broadcast-round', subject: 'broadcast-subject', body: 'broadcast-body' })[key] ?? null,
  validators: { audience: required('chọn người nhận'), subject: required('nhập tiêu đề thư'), body: required('nhập nội dung thư') },
});
errors.wire();

let reviewed = null;
let polling = null;

function request(confirm) {
  const audience = $('broadcast-audience').value;
  return {
    audience,
    group: audience === 'unit-group' ? $('broadcast-group').value : null,
    roundId: audience === 'judges' ? $('broadcast-round').value : null,
    subject: $('broadcast-subject').value,
    body: $('broadcast-body').value,
    confirm,
  };
}

$('broadcast-audience').addEventListener('change', () => {
  const audience = $('broadcast-audience').value;
  $('broadcast-group-field').hidden = audience !== 'unit-group';
  $('broadcast-round-field').hidden = audience !== 'judges';
  $('broadcast-review').hidden = true;
});
for (const id of ['broadcast-subject', 'broadcast-body', 'broadcast-group', 'broadcast-round']) {
  $(id).addEventListener('input', () => { $('broadcast-review').hidden = true; });
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const found = errors.checkAll();
  if (Object.keys(found).length) {
    errors.showProblem({ title: 'Thư chưa hợp lệ', errors: found });
    return;
  }
  try {
    const body = request(false);
    const preview = await postJson('/api/organizer/broadcasts', body);
    errors.clear();
    message.hidden = true;
    reviewed = body;
    $('review-count').textContent = formatNumber(preview.recipients);
    $('review-audience').textContent = preview.audienceDetail ? `${preview.audienceLabel}: ${preview.audienceDetail}` : preview.audienceLabel;
    $('review-to').textContent = [preview.preview.to, ...preview.preview.cc].join(', ');
    $('review-subject').textContent = preview.preview.subject;
    showMailHtml($('review-html'), preview.preview.html);
    $('review-text').textContent = preview.preview.plainText;
    reviewed.recipients = preview.recipients;
    $('broadcast-review').hidden = false;
    $('review-title').focus();
  } catch (error) {
    $('broadcast-review').hidden = true;
    if (error instanceof ApiError && error.status === 400) errors.showProblem(error.problem, 'Thư chưa hợp lệ');
    else showApiError(message, error);
  }
});

$('broadcast-send').addEventListener('click', async () => {
  if (!reviewed) return;
  const { confirmed } = await confirmAct({
    title: `Gửi thư tới ${formatNumber(reviewed.recipients)} người nhận?`,
    lines: [
      `Thư “${reviewed.subject}” sẽ được gửi tới ${formatNumber(reviewed.recipients)} người nhận, mỗi người một lần, qua hàng đợi gửi thư.`,
      'Không thể thu hồi thư đã gửi.',
    ],
    confirmLabel: 'Gửi thư',
  });
  if (!confirmed) return;
  try {
    const { recipients, ...body } = reviewed;
    const started = await postJson('/api/organizer/broadcasts', { ...body, confirm: true });
    $('broadcast-review').hidden = true;
    message.hidden = false;
    message.className = 'notice notice-success';
    message.textContent = started.alreadyStarted
      ? 'Thư này đã được gửi hôm nay; trang hiển thị tiến độ của lần gửi đó, không gửi lại.'
      : `Đã đưa thư vào hàng đợi gửi tới ${formatNumber(started.recipients)} người nhận.`;
    const url = new URL(window.location.href);
    url.searchParams.set('id', started.id);
    window.history.replaceState(null, '', url);
    follow(started.id);
  } catch (error) {
    showApiError(message, error);
  }
});

const STATES = { queued: 'Đang chờ gửi', sending: 'Đang gửi', done: 'Đã gửi xong' };

async function follow(id) {
  clearTimeout(polling);
  try {
    const progress = await getJson(`/api/organizer/broadcasts/${encodeURIComponent(id)}`);
    const section = $('broadcast-progress');
    const first = section.hidden;
    section.hidden = false;
    section.dataset.state = progress.state;
    $('progress-subject').textContent = `“${progress.subject}” – ${progress.audienceLabel}${progress.audienceDetail ? `: ${progress.audienceDetail}` : ''}`;
    const bar = $('progress-bar');
    bar.max = Math.max(progress.total, 1);
    bar.value = progress.sent + progress.failed + progress.skipped;
    replaceChildren($('progress-text'),
      el('strong', {}, STATES[progress.state] ?? progress.state), '. ',
      `Đã gửi ${formatNumber(progress.sent)}/${formatNumber(progress.total)} thư`,
      progress.failed ? `, ${formatNumber(progress.failed)} thư lỗi` : '',
      progress.skipped ? `, ${formatNumber(progress.skipped)} người nhận không có địa chỉ` : '', '.',
      progress.recheckAt
        ? ` Lần gửi trước bị gián đoạn khi đang gửi cho một số người nhận; hệ thống kiểm tra và gửi tiếp cho họ lúc ${formatDateTime(progress.recheckAt)}, mỗi người vẫn chỉ nhận một thư.`
        : '');
    if (first) $('progress-title').focus();
    if (progress.state !== 'done') polling = setTimeout(() => follow(id), 2000);
  } catch (error) {
    showApiError(message, error);
    message.hidden = false;
  }
}

async function start() {
  if (!(await requireOrganizer())) return;
  try {
    const [contest, rounds] = await Promise.all([getJson('/api/contest'), getJson('/api/organizer/rounds')]);
    replaceChildren($('broadcast-group'), (contest.unitGroups ?? []).map((g) => el('option', { value: g.id }, g.name)));
    replaceChildren($('broadcast-round'), (rounds.rounds ?? rounds ?? []).map((r) => el('option', { value: r.id }, r.name)));
    const id = new URLSearchParams(window.location.search).get('id');
    if (id) follow(id);
    form.dataset.ready = 'true';
  } catch (error) {
    showApiError(message, error);
    message.hidden = false;
  }
}

start();
