// Rules page (summary of Thể lệ 01/TL-BTCUBND): the figures the product enforces come from GET /api/contest,
// so the page cannot state a limit or a deadline the entry form does not apply.

import { ApiError, getJson } from './api.js';
import { el, replaceChildren } from './dom.js';
import { formatFileSize, formatList, formatMoment, formatNumber } from './format.js';

const $ = (id) => document.getElementById(id);

function showContest(contest) {
  const rules = contest.entryRules;
  $('rules-length').textContent = `Độ dài: không quá ${formatNumber(rules.maxWords)} từ.`;
  $('rules-file').textContent =
    `Tệp bài viết: định dạng ${formatList(rules.allowedExtensions)}; dung lượng tối đa ${formatFileSize(rules.maxFileBytes)}.`;
  replaceChildren($('rules-movements'), contest.movements.map((movement) => el('li', {}, movement.name)));

  replaceChildren($('rules-deadlines'),
    el('dt', {}, 'Bắt đầu nhận bài'), el('dd', {}, formatMoment(contest.submissionOpensAt)),
    el('dt', {}, 'Hạn cuối nhận bài'), el('dd', { id: 'rules-closes' }, formatMoment(contest.submissionClosesAt)),
    el('dt', {}, 'Hạn gửi báo cáo nhanh (các cơ quan, đơn vị)'), el('dd', {}, formatMoment(contest.quickReportDueAt)));
  if (contest.contact) $('rules-contact').textContent = contest.contact;

  const status = $('rules-status');
  status.textContent = '';
  status.hidden = true;
}

function showError(error) {
  if (!(error instanceof ApiError)) console.error(error);
  const status = $('rules-status');
  status.className = 'notice notice-error';
  status.textContent = 'Không tải được thời hạn và quy định về tệp bài viết. Vui lòng tải lại trang sau ít phút.';
  $('rules-length').textContent = 'Độ dài: chưa có thông tin.';
  $('rules-file').textContent = 'Tệp bài viết: chưa có thông tin.';
  replaceChildren($('rules-movements'), el('li', {}, 'Chưa có thông tin.'));
  replaceChildren($('rules-deadlines'), el('dt', {}, 'Chưa có thông tin.'));
}

getJson('/api/contest').then(showContest).catch(showError);
