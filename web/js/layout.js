// The header and footer every public page shares, drawn here for the visitor (a focal point's link, the page's contest).
// A public page is served with them already in place, as this draws them for the default contest, so that nothing moves
// when this runs on a slow phone (layout shift; LayoutInPageTests keeps the two the same); a page served with an empty
// <header class="site-header"></header> and <footer class="site-footer"></footer> gets them all the same. The nav link
// for the page being shown is marked with aria-current. A page's own module imports this first (as it imports the file
// pickers and date fields it draws), so each page names a single script.

import { getJson } from './api.js';
import { el } from './dom.js';

// A unit's focal point browses with the unit's personal link in the fragment (#t=…): then "Gửi bài dự thi"
// opens the hand-in form for the unit, and the unit's page stays one click away.
const unitToken = new URLSearchParams(window.location.hash.slice(1)).get('t');
const withToken = (path) => `${path}#t=${encodeURIComponent(unitToken)}`;
const NAV = unitToken
  ? [
    ['/unit/', 'Trang của đơn vị', withToken('/unit/')],
    ['/rules.html', 'Thể lệ'],
    ['/submit.html', 'Gửi bài dự thi', withToken('/submit.html')],
    ['/lookup.html', 'Tra cứu bài dự thi'],
  ]
  : [
    ['/index.html', 'Trang chủ'],
    ['/rules.html', 'Thể lệ'],
    ['/submit.html', 'Gửi bài dự thi'],
    ['/lookup.html', 'Tra cứu bài dự thi'],
    ['/ket-qua.html', 'Kết quả'],
  ];

const current = window.location.pathname === '/' ? '/index.html' : window.location.pathname;

document.querySelector('header.site-header')?.replaceChildren(
  el('div', { className: 'container header-inner' },
    el('a', { className: 'brand', href: '/' },
      el('img', { src: '/favicon.svg', alt: '', width: 44, height: 44 }),
      el('span', { className: 'brand-text' },
        el('span', { className: 'brand-org', 'data-organizer': '' }, 'Sở Nội vụ tỉnh Sóc Trăng'),
        el('span', { className: 'brand-name' }, 'Cuộc thi viết về gương điển hình tiên tiến, người tốt việc tốt'))),
    el('nav', { className: 'site-nav site-nav-public', 'aria-label': 'Điều hướng chính' },
      el('ul', {}, NAV.map(([path, label, href = path]) =>
        el('li', {}, el('a', { href, 'aria-current': path === current ? 'page' : null }, label)))))));

document.querySelector('footer.site-footer')?.replaceChildren(
  el('div', { className: 'container' },
    el('p', {}, el('strong', { 'data-organizer': '' }, 'Sở Nội vụ tỉnh Sóc Trăng'), ' – Cơ quan Thường trực Ban Tổ chức cuộc thi.'),
    el('p', { className: 'footer-contest' }, 'Cuộc thi viết về gương điển hình tiên tiến, người tốt việc tốt trong phong trào thi đua yêu nước trên địa bàn tỉnh Sóc Trăng.'),
    el('p', {}, el('a', { href: '/du-lieu-ca-nhan.html' }, 'Thông báo xử lý dữ liệu cá nhân'), ' · ',
      el('a', { href: '/ho-so.html' }, 'Hồ sơ bài dự thi: xem, sửa, rút bài')),
    // One way in for staff: after sign-in each role lands where it works (see js/sign-in.js).
    el('p', {}, el('a', { href: '/dang-nhap.html', id: 'staff-sign-in' }, 'Dành cho Ban Tổ chức và Ban Giám khảo: đăng nhập'))));

// The organizer and contest are the page's contest's (the text above is the 2018 default, kept if the API cannot be
// reached): "Sở Nội vụ thành phố Cần Thơ (Thường trực …)" brands the page as its first part.
getJson('/api/contest')
  .then((contest) => {
    if (!contest) return;
    const organizer = contest.organizer.replace(/\s*\(.*\)\s*$/, '');
    for (const node of document.querySelectorAll('[data-organizer]')) node.textContent = organizer;
    document.title = document.title.replace('Sở Nội vụ tỉnh Sóc Trăng', organizer);
    for (const node of document.querySelectorAll('.site-footer .footer-contest')) node.textContent = `${contest.name}.`;
  })
  .catch(() => {});
