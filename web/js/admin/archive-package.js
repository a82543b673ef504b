// The contest's archive package (hồ sơ lưu trữ) on the "Cuộc thi" page: asked for with the optional decision awarding
// the prizes (both its number and day, or neither), then followed until it is ready, as the entries page follows a bulk
// download. The page watches the build through the route's state alone (?view=state: progress, the error if building
// failed, "ready"); the link it then shows is the route itself, which redirects to a short-lived link of the ZIP, so
// the file is fetched, and the download audited, only when the person clicks it.
import { ApiError, getJson, postJson } from '../api.js';
import { dateRequestValue, dateValue } from '../date-field.js';
import { FormErrors } from '../form-errors.js';
import { exampleDay } from '../format.js';
import { showApiError } from './session.js';

const $ = (id) => document.getElementById(id);
const form = $('archive-form');
const button = $('archive-request');
const status = $('archive-status');
const ready = $('archive-ready');
const POLL_MS = 1000;

const typedNumber = () => $('archive-number').value.trim();
const typedDate = () => $('archive-date').value.trim();

// The same rule as the server's: a decision is named in full or not at all, and its day is a real one.
const errors = new FormErrors(form, $('archive-summary'), {
  controlIdFor: (key) => `archive-${key}`,
  validators: {
    number: (value) => (typedDate() && !value.trim() ? 'Vui lòng nhập số quyết định khen thưởng, ví dụ 125/QĐ-BTC.' : ''),
    date: (value) => {
      if (!value.trim()) return typedNumber() ? 'Vui lòng nhập ngày ký quyết định (dd/MM/yyyy).' : '';
      return dateValue($('archive-date')) ? '' : `Ngày ký quyết định chưa đúng: nhập ngày/tháng/năm, ví dụ ${exampleDay()}.`;
    },
  },
});

const wait = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/**
 * The newest package's state (queued, building, failed or ready), read without a download link, so watching the build
 * downloads nothing and records nothing in the audit trail; the link on the page is the download.
 */
const latest = (route) => getJson(`${route}?view=state`);

function show(state) {
  status.className = `notice${state.status === 'failed' ? ' notice-error' : state.status === 'ready' ? ' notice-success' : ''}`;
  if (state.status === 'queued') status.textContent = 'Đang chờ tạo hồ sơ lưu trữ…';
  else if (state.status === 'building') status.textContent = `Đang tạo hồ sơ lưu trữ: xong ${state.done}/${state.total} phần…`;
  else if (state.status === 'failed') status.textContent = `Không tạo được hồ sơ lưu trữ. ${state.error ?? 'Vui lòng thử lại.'}`;
  else status.textContent = 'Hồ sơ lưu trữ đã sẵn sàng: bấm liên kết bên dưới để tải về. Tệp MUC-LUC.txt trong hồ sơ cho biết phần nào còn thiếu và vì sao.';
  ready.hidden = state.status !== 'ready';
}

async function request(route) {
  errors.clear();
  ready.hidden = true;
  const invalid = errors.checkAll();
  if (Object.keys(invalid).length > 0) {
    errors.showProblem({ title: 'Chưa tạo được hồ sơ lưu trữ.', errors: invalid });
    return;
  }
  const decision = typedNumber() || typedDate() ? { number: typedNumber(), date: dateRequestValue($('archive-date')) } : undefined;
  button.disabled = true;
  status.className = 'notice';
  status.textContent = 'Đang gửi yêu cầu…';
  try {
    let state = await postJson(route, decision);
    // Polling stops once the package is ready or failed, or on the first error.
    while (state.status === 'queued' || state.status === 'building') {
      show(state);
      await wait(POLL_MS);
      state = await latest(route);
    }
    show(state);
    // The button lost focus when it was disabled: it goes to what the person can do next.
    (state.status === 'ready' ? $('archive-file') : status).focus();
  } catch (error) {
    if (error instanceof ApiError && error.problem.errors) errors.showProblem(error.problem, 'Chưa tạo được hồ sơ lưu trữ.');
    else {
      showApiError(status, error);
      status.focus();
    }
  } finally {
    button.disabled = false;
  }
}

/** Shows the section for the contest the page works on. */
export function setUpArchivePackage(contestId) {
  const route = `/api/organizer/contests/${encodeURIComponent(contestId)}/archive-package`;
  $('archive-file').href = route;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    request(route);
  });
  errors.wire();
  form.hidden = false;
}
