// The unit's page, opened with its personal link (/unit/#t=…). The token stays in the fragment, which the
// browser never sends anywhere, and goes to the API in the X-Unit-Link header.

import { ApiError, getJson, postJson, uploadBlob } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { formatDate, formatDateTime, formatMoment, formatNumber } from '../format.js';

const $ = (id) => document.getElementById(id);
const token = new URLSearchParams(window.location.hash.slice(1)).get('t') ?? '';
const headers = { 'X-Unit-Link': token };
const SCREENING = { forwarded: 'Đã chuyển Ban Tổ chức', heldBack: 'Giữ lại' };
const CHANNELS = {
  meetings: 'Hội nghị, cuộc họp', notices: 'Văn bản, thông báo', media: 'Báo, đài, bản tin',
  website: 'Trang thông tin điện tử, mạng xã hội', other: 'Hình thức khác',
};

function showProblem(target, error) {
  const problem = error instanceof ApiError ? error.problem : { title: 'Đã có lỗi xảy ra.', detail: String(error) };
  target.className = 'notice notice-error';
  replaceChildren(target, el('strong', {}, problem.title), problem.detail ? ` ${problem.detail}` : '');
}

function entryRow(entry, unitsById) {
  const screening = el('td', {});
  if (entry.status === 'received') {
    const reason = el('input', { type: 'text', placeholder: 'Lý do giữ lại', maxLength: 1000, 'aria-label': `Lý do giữ lại bài ${entry.title}` });
    const decide = (decision) => async () => {
      try {
        await postJson(`/api/unit/entries/${encodeURIComponent(entry.id)}/screening`, { decision, reason: reason.value }, headers);
        await load();
      } catch (error) {
        showProblem($('portal-message'), error);
      }
    };
    screening.append(
      el('span', { className: 'screening-state' }, SCREENING[entry.screening] ?? 'Chưa sơ loại'),
      entry.screeningReason ? el('span', { className: 'hint' }, ` (${entry.screeningReason})`) : null,
      el('div', { className: 'screening-actions' },
        el('button', { type: 'button', className: 'button button-secondary', onclick: decide('forward') }, 'Chuyển'),
        reason,
        el('button', { type: 'button', className: 'button button-secondary', onclick: decide('hold') }, 'Giữ lại')));
  }
  return el('tr', { 'data-entry': entry.id },
    el('th', { scope: 'row', className: 'entry-title' }, entry.title),
    el('td', {}, entry.authorName),
    el('td', {}, unitsById[entry.unitId]?.name ?? entry.unitId),
    el('td', {}, entry.status === 'received' ? `Đã nhận ${formatDateTime(entry.receivedAt)}` : 'Chưa hoàn tất',
      entry.handedIn ? el('span', { className: 'badge badge-ok' }, ' Đơn vị nộp') : null),
    screening);
}

function render(portal) {
  const unitsById = Object.fromEntries(portal.units.map((u) => [u.id, u]));
  $('unit-name').textContent = portal.unit.name;
  document.title = `${portal.unit.name} – Trang của đơn vị`;
  const count = portal.units.length > 1 ? portal.receivedWithSubUnits : portal.ownReceived;
  $('unit-count').textContent = `${formatNumber(count)}/${formatNumber(portal.unit.minimumEntries)}`;
  $('unit-count-label').textContent = portal.units.length > 1
    ? 'bài đã nhận (kể cả đơn vị trực thuộc) / số bài tối thiểu'
    : 'bài đã nhận / số bài tối thiểu';
  $('count-stat').classList.toggle('stat-warning', count < portal.unit.minimumEntries);
  $('unit-closes').textContent = formatMoment(portal.submissionClosesAt);
  $('unit-report-due').textContent = formatMoment(portal.quickReportDueAt);
  $('hand-in').href = `/submit.html#t=${encodeURIComponent(token)}`;

  replaceChildren($('unit-entry-rows'), portal.entries.length
    ? portal.entries.map((entry) => entryRow(entry, unitsById))
    : el('tr', {}, el('td', { colSpan: 5 }, 'Đơn vị chưa có bài dự thi nào.')));

  const latest = portal.reports[0];
  $('report-state').textContent = latest
    ? `Đã gửi ${portal.reports.length} lần; lần gần nhất lúc ${formatDateTime(latest.filedAt)}${latest.late ? ' (sau hạn)' : ''}. Gửi lại để cập nhật; mọi lần gửi đều được lưu.`
    : `Đơn vị chưa gửi báo cáo nhanh. Hạn gửi: ${formatMoment(portal.quickReportDueAt)}.`;
  replaceChildren($('report-versions'), portal.reports.map((report) => el('li', { 'data-version': report.version },
    `Lần ${report.version}: ${formatDateTime(report.filedAt)}${report.late ? ' – gửi sau hạn' : ''}; `,
    `${report.channels.map((c) => CHANNELS[c] ?? c).join(', ')}; ${formatNumber(report.peopleReached)} người được phổ biến; `,
    `${formatNumber(report.entriesCollected)} bài đã thu; người báo cáo: ${report.reportedBy}`,
    report.hasScan ? ' – có bản scan' : '')));
  if (latest) fillReport(latest);
}

function fillReport(report) {
  const form = $('report-form');
  for (const box of form.querySelectorAll('input[name="channels"]')) box.checked = report.channels.includes(box.value);
  form.elements.otherChannel.value = report.otherChannel ?? '';
  form.elements.focalPointNamedOn.value = report.focalPointNamedOn ? formatDate(report.focalPointNamedOn) : '';
  form.elements.peopleReached.value = report.peopleReached;
  form.elements.entriesCollected.value = report.entriesCollected;
  form.elements.difficulties.value = report.difficulties;
  form.elements.proposals.value = report.proposals;
  form.elements.reportedBy.value = report.reportedBy;
}

async function fileReport(event) {
  event.preventDefault();
  const form = $('report-form');
  const message = $('report-message');
  for (const error of form.querySelectorAll('.field-error')) error.textContent = '';
  const number = (name) => (form.elements[name].value === '' ? null : Number(form.elements[name].value));
  const scan = form.elements.scan.files[0] ?? null;
  const body = {
    channels: [...form.querySelectorAll('input[name="channels"]:checked')].map((box) => box.value),
    otherChannel: form.elements.otherChannel.value,
    focalPointNamedOn: form.elements.focalPointNamedOn.value,
    peopleReached: number('peopleReached'),
    entriesCollected: number('entriesCollected'),
    difficulties: form.elements.difficulties.value,
    proposals: form.elements.proposals.value,
    reportedBy: form.elements.reportedBy.value,
    scan: scan ? { name: scan.name, size: scan.size, contentType: scan.type } : null,
  };
  $('report-submit').disabled = true;
  try {
    const filed = await postJson('/api/unit/reports', body, headers);
    if (scan) {
      message.className = 'notice';
      message.textContent = 'Đang tải bản scan lên…';
      await uploadBlob(filed.scanUploadUrl, scan, () => {});
      await postJson(`/api/unit/reports/${filed.report.version}/scan`, undefined, headers);
    }
    message.className = 'notice notice-success';
    message.textContent = `Đã gửi báo cáo nhanh (lần ${filed.report.version})${filed.report.late ? ', sau hạn' : ''}.`;
    await load();
  } catch (error) {
    for (const [field, messages] of Object.entries(error.problem?.errors ?? {})) {
      const target = $(`report-${field}-error`);
      if (target) target.textContent = messages.join(' ');
    }
    showProblem(message, error);
  } finally {
    $('report-submit').disabled = false;
  }
}

async function load() {
  if (!token) {
    $('unit-name').textContent = 'Thiếu đường dẫn của đơn vị';
    $('portal-message').className = 'notice notice-error';
    $('portal-message').textContent = 'Vui lòng mở trang này bằng đường dẫn riêng Ban Tổ chức gửi cho đơn vị.';
    return;
  }
  try {
    render(await getJson('/api/unit', headers));
    $('portal').hidden = false;
  } catch (error) {
    $('unit-name').textContent = 'Không mở được trang của đơn vị';
    $('portal').hidden = true;
    showProblem($('portal-message'), error);
  }
}

$('report-form').addEventListener('submit', fileReport);
load();
