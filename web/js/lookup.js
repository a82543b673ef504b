// Lookup page: find an entry by its id and receipt code. Codes go to the server
// as typed (lower case, with or without the dash): the server normalizes them.

import './layout.js';
import { ApiError, getJson } from './api.js';
import { queryParam, replaceChildren } from './dom.js';
import { renderEntry } from './entry-view.js';
import { entryResult } from './entry-result.js';

const $ = (id) => document.getElementById(id);
const form = $('lookup-form');
const button = $('lookup-submit');
const result = $('lookup-result');
// Only the latest lookup may paint the result, whatever order answers arrive in.
let latest = 0;

function showMessage(kind, text) {
  const message = $('lookup-message');
  message.className = `notice ${kind}`;
  message.textContent = text;
}

function requireValue(inputId, message) {
  const input = $(inputId);
  const missing = input.value.trim() === '';
  $(`${inputId}-error`).textContent = missing ? message : '';
  if (missing) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  return !missing;
}

async function lookup() {
  const idOk = requireValue('lookup-id', 'Vui lòng nhập mã bài dự thi.');
  const codeOk = requireValue('lookup-code', 'Vui lòng nhập mã biên nhận.');
  if (!idOk || !codeOk) {
    $(idOk ? 'lookup-code' : 'lookup-id').focus();
    return;
  }

  const id = $('lookup-id').value.trim();
  const code = $('lookup-code').value.trim();
  const request = ++latest;
  button.disabled = true;
  replaceChildren(result);
  showMessage('', 'Đang tra cứu…');
  try {
    const entry = await getJson(`/api/entries/${encodeURIComponent(id)}?receipt=${encodeURIComponent(code)}`);
    if (request !== latest) return;
    showMessage('notice-success', 'Đã tìm thấy bài dự thi.');
    replaceChildren(result, renderEntry(entry, code));
    const prize = await entryResult(id, code);
    if (prize && request === latest) result.prepend(prize);
  } catch (error) {
    if (request !== latest) return;
    if (!(error instanceof ApiError)) console.error(error);
    showMessage('notice-error', error instanceof ApiError && error.status === 404
      ? 'Không tìm thấy bài dự thi với mã và mã biên nhận này.'
      : `Không tra cứu được. ${error instanceof ApiError ? error.message : 'Vui lòng thử lại.'}`);
  } finally {
    if (request === latest) button.disabled = false;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  lookup();
});

// Links from the receipt carry both codes: fill them in and look up straight away.
$('lookup-id').value = queryParam('id');
$('lookup-code').value = queryParam('code');
if ($('lookup-id').value && $('lookup-code').value) lookup();
