// Wording for the submission window, shared by the home and submit pages.

import { formatMoment } from './format.js';

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
