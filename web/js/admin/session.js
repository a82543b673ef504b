// Shared by every organizer page: who is signed in (from the platform's /.auth/me), the organizers'
// header and navigation, and one way of handling 401/403 from the API.

import { ApiError } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { showWorkingContest } from './contest-switch.js';

const NAV = [
  ['/admin/', 'Tổng quan'],
  ['/admin/contest.html', 'Cuộc thi'],
  ['/admin/entries.html', 'Bài dự thi'],
  ['/admin/units.html', 'Đơn vị'],
  ['/admin/reports.html', 'Báo cáo nhanh'],
  ['/admin/reminders.html', 'Nhắc việc'],
  ['/admin/messages.html', 'Thư đã gửi'],
  ['/admin/judging.html', 'Chấm thi'],
  ['/admin/results.html', 'Kết quả'],
  ['/admin/audit.html', 'Nhật ký truy cập'],
  ['/admin/privacy.html', 'Dữ liệu cá nhân'],
  ['/admin/staff.html', 'Cán bộ'],
  ['/admin/templates.html', 'Mẫu thư'],
  ['/admin/broadcasts.html', 'Gửi thư hàng loạt'],
];

// Judges see their own pages only: an organizer's navigation would lead them to 403s.
const JUDGE_NAV = [['/judge/', 'Bài được phân công chấm']];

export const ROLE_ORGANIZER = 'organizer';
export const ROLE_JUDGE = 'judge';

// Each role's area: its pages, its home (where the role lands after signing in) and the words that lead there.
const ORGANIZER_AREA = {
  role: ROLE_ORGANIZER, people: 'Ban Tổ chức', nav: NAV, home: '/admin/', way: 'Đến trang Tổng quan của Ban Tổ chức',
  org: 'Ban Tổ chức cuộc thi', name: 'Theo dõi cuộc thi viết về gương điển hình tiên tiến', label: 'Điều hướng quản trị',
};
const JUDGE_AREA = {
  role: ROLE_JUDGE, people: 'Ban Giám khảo', nav: JUDGE_NAV, home: '/judge/', way: 'Đến danh sách bài được phân công chấm',
  org: 'Ban Giám khảo cuộc thi', name: 'Chấm bài dự thi theo số phách', label: 'Điều hướng Ban Giám khảo',
};

/**
 * Where a signed-in person works: an organizer on the dashboard (also when a judge as well), a judge on the list of
 * entries to score; null for someone the staff list gives no role.
 */
export function homeAreaOf(user) {
  const roles = user?.userRoles ?? [];
  if (roles.includes(ROLE_ORGANIZER)) return ORGANIZER_AREA;
  if (roles.includes(ROLE_JUDGE)) return JUDGE_AREA;
  return null;
}

export function signInUrl() {
  const back = window.location.pathname + window.location.search;
  return `/.auth/login/aad?post_login_redirect_uri=${encodeURIComponent(back)}`;
}

/** The signed-in user ({ userDetails, userRoles }) or null. */
export async function currentUser() {
  try {
    const response = await fetch('/.auth/me', { cache: 'no-store' });
    if (!response.ok) return null;
    return (await response.json()).clientPrincipal ?? null;
  } catch {
    return null;
  }
}

/**
 * Builds the header and resolves with the user when they are an organizer. Otherwise sends them to
 * sign in, or says they lack the role, and resolves with null.
 */
export function requireOrganizer() {
  return requireRole(ROLE_ORGANIZER, ORGANIZER_AREA,
    'Tài khoản của bạn không có quyền của Ban Tổ chức. Vui lòng liên hệ Thường trực Ban Tổ chức để được cấp quyền.');
}

/** The same for a judge's pages (Ban Giám khảo). */
export function requireJudge() {
  return requireRole(ROLE_JUDGE, JUDGE_AREA,
    'Tài khoản của bạn chưa được phân công vào Ban Giám khảo. Vui lòng liên hệ Thường trực Ban Tổ chức.');
}

async function requireRole(role, area, refusal) {
  const user = await currentUser();
  if (!user) {
    renderHeader(user, area);
    window.location.assign(signInUrl());
    return null;
  }
  if (!(user.userRoles ?? []).includes(role)) {
    // Someone with another role sees their own area's header and the way to it, never a menu of pages they cannot use.
    const home = homeAreaOf(user);
    renderHeader(user, home ?? area);
    showAccessProblem(home
      ? `Trang này dành cho ${area.people}. Tài khoản của bạn thuộc ${home.people}.`
      : refusal, home);
    return null;
  }
  renderHeader(user, area);
  // Staff work on one contest at a time: the header names it on every page, with the way to switch.
  const header = document.querySelector('header.site-header .header-inner');
  if (header) showWorkingContest(header);
  return user;
}

/** Shows an API error; a 401 (session expired) sends the user to sign in again. */
export function showApiError(container, error) {
  if (error instanceof ApiError && error.status === 401) {
    window.location.assign(signInUrl());
    return;
  }
  const problem = error instanceof ApiError ? error.problem : { title: 'Đã có lỗi xảy ra.', detail: String(error) };
  const details = Object.values(problem.errors ?? {}).flat();
  // dom.js's replaceChildren leaves out the missing parts; the DOM's own would write them as "null".
  replaceChildren(container,
    el('strong', {}, problem.title),
    problem.detail ? el('span', {}, ' ', problem.detail) : null,
    details.length ? el('ul', {}, details.map((message) => el('li', {}, message))) : null);
  container.className = 'notice notice-error';
}

function showAccessProblem(message, home) {
  const main = document.querySelector('main');
  main?.replaceChildren(
    el('h1', {}, 'Không có quyền truy cập'),
    el('p', { className: 'notice notice-warning', id: 'access-problem' }, message),
    home ? el('p', {}, el('a', { className: 'button button-primary', id: 'access-way', href: home.home }, home.way)) : null);
}

function renderHeader(user, area) {
  const current = window.location.pathname.replace(/index\.html$/, '');
  // Someone in both the secretariat and the jury finds the other area in the menu too.
  const other = [ORGANIZER_AREA, JUDGE_AREA].find((a) => a !== area && (user?.userRoles ?? []).includes(a.role));
  const nav = other ? [...area.nav, [other.home, other.people]] : area.nav;
  document.querySelector('header.site-header')?.replaceChildren(
    el('div', { className: 'container header-inner' },
      el('a', { className: 'brand', href: area.home },
        el('img', { src: '/favicon.svg', alt: '', width: 44, height: 44 }),
        el('span', { className: 'brand-text' },
          el('span', { className: 'brand-org' }, area.org),
          el('span', { className: 'brand-name' }, area.name))),
      el('nav', { className: 'site-nav', 'aria-label': area.label },
        el('ul', {},
          nav.map(([href, label]) => el('li', {}, el('a', { href, 'aria-current': href === current ? 'page' : null }, label))),
          user
            ? el('li', { className: 'nav-user' },
              el('span', { id: 'signed-in-user' }, user.userDetails), ' · ',
              el('a', { href: '/.auth/logout?post_logout_redirect_uri=/' }, 'Đăng xuất'))
            : null))));
}

/** Query string of a filter object, leaving out empty values. */
export function toQuery(filter) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  return params.toString();
}
