// The organizers' entry page: the group's other members, and who may not enter (an author who is staff or the
// essay's subject). A flagged entry waits for an organizer to keep or exclude it, with a reason; the server writes
// the decision to the audit trail.

import { postJson } from '../api.js';
import { el } from '../dom.js';
import { formatDateTime } from '../format.js';
import { decideWithReason } from './entry-decision.js';

const STATE = {
  flagged: 'Chờ Ban Tổ chức quyết định',
  kept: 'Đã xem xét: giữ lại bài dự thi',
  excluded: 'Đã loại khỏi cuộc thi',
};

/** One section per co-author, drawn like the leader's ("Đồng tác giả thứ 1"). */
export function coAuthorSections(entry, section) {
  return (entry.coAuthors ?? []).map((member, index) => section(`Đồng tác giả thứ ${index + 1}`, [
    ['Họ và tên', member.fullName],
    ['Năm sinh', String(member.birthYear)],
    ['Nơi công tác', member.workplace],
    ['Điện thoại', member.phone],
    ['E-mail', member.email],
  ]));
}

/** Nothing for an entry nobody flagged; otherwise what matched, the decision so far, and the form to decide. */
export function eligibilitySection(entry, rerender) {
  const eligibility = entry.eligibility;
  if (!eligibility || eligibility.state === 'clear') return null;
  const decided = eligibility.state !== 'flagged';
  return el('section', { className: 'card', id: 'eligibility', 'aria-labelledby': 'eligibility-heading' },
    el('h2', { id: 'eligibility-heading' }, 'Điều kiện dự thi'),
    el('p', { className: `notice ${decided ? 'notice-success' : 'notice-warning'}`, id: 'eligibility-state', tabindex: '-1' }, STATE[eligibility.state]),
    el('ul', { className: 'eligibility-concerns', id: 'eligibility-concerns' }, eligibility.concerns.map((concern) => el('li', {}, concern))),
    decided
      ? el('dl', { className: 'details' },
        el('dt', {}, 'Lý do'), el('dd', { id: 'eligibility-reason' }, eligibility.reason ?? ''),
        el('dt', {}, 'Người quyết định'), el('dd', {}, eligibility.decidedBy ?? ''),
        el('dt', {}, 'Thời điểm'), el('dd', {}, eligibility.decidedAt ? formatDateTime(eligibility.decidedAt) : ''))
      : null,
    decisionForm(entry, rerender, decided));
}

function decisionForm(entry, rerender, decided) {
  const message = el('p', { className: 'notice', role: 'status', id: 'eligibility-message' });
  const reason = el('textarea', { id: 'eligibility-reason-input', rows: 3, maxLength: 500, 'aria-describedby': 'eligibility-reason-input-error' });
  const decide = (decision) => decideWithReason({
    reason, message, missing: 'Vui lòng ghi lý do của quyết định.', stateId: 'eligibility-state',
    send: async (text) => {
      const eligibility = await postJson(`/api/organizer/entries/${encodeURIComponent(entry.id)}/eligibility`, { decision, reason: text });
      rerender({ ...entry, eligibility });
    },
  });
  return el('div', { className: 'eligibility-decision' },
    el('h3', {}, decided ? 'Thay đổi quyết định' : 'Quyết định'),
    el('div', { className: 'field' },
      el('label', { htmlFor: reason.id }, 'Lý do ', el('span', { className: 'req', 'aria-hidden': 'true' }, '*')),
      reason,
      el('p', { className: 'field-error', id: `${reason.id}-error` })),
    el('p', { className: 'actions' },
      el('button', { type: 'button', className: 'button button-secondary', id: 'eligibility-keep', onclick: () => decide('keep') }, 'Giữ lại bài dự thi'),
      ' ',
      el('button', { type: 'button', className: 'button button-danger', id: 'eligibility-exclude', onclick: () => decide('exclude') }, 'Loại khỏi cuộc thi')),
    message);
}
