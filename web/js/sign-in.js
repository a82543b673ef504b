// Where staff sign in (the footer's link, and the platform's post-login redirect): after sign-in each person lands
// where their role works, an organizer on the dashboard and a judge on the list of entries to score. The same page
// serves Static Web Apps and the local host, since both answer /.auth/me with the roles the staff list grants.

import './layout.js';
import { el, replaceChildren } from './dom.js';
import { currentUser, homeAreaOf, signInUrl } from './admin/session.js';
import { withContest } from './page-contest.js';

const status = document.getElementById('sign-in-status');

const user = await currentUser();
const home = homeAreaOf(user);
if (!user) {
  // Back here after signing in, so the role decides where to go.
  window.location.replace(signInUrl());
} else if (home) {
  status.textContent = `Đã đăng nhập. Đang chuyển đến trang của ${home.people}…`;
  window.location.replace(withContest(home.home));
} else {
  // Signed in, but the staff list gives this account no role: say so and offer to sign in with another one.
  status.className = 'notice notice-warning';
  status.dataset.state = 'no-role';
  replaceChildren(status,
    el('p', {}, 'Tài khoản ', el('strong', {}, user.userDetails),
      ' chưa được cấp quyền của Ban Tổ chức hay Ban Giám khảo. Vui lòng liên hệ Thường trực Ban Tổ chức để được cấp quyền, rồi đăng nhập lại.'),
    el('p', {}, el('a', { href: '/.auth/logout?post_logout_redirect_uri=/dang-nhap.html', id: 'sign-in-other' }, 'Đăng xuất để đăng nhập bằng tài khoản khác')));
}
