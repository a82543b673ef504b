// Receipt page: receipt.html?id=…&code=… (where the submit page lands).

import './layout.js';
import { ApiError, getJson } from './api.js';
import { queryParam, replaceChildren } from './dom.js';
import { renderEntry } from './entry-view.js';
import { formatDateTime } from './format.js';

const $ = (id) => document.getElementById(id);
const id = queryParam('id');
const code = queryParam('code');

function showMessage(kind, text) {
  const message = $('receipt-message');
  message.className = `notice ${kind}`;
  message.textContent = text;
}

async function load() {
  if (!id || !code) {
    showMessage('notice-error', 'Đường dẫn biên nhận thiếu mã bài dự thi hoặc mã biên nhận. Vui lòng dùng trang Tra cứu bài dự thi.');
    return;
  }
  try {
    const entry = await getJson(`/api/entries/${encodeURIComponent(id)}?receipt=${encodeURIComponent(code)}`);
    showMessage('', '');
    replaceChildren($('receipt-body'), renderEntry(entry, code));
    $('printed-at').textContent = `In lúc ${formatDateTime(new Date())}.`;
    $('lookup-link').href = `lookup.html?id=${encodeURIComponent(id)}&code=${encodeURIComponent(code)}`;
    $('record-link').href = `ho-so.html#id=${encodeURIComponent(id)}&code=${encodeURIComponent(code)}`;
    $('receipt-advice').hidden = false;
    // Handed in by a unit's focal point: back to the unit's page with the same personal link.
    const unitToken = new URLSearchParams(window.location.hash.slice(1)).get('t');
    if (unitToken) {
      $('unit-back').href = `/unit/#t=${encodeURIComponent(unitToken)}`;
      $('unit-back').hidden = false;
    }
  } catch (error) {
    if (!(error instanceof ApiError)) console.error(error);
    showMessage('notice-error', error instanceof ApiError && error.status === 404
      ? 'Không tìm thấy bài dự thi với mã và mã biên nhận này.'
      : `Không tải được biên nhận. ${error instanceof ApiError ? error.message : 'Vui lòng tải lại trang.'}`);
  }
}

$('print-receipt').addEventListener('click', () => window.print());
load();
