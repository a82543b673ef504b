// The contest the organizers' pages work on, chosen in this one place. Until organizers can switch contests (issue 30,
// item 4), it is the deployment's default contest: the one GET /api/contest answers.
import { getJson } from '../api.js';

/** The id of the contest the page works on. */
export async function workingContestId() {
  return (await getJson('/api/contest')).id;
}
