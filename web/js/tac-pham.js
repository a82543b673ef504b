// The reading room (phòng đọc): the prize-winning works whose authors all consented, named as each chose. Without
// ?id= it lists them in book order; with ?id= it shows one work's text and links to the works before and after it.
// Titles, names and units are set as text (el()); the essay's HTML is the server's safe fragment, and is cleaned again
// here before it is shown, so nothing in it can run or load anything.
import './layout.js';
import { ApiError, getJson } from './api.js';
import { el, queryParam, replaceChildren, safeHref } from './dom.js';

const status = document.getElementById('works-status');
const works = document.getElementById('works');
const heading = document.getElementById('works-title');
const back = document.getElementById('works-back');

function facts(work) {
  return el('dl', { className: 'results-facts' },
    el('dt', {}, 'Tác giả'), el('dd', {}, work.author),
    el('dt', {}, 'Đơn vị'), el('dd', {}, work.unit),
    el('dt', {}, 'Giải'), el('dd', {}, work.prize),
    work.subject ? [el('dt', {}, 'Người được viết về'), el('dd', {}, work.subject)] : null,
    work.movement ? [el('dt', {}, 'Phong trào'), el('dd', {}, work.movement)] : null);
}

const link = (work) => `tac-pham.html?id=${encodeURIComponent(work.id)}`;

const ALLOWED = new Set(['P', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'SUB', 'SUP', 'UL', 'OL', 'LI',
  'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'CAPTION', 'BLOCKQUOTE', 'IMG', 'FIGURE', 'FIGCAPTION', 'SPAN', 'DIV', 'HR']);
const KEPT_ATTRIBUTES = new Set(['alt', 'colspan', 'rowspan', 'scope', 'src', 'width', 'height', 'lang']);

/** The essay fragment as inert nodes: only text-bearing elements, no attribute that could run or fetch elsewhere. */
function essay(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  const clean = (node) => {
    for (const child of [...node.children]) {
      if (!ALLOWED.has(child.tagName)) {
        child.replaceWith(document.createTextNode(child.textContent));
        continue;
      }
      for (const attribute of [...child.attributes]) {
        const keep = KEPT_ATTRIBUTES.has(attribute.name)
          && (attribute.name !== 'src' || attribute.value.startsWith('data:image/'));
        if (!keep) child.removeAttribute(attribute.name);
      }
      if (child.tagName === 'IMG' && !child.hasAttribute('src')) child.remove();
      else clean(child);
    }
  };
  clean(parsed);
  // The essay's own headings sit under the work's title (h1): start them at h2.
  for (const h1 of parsed.querySelectorAll('h1')) {
    const h2 = document.createElement('h2');
    h2.append(...h1.childNodes);
    h1.replaceWith(h2);
  }
  return el('div', { className: 'work-text' }, ...parsed.childNodes);
}

function notPublished(error) {
  if (!(error instanceof ApiError)) console.error(error);
  status.className = 'notice';
  status.textContent = error instanceof ApiError && error.status === 404
    ? (error.problem?.title === 'Chưa công bố kết quả'
      ? 'Kết quả cuộc thi chưa được công bố nên chưa có tác phẩm nào được đăng. Vui lòng quay lại sau.'
      : 'Không tìm thấy tác phẩm này trong danh sách tác phẩm đạt giải được công bố. Tác phẩm có thể đã được gỡ theo ý kiến của tác giả.')
    : 'Không tải được tác phẩm. Vui lòng thử lại sau.';
  status.dataset.state = 'pending';
}

async function list() {
  try {
    const all = await getJson('/api/results/works');
    status.className = 'notice notice-success';
    status.textContent = all.length === 0
      ? 'Chưa có tác phẩm đạt giải nào được tác giả đồng ý công bố.'
      : `${all.length} tác phẩm đạt giải được tác giả đồng ý công bố, theo thứ tự giải.`;
    replaceChildren(works, el('ol', { className: 'results-prizes plain', id: 'works-list' }, all.map((work) =>
      el('li', { className: 'results-prize work-item' },
        el('p', { className: 'results-title' }, el('a', { href: link(work) }, work.title)),
        facts(work)))));
    status.dataset.state = 'published';
  } catch (error) {
    notPublished(error);
  }
}

async function read(id) {
  back.classList.remove('invisible');
  try {
    const work = await getJson(`/api/results/works/${encodeURIComponent(id)}`);
    document.title = `${work.title} – Tác phẩm đạt giải`;
    heading.textContent = work.title;
    status.className = 'notice visually-hidden';
    status.textContent = `Đang đọc tác phẩm ${work.title}.`;
    const file = safeHref(work.fileUrl);
    const neighbours = el('nav', { className: 'work-neighbours no-print', 'aria-label': 'Tác phẩm trước và sau' },
      work.previous ? el('a', { href: link(work.previous), rel: 'prev', id: 'work-previous' }, '← Tác phẩm trước: ', work.previous.title) : null,
      work.next ? el('a', { href: link(work.next), rel: 'next', id: 'work-next' }, 'Tác phẩm sau: ', work.next.title, ' →') : null);
    replaceChildren(works, el('article', { className: 'work', 'aria-labelledby': 'works-title' },
      facts(work),
      work.notice ? el('p', { className: 'notice notice-warning' }, work.notice) : null,
      file ? el('p', { className: 'no-print' }, el('a', { href: file, id: 'work-file' }, 'Tải tệp gốc của tác phẩm')) : null,
      work.html ? essay(work.html) : el('p', {}, 'Không hiển thị được nội dung tác phẩm trên trang; vui lòng tải tệp gốc.'),
      el('p', { className: 'actions no-print' }, el('button', { className: 'button button-secondary', type: 'button', onclick: () => window.print() }, 'In tác phẩm'))),
    neighbours);
    status.dataset.state = 'published';
  } catch (error) {
    notPublished(error);
  }
}

const id = queryParam('id');
if (id) read(id);
else list();
