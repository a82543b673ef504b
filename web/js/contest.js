// Wording for the submission window and its extension notice, shared by the home, submit and rules pages (and shown
// to organizers as the public reads it).

import { el, replaceChildren } from './dom.js';
import { formatDateTime, formatMoment } from './format.js';

/**
 * { open, message }. The server's isOpen decides (its clock, its rules);
 * status and the dates only explain why submission is closed.
 */
export function submissionWindow(contest) {
  if (contest.isOpen) {
    return { open: true, message: `Đang nhận bài dự thi. Hạn cuối: ${formatMoment(contest.submissionClosesAt)}.` };
  }
  const notYetOpen = contest.status
    ? contest.status === 'notYetOpen'
    : Date.now() < Date.parse(contest.submissionOpensAt);
  return notYetOpen
    ? { open: false, message: `Chưa đến thời gian nhận bài. Cuộc thi bắt đầu nhận bài từ ${formatMoment(contest.submissionOpensAt)}.` }
    : { open: false, message: `Đã hết hạn nhận bài dự thi (hạn cuối: ${formatMoment(contest.submissionClosesAt)}).` };
}

/**
 * Fills the page's "Thông báo gia hạn" block (#contest-extension) when the deadline was extended, and hides it
 * otherwise: the organizers' notice as text, never HTML (line breaks kept by the style sheet), the deadline as it now
 * stands and the previous one, struck and named, so a reader of an old letter sees which date no longer holds.
 */
export function showExtension(contest) {
  const block = document.getElementById('contest-extension');
  if (!block) return;
  const extension = contest.extension;
  block.hidden = !extension;
  if (!extension) return;
  replaceChildren(block,
    el('h2', { id: 'contest-extension-title' }, 'Thông báo gia hạn'),
    el('p', { className: 'extension-text' }, extension.notice),
    el('p', {}, 'Hạn cuối nhận bài: ', el('strong', { className: 'extension-closes' }, formatDateTime(contest.submissionClosesAt)),
      '. Hạn cũ: ', el('s', { className: 'extension-previous' }, formatDateTime(extension.previousClosesAt)), '.'));
}
