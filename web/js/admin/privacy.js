// Organizers decide entrants' erasure and correction requests (with a reason) and preview the retention run.

import { getJson, postJson } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { formatDate, formatDateTime, formatNumber } from '../format.js';
import { label, REQUEST_DECISION, REQUEST_KIND } from '../labels.js';
import { dateValue } from '../date-field.js';
import { requireOrganizer, showApiError } from './session.js';

const $ = (id) => document.getElementById(id);
const message = $('privacy-message');

function decisionForm(request) {
  const id = (name) => `${name}-${request.id}`;
  const form = el('form', { className: 'decision-form', novalidate: true },
    el('fieldset', {},
      el('legend', {}, 'Quyết định'),
      el('div', { className: 'field-check' }, el('input', { type: 'radio', name: id('decision'), id: id('granted'), value: 'granted' }), el('label', { htmlFor: id('granted') }, 'Chấp thuận')),
      el('div', { className: 'field-check' }, el('input', { type: 'radio', name: id('decision'), id: id('refused'), value: 'refused' }), el('label', { htmlFor: id('refused') }, 'Từ chối'))),
    request.kind === 'erasure' ? el('div', { className: 'field-check' },
      el('input', { type: 'checkbox', id: id('keep') }),
      el('label', { htmlFor: id('keep') }, 'Bài đoạt giải: giữ họ tên đã công bố trong hồ sơ kết quả')) : null,
    el('div', { className: 'field' }, el('label', { htmlFor: id('reason') }, 'Lý do'), el('textarea', { id: id('reason'), rows: 2 })),
    el('button', { className: 'button button-primary', type: 'submit', id: id('save') }, 'Lưu quyết định'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await postJson(`/api/organizer/privacy/requests/${encodeURIComponent(request.id)}/decision`, {
        decision: form.querySelector(`input[name="${id('decision')}"]:checked`)?.value ?? '',
        reason: $(id('reason')).value.trim(),
        keepPublishedName: $(id('keep'))?.checked ?? false,
      });
      message.className = 'notice notice-success';
      message.textContent = 'Đã lưu quyết định.';
      await loadRequests();
    } catch (error) {
      showApiError(message, error);
    }
    message.focus();
  });
  return form;
}

async function loadRequests() {
  const { requests } = await getJson('/api/organizer/privacy/requests');
  replaceChildren($('requests'), requests.length === 0
    ? el('p', { id: 'requests-empty' }, 'Chưa có yêu cầu nào.')
    : el('ul', { className: 'plain-list', id: 'request-list' }, requests.map((r) => el('li', { className: 'card', id: `request-${r.id}` },
      el('p', {}, el('strong', {}, label(REQUEST_KIND, r.kind)), ' – bài ', el('a', { href: `/admin/entry.html?id=${encodeURIComponent(r.entryId)}` }, r.entryId),
        `, gửi lúc ${formatDateTime(r.filedAt)}`),
      el('p', {}, r.details),
      el('p', { className: 'request-decision' }, r.decision === 'open' ? label(REQUEST_DECISION, 'open')
        : `${label(REQUEST_DECISION, r.decision)}: ${r.reason} (${r.decidedBy}, ${formatDateTime(r.decidedAt)})${r.keptPublishedName ? '; giữ họ tên đã công bố' : ''}`),
      r.decision === 'open' ? decisionForm(r) : null))));
}

async function preview(at) {
  try {
    const plan = await getJson(`/api/organizer/privacy/retention${at ? `?at=${encodeURIComponent(at)}` : ''}`);
    const status = !plan.resultsPublishedAt
      ? 'Kết quả cuộc thi chưa được công bố: chưa tính thời hạn lưu trữ, không xóa gì.'
      : plan.due
        ? `Đã hết thời hạn lưu trữ (${formatNumber(plan.retentionMonths)} tháng sau ngày công bố kết quả ${formatDate(plan.resultsPublishedAt)}, từ ${formatDate(plan.dueAt)}): ngày ${formatDate(plan.at)} sẽ xóa thông tin tác giả và tệp của ${formatNumber(plan.toDeidentify.length)} bài không đoạt giải; giữ ${formatNumber(plan.winnersKept)} bài đoạt giải.`
        : `Chưa hết thời hạn lưu trữ: đến ngày ${formatDate(plan.dueAt)} mới xóa (${formatNumber(plan.toDeidentify.length)} bài không đoạt giải nếu tính đến nay). Ngày ${formatDate(plan.at)} không xóa gì.`;
    replaceChildren($('retention-plan'),
      el('p', { id: 'retention-status' }, status),
      plan.due && plan.toDeidentify.length ? el('ul', { id: 'retention-list' }, plan.toDeidentify.slice(0, 200).map((i) =>
        el('li', {}, el('a', { href: `/admin/entry.html?id=${encodeURIComponent(i.entryId)}` }, i.entryId), ` – ${i.title}${i.withdrawn ? ' (đã rút)' : ''}`))) : null);
  } catch (error) {
    showApiError(message, error);
  }
}

$('retention-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const at = dateValue($('retention-at'));
  // The field says itself what is wrong with a date that does not exist; nothing is asked of the server.
  if (at === null) {
    $('retention-at').dispatchEvent(new Event('change'));
    $('retention-at').focus();
    return;
  }
  preview(at);
});

if (await requireOrganizer()) {
  try {
    await loadRequests();
  } catch (error) {
    showApiError(message, error);
  }
  await preview('');
}
