// Home page: the deployment's contests (GET /api/contests), then the facts of the page's contest (GET /api/contest:
// the one the address names, else the default). The static text in index.html stays useful when the API cannot be reached.

import './layout.js';
import { ApiError, getJson } from './api.js';
import { showExtension, submissionWindow } from './contest.js';
import { el, replaceChildren, safeHref } from './dom.js';
import { formatDate, formatFileSize, formatList, formatMoment, formatNumber } from './format.js';
import { CONTEST_STATUS, label } from './labels.js';
import { OTHER_CONTEST } from './page-contest.js';

const $ = (id) => document.getElementById(id);

function showContest(contest) {
  $('contest-name').textContent = contest.name;
  // The page is served with the default contest's facts: this says whose facts are on screen now.
  $('contest-name').dataset.contest = contest.id;
  // The static description names no province; the contest's name does.
  const description = document.querySelector('meta[name="description"]');
  if (description) description.content = `${contest.name}: thể lệ, thời hạn, gửi và tra cứu bài dự thi.`;
  $('contest-organizer').textContent = contest.organizer;
  // A contest names its own authority and introduction; the page's own text is the 2018 contest's.
  if (contest.authority) $('contest-authority').textContent = contest.authority;
  if (contest.intro.length) replaceChildren($('contest-intro'), contest.intro.map((paragraph) => el('p', {}, paragraph)));
  // The page is served with the default contest's description, so it stands still for that contest.
  $('contest-description').textContent = contest.description ?? '';
  $('contest-description').hidden = !contest.description;

  const submission = submissionWindow(contest);
  const status = $('contest-status');
  status.textContent = submission.message;
  status.className = `notice status-two-lines ${submission.open ? 'notice-success' : 'notice-warning'}`;
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
  status.className = 'notice status-two-lines notice-error';
  const reason = error instanceof ApiError ? ` ${error.message}` : '';
  status.textContent = `Không tải được thông tin cuộc thi.${reason} Vui lòng tải lại trang sau ít phút.`;
  for (const id of ['deadlines', 'entry-rules', 'movements', 'documents']) {
    replaceChildren($(id), el(id === 'deadlines' ? 'dt' : 'li', {}, 'Chưa có thông tin.'));
  }
}

// ---- The list of contests ----

const inContest = (path, id) => `${path}?contest=${encodeURIComponent(id)}`;
const byTime = (key, order = 1) => (a, b) => order * (Date.parse(a[key]) - Date.parse(b[key]));

/** One contest: its name (to its home page), where it stands, its window and the pages a visitor wants next. */
function contestItem(contest, currentId) {
  const here = contest.id === currentId;
  const past = contest.status === 'closed' || contest.status === 'archived';
  // Each link names its contest itself: they point at other contests than the page's.
  const link = (path, text) => el('a', { href: inContest(path, contest.id), [OTHER_CONTEST]: '' }, text);
  const pages = past
    ? [link('/ket-qua.html', 'Xem kết quả'), link('/rules.html', 'Thể lệ')]
    : [contest.status === 'open' ? link('/submit.html', 'Gửi bài dự thi') : null, link('/rules.html', 'Thể lệ'), link('/lookup.html', 'Tra cứu bài dự thi')];
  return el('li', { className: 'contest-item', 'data-contest': contest.id },
    el('p', { className: 'contest-item-name' },
      el('a', { href: inContest('/', contest.id), [OTHER_CONTEST]: '', 'aria-current': here ? 'page' : null }, contest.name),
      here ? el('span', { className: 'contest-item-here' }, ' (đang xem)') : null),
    el('p', { className: 'contest-item-facts' },
      el('span', { className: `contest-status contest-status-${contest.status}` }, label(CONTEST_STATUS, contest.status)),
      ` · Nhận bài từ ${formatDate(contest.opensAt)} đến ${formatDate(contest.closesAt)}`),
    el('p', { className: 'contest-item-pages' }, pages.filter(Boolean).flatMap((a, i) => (i === 0 ? [a] : [' · ', a]))));
}

function showContests(contests, currentId) {
  // One contest is the page itself: a list of one would only repeat it.
  if (contests.length < 2) return;
  const current = [
    ...contests.filter((c) => c.status === 'open').sort(byTime('closesAt')),
    ...contests.filter((c) => c.status === 'upcoming').sort(byTime('opensAt')),
  ];
  const past = contests.filter((c) => c.status === 'closed' || c.status === 'archived').sort(byTime('closesAt', -1));
  const group = (id, title, items) => (items.length
    ? [el('h3', { id }, title), el('ul', { className: 'contest-list plain', 'aria-labelledby': id }, items.map((c) => contestItem(c, currentId)))]
    : []);
  replaceChildren($('contest-groups'),
    ...group('contests-current-heading', 'Đang nhận bài và sắp mở', current),
    ...group('contests-past-heading', 'Các cuộc thi đã qua', past));
  $('contests').hidden = false;
}

const contest = getJson('/api/contest');
contest.then(showContest).catch(showError);
// The list marks the contest this page shows; without it (the API down) it is still worth listing.
Promise.all([getJson('/api/contests'), contest.then((c) => c.id, () => null)])
  .then(([contests, currentId]) => showContests(contests, currentId))
  .catch((error) => console.error(error));
