// The organizers' list of contests on the "Cuộc thi" page: every contest under where it stands (Sắp mở, Đang nhận bài,
// Đã đóng, Đã lưu trữ), a form to create one (blank, or a copy of an earlier one with or without its register), and
// archiving and deleting, each confirmed in the app's dialog first. Names are set as text, never as HTML.
import { ApiError, getJson, postJson, deleteJson } from '../api.js';
import { confirmAct } from '../confirm.js';
import { el, replaceChildren } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { formatDate } from '../format.js';
import { showApiError } from './session.js';

const $ = (id) => document.getElementById(id);

/** The groups in the order an organizer looks for them, as GET /api/contests names each status. */
const GROUPS = [
  ['open', 'Đang nhận bài'],
  ['upcoming', 'Sắp mở'],
  ['closed', 'Đã đóng'],
  ['archived', 'Đã lưu trữ'],
];

const ID_RULE = /^[a-z0-9][a-z0-9-]{2,39}$/;

let contests = [];
let workingId = '';
let onArchived = () => {};

const createForm = $('create-form');
const message = $('contests-message');

const createErrors = new FormErrors(createForm, $('create-summary'), {
  controlIdFor: (key) => `create-${key}`,
  validators: {
    id: (value) => {
      if (!value) return 'Vui lòng nhập mã cuộc thi.';
      return ID_RULE.test(value) ? '' : 'Mã cuộc thi gồm 3–40 ký tự: chữ thường không dấu, chữ số và dấu gạch ngang, bắt đầu bằng chữ hoặc số.';
    },
    name: (value) => (value.trim() ? '' : 'Vui lòng nhập tên cuộc thi.'),
  },
});

function say(kind, text) {
  message.className = `notice ${kind}`;
  message.textContent = text;
  message.focus();
}

function nameOf(id) {
  return contests.find((contest) => contest.id === id)?.name ?? id;
}

function row(contest) {
  const working = contest.id === workingId;
  const actions = [];
  if (contest.status !== 'archived') {
    actions.push(el('button', {
      type: 'button', className: 'button button-secondary', 'data-archive': contest.id, 'aria-label': `Lưu trữ cuộc thi ${contest.name}`,
    }, 'Lưu trữ'));
  }
  actions.push(el('button', {
    type: 'button', className: 'button button-secondary', 'data-delete': contest.id, 'aria-label': `Xóa cuộc thi ${contest.name}`,
  }, 'Xóa'));
  return el('li', { className: 'contest-row', 'data-contest': contest.id },
    el('p', {},
      el('strong', { className: 'contest-row-name' }, contest.name),
      working ? el('span', {}, ' (cuộc thi trang này đang hiển thị)') : null),
    el('p', { className: 'hint' }, `Mã: ${contest.id} · Nhận bài từ ${formatDate(contest.opensAt)} đến ${formatDate(contest.closesAt)}`),
    el('p', { className: 'actions' }, actions));
}

function show() {
  const groups = GROUPS.map(([status, label]) => [status, label, contests.filter((contest) => contest.status === status)])
    .filter(([, , members]) => members.length > 0)
    .map(([status, label, members]) => el('section', { className: 'contest-group', 'data-status': status, 'aria-labelledby': `contests-${status}` },
      el('h3', { id: `contests-${status}` }, `${label} (${members.length})`),
      el('ul', { className: 'contest-list' }, members.map(row))));
  replaceChildren($('contest-groups'), groups.length ? groups : el('p', {}, 'Chưa có cuộc thi nào.'));
  const copyFrom = $('create-copyFrom');
  const chosen = copyFrom.value;
  replaceChildren(copyFrom,
    el('option', { value: '' }, 'Không sao chép: cuộc thi trống theo cấu hình mặc định'),
    contests.map((contest) => el('option', { value: contest.id }, `${contest.name} (${contest.id})`)));
  copyFrom.value = contests.some((contest) => contest.id === chosen) ? chosen : '';
  syncRegister();
}

/** The register can be copied only from a contest. */
function syncRegister() {
  const box = $('create-copyRegister');
  box.disabled = $('create-copyFrom').value === '';
  if (box.disabled) box.checked = false;
}

async function refresh() {
  contests = await getJson('/api/contests');
  show();
}

async function create(event) {
  event.preventDefault();
  createErrors.clear();
  const invalid = createErrors.checkAll();
  if (Object.keys(invalid).length > 0) {
    createErrors.showProblem({ title: 'Chưa tạo được cuộc thi.', errors: invalid });
    return;
  }
  const copyFrom = $('create-copyFrom').value;
  const body = {
    id: $('create-id').value,
    name: $('create-name').value,
    copyFrom: copyFrom || null,
    copyRegister: copyFrom !== '' && $('create-copyRegister').checked,
  };
  try {
    const created = await postJson('/api/organizer/contests', body);
    createForm.reset();
    await refresh();
    const from = copyFrom ? ` sao chép từ “${nameOf(copyFrom)}”${body.copyRegister ? ', kèm danh sách đơn vị' : ''}` : '';
    say('notice-success', `Đã tạo cuộc thi “${created.name}” (mã ${created.id})${from}.`);
  } catch (error) {
    if (error instanceof ApiError && error.problem.errors) createErrors.showProblem(error.problem, 'Chưa tạo được cuộc thi.');
    else showApiError(message, error);
  }
}

async function archive(id) {
  const name = nameOf(id);
  const { confirmed } = await confirmAct({
    title: 'Lưu trữ cuộc thi?',
    lines: [
      `Cuộc thi “${name}” sẽ chỉ còn xem được: không nhận bài, không sửa thông tin, đơn vị, điểm hay kết quả nữa.`,
      'Trang kết quả vẫn công khai; hồ sơ lưu trữ vẫn tải được; yêu cầu về dữ liệu cá nhân của tác giả vẫn được xử lý.',
      'Không hoàn tác được việc lưu trữ. Việc lưu trữ được ghi vào nhật ký.',
    ],
    confirmLabel: 'Xác nhận lưu trữ',
  });
  if (!confirmed) return;
  try {
    await postJson(`/api/organizer/contests/${encodeURIComponent(id)}/archive`);
    await refresh();
    say('notice-success', `Đã lưu trữ cuộc thi “${name}”.`);
    if (id === workingId) await onArchived();
  } catch (error) {
    showApiError(message, error);
  }
}

async function remove(id) {
  const name = nameOf(id);
  const { confirmed } = await confirmAct({
    title: 'Xóa cuộc thi?',
    lines: [
      `Cuộc thi “${name}” sẽ bị xóa cùng danh sách đơn vị và mọi dữ liệu của cuộc thi.`,
      'Cuộc thi chưa có bài dự thi (ví dụ tạo nhầm) xóa được ngay; cuộc thi đã có bài phải được lưu trữ và tải hồ sơ lưu trữ trước.',
      'Với cuộc thi đã lưu trữ, bài dự thi, tệp, chấm điểm, kết quả và nhật ký của cuộc thi bị xóa vĩnh viễn (hết thời hạn lưu trữ dữ liệu cá nhân).',
    ],
    confirmLabel: 'Xác nhận xóa',
  });
  if (!confirmed) return;
  try {
    await deleteJson(`/api/organizer/contests/${encodeURIComponent(id)}`);
    await refresh();
    say('notice-success', `Đã xóa cuộc thi “${name}”.`);
  } catch (error) {
    showApiError(message, error);
  }
}

/**
 * Shows the list and wires its form; <paramref name="working"/> is the contest the page works on, and
 * <paramref name="archived"/> runs when that one is archived here (the page then shows it read-only).
 */
export async function setUpContestList(working, archived) {
  workingId = working;
  onArchived = archived;
  createForm.addEventListener('submit', create);
  $('create-copyFrom').addEventListener('change', syncRegister);
  $('contest-groups').addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (button?.dataset.archive) archive(button.dataset.archive);
    else if (button?.dataset.delete) remove(button.dataset.delete);
  });
  createErrors.wire();
  await refresh();
  $('contests').hidden = false;
  createForm.hidden = false;
}
