// The organizers' decisions on an entry that need a written reason (keep or exclude it, mark it a copy, keep two
// entries apart) behave alike: the reason is asked for beside its field, a field error from the server lands there
// too, and once decided focus moves to the notice that states the entry's new state.

import { ApiError } from '../api.js';
import { showFieldError } from '../form-errors.js';
import { showApiError } from './session.js';

/**
 * Sends a decision: `missing` is said beside `reason` when it is empty; otherwise `send(reason text)` runs and focus
 * moves to the element `stateId`. Any other problem is shown in `message`.
 */
export async function decideWithReason({ reason, message, missing, send, stateId }) {
  showFieldError(reason.id, '');
  message.textContent = '';
  message.className = 'notice';
  if (!reason.value.trim()) {
    showFieldError(reason.id, missing);
    reason.focus();
    return;
  }
  try {
    await send(reason.value);
    document.getElementById(stateId)?.focus();
  } catch (error) {
    const field = error instanceof ApiError
      ? (error.problem.errors?.reason ?? error.problem.errors?.copyOf ?? error.problem.errors?.distinctFrom) : null;
    if (field) {
      showFieldError(reason.id, [field].flat().join(' '));
      reason.focus();
    } else {
      showApiError(message, error);
    }
  }
}
