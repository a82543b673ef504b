// The contest the organizers' pages work on, chosen in this one place. Until organizers can switch contests (issue 30,
// item 4), it is the deployment's default contest: the one GET /api/contest answers. That answer carries no id, so the
// contest is found in the list by its name and dates; with a single contest stored, that one.
import { ApiError, getJson } from '../api.js';

/** The id of the contest the page works on; an ApiError (404) when the list holds none that matches. */
export async function workingContestId() {
  const [contests, current] = await Promise.all([getJson('/api/contests'), getJson('/api/contest')]);
  const same = (a, b) => Date.parse(a) === Date.parse(b);
  const match = contests.length === 1 ? contests[0] : contests.find((contest) => contest.name === current.name
    && same(contest.opensAt, current.submissionOpensAt) && same(contest.closesAt, current.submissionClosesAt));
  if (!match) throw new ApiError(404, { title: 'Không tìm thấy cuộc thi.', detail: 'Danh sách cuộc thi không có cuộc thi mà trang chủ đang công bố.' });
  return match.id;
}
