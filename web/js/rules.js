// Rules page (summary of the contest's Thể lệ): the figures the product enforces come from GET /api/contest,
// so the page cannot state a limit or a deadline the entry form does not apply; so do the documents it follows,
// the area and the contact, so another contest never reads the 2018 province's rules.

import './layout.js';
import './print.js';
import { ApiError, getJson } from './api.js';
import { showExtension } from './contest.js';
import { el, replaceChildren, safeHref } from './dom.js';
import { formatDate, formatFileSize, formatList, formatMoment, formatNumber } from './format.js';

const $ = (id) => document.getElementById(id);

/** "Thể lệ số 01/TL-BTCUBND ngày 01/02/2018": the contest's citation, or the number and date when it has none. */
function cite(doc, kind) {
  return doc.citation || `${kind} số ${doc.number} ngày ${formatDate(doc.date)}`;
}

/** "cuộc thi viết về …" from the contest's name "Cuộc thi viết về …", to follow "Ban Tổ chức". */
function lowerFirst(text) {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** A document's citation, a link to its file where the site publishes one (an uploaded PDF or a URL). */
function citeLinked(doc, kind) {
  const href = safeHref(doc.url);
  return href ? el('a', { href }, cite(doc, kind)) : cite(doc, kind);
}

function showBasis(contest) {
  const rules = contest.documents.find((doc) => doc.role === 'rules');
  const plan = contest.documents.find((doc) => doc.role === 'plan');
  const organizedBy = plan ? [' Cuộc thi được tổ chức theo ', citeLinked(plan, 'Kế hoạch'), '.']
    : contest.authority ? [` Cuộc thi do ${contest.authority} tổ chức.`] : [];
  replaceChildren($('rules-basis'), 'Bản tóm tắt do Ban Tổ chức cuộc thi công bố, theo ',
    rules ? el('strong', {}, citeLinked(rules, 'Thể lệ')) : 'Thể lệ',
    ` của Ban Tổ chức ${lowerFirst(contest.name)}.`, ...organizedBy);
  const description = document.querySelector('meta[name="description"]');
  if (description) {
    description.content = `Tóm tắt ${rules ? cite(rules, 'Thể lệ') : 'Thể lệ'} của ${lowerFirst(contest.name)}: `
      + 'ai được dự thi, nội dung, hình thức bài dự thi, cách gửi bài và thời hạn.';
  }

  $('rules-subject').textContent = 'Mỗi bài viết về một tập thể hoặc cá nhân là gương điển hình tiên tiến, người tốt việc tốt '
    + `trong các phong trào thi đua yêu nước${contest.area ? ` trên địa bàn ${contest.area}` : ''}.`;
  $('rules-contact').textContent = contest.contact || contest.organizer;

  // The contest's other documents (the lead already cites its rules and plan); a link only where the site publishes one.
  const others = contest.documents.filter((doc) => doc !== rules && doc !== plan);
  const seeAlso = $('rules-see-also');
  replaceChildren(seeAlso, 'Xem thêm: ', ...others.flatMap((doc, i) => [i === 0 ? '' : '; ', citeLinked(doc, 'Văn bản')]), '.');
  seeAlso.hidden = others.length === 0;
}

function showContest(contest) {
  showBasis(contest);
  const rules = contest.entryRules;
  $('rules-length').textContent = `Độ dài: không quá ${formatNumber(rules.maxWords)} từ.`;
  $('rules-file').textContent =
    `Tệp bài viết: định dạng ${formatList(rules.allowedExtensions)}; dung lượng tối đa ${formatFileSize(rules.maxFileBytes)}.`;
  replaceChildren($('rules-movements'), contest.movements.map((movement) => el('li', {}, movement.name)));

  replaceChildren($('rules-deadlines'),
    el('dt', {}, 'Bắt đầu nhận bài'), el('dd', {}, formatMoment(contest.submissionOpensAt)),
    el('dt', {}, 'Hạn cuối nhận bài'), el('dd', { id: 'rules-closes' }, formatMoment(contest.submissionClosesAt)),
    el('dt', {}, 'Hạn gửi báo cáo nhanh (các cơ quan, đơn vị)'), el('dd', {}, formatMoment(contest.quickReportDueAt)));

  showExtension(contest);

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
