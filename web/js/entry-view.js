// Renders an entry as returned by GET /api/entries/{id}?receipt=CODE.
// Used by the receipt and the lookup pages so both show exactly the same facts.

import { el } from './dom.js';
import { formatDateTime, formatFileSize } from './format.js';
import { ENTRY_STATUS, label } from './labels.js';

/** Upper case and the usual dash, for display only: "abcdefgh" → "ABCD-EFGH". */
export function displayReceiptCode(code) {
  const compact = code.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z0-9]{8}$/.test(compact) ? `${compact.slice(0, 4)}-${compact.slice(4)}` : code.toUpperCase();
}

function row(label, value, props = {}) {
  return [el('dt', {}, label), el('dd', props, value || '—')];
}

/** Returns a fragment: the two codes, a status note, then the details list. */
export function renderEntry(entry, receiptCode) {
  const received = entry.status === 'received';
  const withdrawn = entry.status === 'withdrawn';
  // A withdrawn entry's file is deleted: its name is history, not something the entrant still has with us.
  const file = withdrawn ? 'Đã xóa khi rút bài' : entry.fileName
    ? `${entry.fileName}${Number.isFinite(entry.fileSize) ? ` (${formatFileSize(entry.fileSize)})` : ''}`
    : '';

  const codes = el('div', { className: 'entry-codes' },
    el('div', { className: 'entry-code' },
      el('span', { className: 'entry-code-label' }, 'Mã bài dự thi'),
      el('span', { className: 'entry-code-value', id: 'entry-id' }, entry.id)),
    el('div', { className: 'entry-code entry-code-main' },
      el('span', { className: 'entry-code-label' }, 'Mã biên nhận'),
      el('span', { className: 'entry-code-value', id: 'receipt-code' }, displayReceiptCode(receiptCode))));

  const receivedAt = formatDateTime(entry.receivedAt);
  const note = received
    ? el('p', { className: 'notice notice-success' },
      receivedAt ? `Ban Tổ chức đã nhận bài dự thi lúc ${receivedAt}.` : 'Ban Tổ chức đã nhận bài dự thi.')
    : withdrawn
      ? el('p', { className: 'notice notice-warning', id: 'entry-withdrawn' },
        'Bài dự thi đã được rút theo đề nghị của tác giả: bài không còn được tính và chấm; tệp bài viết và thông tin tác giả đã được xóa.')
      : el('p', { className: 'notice notice-warning' },
        'Bài dự thi chưa hoàn tất: tệp bài viết chưa được tải lên. Vui lòng gửi lại bài dự thi.');

  const details = el('dl', { className: 'details' },
    row('Tên tác phẩm', entry.title, { id: 'entry-title' }),
    row(entry.coAuthorNames?.length ? 'Trưởng nhóm tác giả' : 'Tác giả', entry.authorName, { id: 'entry-author' }),
    entry.coAuthorNames?.length ? row('Đồng tác giả', entry.coAuthorNames.join(', '), { id: 'entry-co-authors' }) : null,
    row('Đơn vị', entry.unitName),
    row('Phong trào thi đua', entry.movementName || entry.movement),
    row('Trạng thái', label(ENTRY_STATUS, entry.status), { id: 'entry-status' }),
    row('Thời điểm nhận', receivedAt, { id: 'entry-received-at' }),
    row('Tệp bài viết', file));

  const fragment = document.createDocumentFragment();
  fragment.append(codes, note, details);
  return fragment;
}
