// The entry page's duplicates: the other entries that may be the same work, and the organizers' mark of a copy.
import { deleteJson, getJson, postJson } from '../api.js';
import { el } from '../dom.js';
import { formatDateTime } from '../format.js';
import { unitLabel } from '../labels.js';
import { decideWithReason } from './entry-decision.js';
import { showApiError } from './session.js';

function entryLink(id, title) {
  return el('a', { href: `/admin/entry.html?id=${encodeURIComponent(id)}` }, `${title} (mã ${id})`);
}

/** Null when nothing looks like a duplicate and the entry is not marked as a copy; unitNames: unit id → name. */
export function duplicatesSection(entry, rerender, unitNames) {
  const matches = entry.duplicates ?? [];
  if (!matches.length && !entry.copy) return null;
  const message = el('p', { className: 'notice', role: 'status', id: 'duplicate-message' });
  const reload = async () => rerender(await getJson(`/api/organizer/entries/${encodeURIComponent(entry.id)}`));

  if (entry.copy) {
    const undo = async () => {
      try {
        await deleteJson(`/api/organizer/entries/${encodeURIComponent(entry.id)}/duplicate`);
        await reload();
        document.getElementById('duplicate-state')?.focus();
      } catch (error) {
        showApiError(message, error);
      }
    };
    return el('section', { className: 'card', id: 'duplicates', 'aria-labelledby': 'duplicates-heading' },
      el('h2', { id: 'duplicates-heading' }, 'Bài trùng'),
      el('p', { className: 'notice notice-warning', id: 'duplicate-state', tabindex: '-1' },
        'Đã đánh dấu là bản trùng của bài ', entryLink(entry.copy.copyOf, entry.copy.copyOf),
        ': không được tính vào số liệu và không đưa vào chấm.'),
      el('dl', { className: 'details' },
        el('dt', {}, 'Lý do'), el('dd', { id: 'duplicate-reason' }, entry.copy.reason ?? ''),
        el('dt', {}, 'Người đánh dấu'), el('dd', {}, entry.copy.markedBy ?? ''),
        el('dt', {}, 'Thời điểm'), el('dd', {}, entry.copy.markedAt ? formatDateTime(entry.copy.markedAt) : '')),
      el('p', { className: 'actions' },
        el('button', { type: 'button', className: 'button button-secondary', id: 'duplicate-undo', onclick: undo }, 'Bỏ đánh dấu bản trùng')),
      message);
  }

  const reason = el('textarea', { id: 'duplicate-reason-input', rows: 2, maxLength: 500, 'aria-describedby': 'duplicate-reason-input-error' });
  const decide = (missing, path, body) => decideWithReason({
    reason, message, missing, stateId: 'duplicate-state',
    send: async (text) => {
      await postJson(`/api/organizer/entries/${encodeURIComponent(entry.id)}/${path}`, { ...body, reason: text });
      await reload();
    },
  });
  const mark = (copyOf) => decide('Vui lòng ghi lý do xác định bài trùng.', 'duplicate', { copyOf });
  // Two entries with the same title and author may still be two works; the same file never is.
  const distinct = (other) => decide('Vui lòng ghi lý do xác nhận hai bài không trùng nhau.', 'distinct', { distinctFrom: other });
  const open = matches.filter((m) => m.open);
  return el('section', { className: 'card', id: 'duplicates', 'aria-labelledby': 'duplicates-heading' },
    el('h2', { id: 'duplicates-heading' }, 'Có thể trùng'),
    el('p', { className: `notice ${open.length ? 'notice-warning' : 'notice-success'}`, id: 'duplicate-state', tabindex: '-1' }, open.length
      ? 'Bài này có thể trùng với bài khác và chưa được quyết định, nên chưa được rọc phách để chấm và không được phê duyệt giải. '
        + 'Nếu đúng là một bài, hãy đánh dấu bản trùng (bản trùng không được tính vào số liệu và không đưa vào chấm); '
        + 'nếu là hai tác phẩm khác nhau, hãy xác nhận không trùng.'
      : 'Các trường hợp có thể trùng của bài này đã được quyết định.'),
    el('ul', { id: 'duplicate-matches' }, matches.map((m) => el('li', {},
      entryLink(m.entryId, m.title), ` – ${unitLabel(unitNames, m.unitId)}: ${m.reasonText}. `,
      m.open ? null : el('span', { className: 'badge badge-ok' }, 'Đã quyết định'),
      m.open ? ' ' : null,
      m.open ? el('button', { type: 'button', className: 'button button-secondary', 'data-copy-of': m.entryId, onclick: () => mark(m.entryId) },
        `Đánh dấu bài này là bản trùng của bài ${m.entryId}`) : null,
      m.open && m.reason !== 'sameFile' ? ' ' : null,
      m.open && m.reason !== 'sameFile'
        ? el('button', { type: 'button', className: 'button button-secondary', 'data-distinct-from': m.entryId, onclick: () => distinct(m.entryId) },
          `Không trùng: giữ cả hai bài (bài ${m.entryId})`)
        : null))),
    el('div', { className: 'field' },
      el('label', { htmlFor: reason.id }, 'Lý do (đánh dấu bản trùng hoặc xác nhận không trùng) ', el('span', { className: 'req', 'aria-hidden': 'true' }, '*')),
      reason,
      el('p', { className: 'field-error', id: `${reason.id}-error` })),
    message);
}
