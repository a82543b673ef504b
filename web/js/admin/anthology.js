// The anthology (tuyển tập) on the results page: asks for the book, follows its progress while the background job
// builds it, lists the works it left out (consent withdrawn meanwhile) and offers the .docx once it is done. Titles
// are set as text, never parsed as HTML.
import { getJson, postJson } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { formatNumber } from '../format.js';
import { showApiError } from './session.js';

const $ = (id) => document.getElementById(id);
const button = $('anthology-build');
const panel = $('anthology-panel');
const status = $('anthology-status');
const progress = $('anthology-progress');
const percent = $('anthology-percent');
const leftOut = $('anthology-left-out');
const file = $('anthology-file');

function show(build) {
  const done = build.state === 'done';
  progress.max = Math.max(1, build.progress.total);
  progress.value = done ? progress.max : build.progress.done;
  percent.textContent = `${Math.round((progress.value / progress.max) * 100)}%`;
  if (build.state === 'queued') status.textContent = 'Đang chờ tạo tuyển tập…';
  else if (build.state === 'building') status.textContent = `Đang đưa tác phẩm vào tuyển tập: ${formatNumber(build.progress.done)}/${formatNumber(build.progress.total)}…`;
  else if (build.state === 'failed') status.textContent = build.error ?? 'Không tạo được tuyển tập.';
  else {
    const included = build.progress.total - build.leftOut.length;
    status.textContent = `Tuyển tập đã sẵn sàng: ${formatNumber(included)} tác phẩm. Liên kết tải có hiệu lực trong ít phút sau khi bấm.`;
    file.href = build.fileUrl;
    file.hidden = false;
  }
  replaceChildren(leftOut, ...build.leftOut.map((work) =>
    el('li', {}, `Không đưa vào: ${work.title ?? work.entryId} (mã ${work.entryId}) – ${work.reason}`)));
}

async function build() {
  button.disabled = true;
  panel.hidden = false;
  file.hidden = true;
  status.textContent = 'Đang gửi yêu cầu…';
  progress.value = 0;
  percent.textContent = '0%';
  replaceChildren(leftOut);
  try {
    const accepted = await postJson('/api/organizer/results/anthology', { byMovement: $('anthology-by-movement').checked });
    let current = await getJson(`/api/organizer/results/anthology/${encodeURIComponent(accepted.id)}`);
    while (current.state === 'queued' || current.state === 'building') {
      show(current);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      current = await getJson(`/api/organizer/results/anthology/${encodeURIComponent(accepted.id)}`);
    }
    show(current);
  } catch (error) {
    showApiError(status, error);
  } finally {
    button.disabled = false;
  }
}

button.addEventListener('click', build);
