// Home page: fills the contest facts from GET /api/contest.
// The static text in index.html stays useful even when the API cannot be reached.

import './layout.js';
import { ApiError, getJson } from './api.js';
import { showExtension, submissionWindow } from './contest.js';
import { el, replaceChildren, safeHref } from './dom.js';
import { formatDate, formatFileSize, formatList, formatMoment, formatNumber } from './format.js';

const $ = (id) => document.getElementById(id);

function showContest(contest) {
  $('contest-name').textContent = contest.name;
  // The static description names no province; the profile's contest name does.
  const description = document.querySelector('meta[name="description"]');
  if (description) description.content = `${contest.name}: thể lệ, thời hạn, gửi và tra cứu bài dự thi.`;
  $('contest-organizer').textContent = contest.organizer;
  // A profile names its own authority and introduction; the page's own text is the 2018 contest's.
  if (contest.authority) $('contest-authority').textContent = contest.authority;
  if (contest.intro.length) replaceChildren($('contest-intro'), contest.intro.map((paragraph) => el('p', {}, paragraph)));
  if (contest.description) {
    $('contest-description').textContent = contest.description;
    $('contest-description').hidden = false;
  }

  const submission = submissionWindow(contest);
  const status = $('contest-status');
  status.textContent = submission.message;
  status.className = `notice ${submission.open ? 'notice-success' : 'notice-warning'}`;
  showExtension(contest);

  replaceChildren($('deadlines'),
    el('dt', {}, 'Bắt đầu nhận bài'), el('dd', {}, formatMoment(contest.submissionOpensAt)),
    el('dt', {}, 'Hạn cuối nhận bài'), el('dd', {}, formatMoment(contest.submissionClosesAt)),
    el('dt', {}, 'Hạn gửi báo cáo nhanh (các cơ quan, đơn vị)'), el('dd', {}, formatMoment(contest.quickReportDueAt)));

  const rules = contest.entryRules;
  replaceChildren($('entry-rules'),
    el('li', {}, `Tệp bài viết: định dạng ${formatList(rules.allowedExtensions)}, dung lượng tối đa ${formatFileSize(rules.maxFileBytes)}.`),
    el('li', {}, `Độ dài: không quá ${formatNumber(rules.maxWords)} từ.`),
    el('li', {}, 'Viết về người thật, việc thật; ghi rõ tên, địa chỉ và việc làm, thành tích của tập thể, cá nhân được viết về.'),
    el('li', {}, 'Tác giả khai đầy đủ họ tên, năm sinh, nghề nghiệp, nơi công tác, địa chỉ và số điện thoại khi gửi bài.'),
    el('li', {}, 'Sau khi gửi, bạn nhận được mã bài dự thi và mã biên nhận để tra cứu.'));

  replaceChildren($('movements'), contest.movements.map((movement) => el('li', {}, movement.name)));

  // Who must spread the word: the configured unit groups, so a province without districts reads its own map.
  const groups = contest.unitGroups.map((group) => group.name);
  replaceChildren($('unit-groups'), groups.map((name, i) => el('li', {}, `${name}${i === groups.length - 1 ? '.' : ';'}`)));

  // The contest's documents that the site publishes, beside the rules' summary.
  const published = contest.documents.filter((doc) => safeHref(doc.url));
  replaceChildren($('see-also'), 'Xem thêm: ', el('a', { href: 'rules.html' }, 'Thể lệ cuộc thi (bản tóm tắt)'),
    ...published.flatMap((doc, i) => [i === 0 ? ' và ' : ', ', el('a', { href: safeHref(doc.url) }, `Văn bản số ${doc.number} ngày ${formatDate(doc.date)}: ${doc.title}`)]),
    '.');

  replaceChildren($('documents'), contest.documents.map((doc) => {
    const href = safeHref(doc.url);
    return el('li', {},
      el('span', { className: 'document-meta' }, `Số ${doc.number}, ngày ${formatDate(doc.date)}`),
      href ? el('a', { href }, doc.title) : el('span', {}, doc.title));
  }));
}

function showError(error) {
  console.error(error);
  const status = $('contest-status');
  status.className = 'notice notice-error';
  const reason = error instanceof ApiError ? ` ${error.message}` : '';
  status.textContent = `Không tải được thông tin cuộc thi.${reason} Vui lòng tải lại trang sau ít phút.`;
  for (const id of ['deadlines', 'entry-rules', 'movements', 'documents']) {
    replaceChildren($(id), el(id === 'deadlines' ? 'dt' : 'li', {}, 'Chưa có thông tin.'));
  }
}

getJson('/api/contest').then(showContest).catch(showError);
