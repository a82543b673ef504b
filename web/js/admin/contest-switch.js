// The staff header's "Cuộc thi đang làm việc" line: the contest every staff page works on, shown at all times so no one
// files a decision in the wrong contest, and a list of the contests with "Chuyển" to work on another. The choice is kept
// in this browser (page-contest.js) and the page opens again in the chosen contest.

import { ApiError, getJson } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { CONTEST_STATUS, label } from '../labels.js';
import { addressContest, chooseWorkingContest, switchWorkingContest } from '../page-contest.js';

const describe = (contest) => `${contest.name} (${label(CONTEST_STATUS, contest.status)})`;

/** Draws the line into the header's `container` and fills it from the API. */
export async function showWorkingContest(container) {
  const name = el('strong', { id: 'working-contest-name' }, 'Đang tải…');
  const choice = el('select', { id: 'working-contest-choice', name: 'contest' });
  const chooser = el('div', { className: 'working-contest-choice no-print', hidden: true },
    el('label', { htmlFor: 'working-contest-choice' }, 'Chọn cuộc thi'),
    choice,
    el('button', { type: 'submit', className: 'button button-secondary', id: 'working-contest-switch' }, 'Chuyển'));
  const form = el('form', { className: 'working-contest', id: 'working-contest', 'aria-label': 'Cuộc thi đang làm việc' },
    el('p', { className: 'working-contest-current' }, 'Cuộc thi đang làm việc: ', name),
    chooser);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (choice.value) switchWorkingContest(choice.value);
  });
  container.append(form);

  let contests = [];
  let current = null;
  try {
    [contests, current] = await Promise.all([
      getJson('/api/contests'),
      getJson('/api/contest').catch((error) => {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }),
    ]);
  } catch {
    name.textContent = 'Không tải được danh sách cuộc thi';
    return;
  }
  if (!current) {
    // The kept working contest is no longer stored (removed, or a fresh local store): back to the default contest.
    if (!addressContest) {
      chooseWorkingContest(null);
      window.location.reload();
      return;
    }
    name.textContent = 'Không tìm thấy cuộc thi';
  } else {
    const listed = contests.find((contest) => contest.id === current.id);
    name.textContent = listed ? describe(listed) : current.name;
  }
  replaceChildren(choice, contests.map((contest) =>
    el('option', { value: contest.id, selected: contest.id === current?.id }, describe(contest))));
  // With one contest there is nothing to switch to.
  chooser.hidden = contests.length < 2;
}
