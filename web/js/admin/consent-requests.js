// Asking the winners who have not answered about publication (đề nghị tác giả cho biết ý kiến công bố), on the results
// page: one confirmation, then one e-mail per unanswered winner, each with a link to their entrant page. A second run
// sends nothing to those already asked; the status line says what this run did.
import { postJson } from '../api.js';
import { confirmAct } from '../confirm.js';
import { formatNumber } from '../format.js';
import { showApiError } from './session.js';

const button = document.getElementById('consent-requests-send');
const status = document.getElementById('consent-requests-status');

function describe(run) {
  const failed = run.failed ? `; ${formatNumber(run.failed)} thư gửi không được, sẽ gửi lại ở lần bấm sau` : '';
  return `Đã gửi ${formatNumber(run.asked)} thư đề nghị${failed}. Không gửi: ${formatNumber(run.alreadyAsked)} bài đã được hỏi trước đó, `
    + `${formatNumber(run.withoutEmail)} bài không có E-mail, ${formatNumber(run.answered)} bài mọi tác giả đã trả lời.`;
}

async function send() {
  const { confirmed } = await confirmAct({
    title: 'Gửi thư đề nghị tác giả cho biết ý kiến công bố?',
    lines: [
      'Mỗi bài đạt giải còn tác giả chưa trả lời về việc công bố tác phẩm sẽ nhận một thư kèm đường dẫn đến trang hồ sơ bài dự thi, nơi tác giả đồng ý, không đồng ý hoặc rút lại ý kiến bất cứ lúc nào.',
      'Tác giả đã được hỏi trước đó không nhận thêm thư. Việc gửi được ghi vào nhật ký.',
    ],
    confirmLabel: 'Xác nhận gửi thư',
  });
  if (!confirmed) return;
  button.disabled = true;
  status.className = '';
  status.textContent = 'Đang gửi thư…';
  try {
    const run = await postJson('/api/organizer/results/consent-requests', {});
    status.className = run.failed ? 'notice notice-warning' : 'notice notice-success';
    status.textContent = describe(run);
  } catch (error) {
    showApiError(status, error);
  } finally {
    button.disabled = false;
  }
}

button.addEventListener('click', send);
