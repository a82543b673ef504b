import { getJson } from '../api.js';
import { el, queryParam, replaceChildren } from '../dom.js';
import { coAuthorSections, eligibilitySection } from './entry-group.js';
import { duplicatesSection } from './entry-duplicates.js';
import { formatDateTime, formatFileSize, formatNumber } from '../format.js';
import { ENTRY_STATUS, label, loadUnitNames, SCREENING, unitLabel } from '../labels.js';
import { requireOrganizer, showApiError } from './session.js';
import { STATUS } from './message-labels.js';
import { withContest } from '../page-contest.js';

const message = document.getElementById('entry-message');
const details = document.getElementById('entry-details');

function section(title, pairs) {
  return el('section', { className: 'card' },
    el('h2', {}, title),
    el('dl', { className: 'details' }, pairs.filter(([, value]) => value !== null && value !== '').flatMap(([term, value]) =>
      [el('dt', {}, term), el('dd', {}, value)])));
}

let unitNames = new Map();

function render(entry) {
  document.getElementById('entry-title').textContent = entry.title;
  document.title = `${entry.title} – Ban Tổ chức cuộc thi`;
  const received = entry.status === 'received';
  // A withdrawn entry keeps a tombstone: what was personal data reads as erased, not as blanks or a year 0.
  const erased = (value) => value || 'Đã xóa';
  replaceChildren(details,
    el('p', { className: 'actions' },
      received
        ? el('a', { className: 'button button-primary', id: 'entry-download', href: `/api/organizer/entries/${encodeURIComponent(entry.id)}/file` }, 'Tải tệp bài dự thi')
        : el('span', { className: 'badge badge-missing' }, 'Chưa hoàn tất: chưa có tệp')),
    section('Bài dự thi', [
      ['Mã bài dự thi', entry.id],
      ['Đơn vị', entry.unitName],
      ['Phong trào thi đua', entry.movementName],
      ['Trạng thái', entry.status === 'withdrawn' ? 'Tác giả đã rút bài' : label(ENTRY_STATUS, entry.status)],
      ['Thời điểm rút bài', entry.withdrawnAt ? formatDateTime(entry.withdrawnAt) : null],
      ['Số lần tác giả sửa', entry.revision ? String(entry.revision) : null],
      ['Thời điểm nhận', entry.receivedAt ? formatDateTime(entry.receivedAt) : null],
      ['Thời điểm tạo', formatDateTime(entry.createdAt)],
      ['Lý do tệp bị từ chối', entry.rejectionReason],
      ['Nộp muộn', entry.late ? `Nộp muộn (có phép): qua đường dẫn nộp muộn dùng được đến ${formatDateTime(entry.lateUntil)}` : null],
      ['Nộp qua đơn vị', entry.handedInBy ? `Có (cán bộ đầu mối của ${unitLabel(unitNames, entry.handedInBy)} nộp thay tác giả)` : null],
      ['Sơ loại của đơn vị', label(SCREENING, entry.screening) || null],
      ['Lý do giữ lại', entry.screeningReason],
    ]),
    eligibilitySection(entry, render),
    duplicatesSection(entry, render, unitNames),
    section(entry.coAuthors?.length ? 'Trưởng nhóm tác giả' : 'Tác giả', [
      ['Họ và tên', erased(entry.author.fullName)],
      ['Năm sinh', entry.author.birthYear ? String(entry.author.birthYear) : null],
      ['Nghề nghiệp', entry.author.occupation],
      ['Nơi công tác', entry.author.workplace],
      ['Địa chỉ', entry.author.address],
      ['Điện thoại', entry.author.phone],
      ['E-mail', entry.author.email],
    ]),
    coAuthorSections(entry, section),
    section('Dữ liệu cá nhân: sự đồng ý', [
      ['Phiên bản thông báo tác giả đồng ý', entry.consent?.noticeVersion ?? 'Không ghi nhận (bài gửi trước khi có thông báo)'],
      ['Thời điểm đồng ý', entry.consent ? formatDateTime(entry.consent.at) : null],
      // A paper entry: the author signed consent on the form the unit received; the unit keeps the original.
      ['Đồng ý trên giấy', entry.consent?.onPaper
        ? `Tác giả ký đồng ý trên phiếu dự thi giấy; ${entry.consent.onPaper.receivedBy} nhận phiếu, người hoặc bộ phận lưu giữ: ${entry.consent.onPaper.keptBy}` : null],
    ]),
    // Each author's consent to publishing the work (separate from the data consent): the state, then each answer.
    entry.publication ? section('Công bố tác phẩm', [
      ['Tình trạng', entry.publication.label],
      ...entry.publication.members.map((m) => [
        m.member === 0 ? (entry.publication.members.length > 1 ? 'Trưởng nhóm' : 'Tác giả') : `Đồng tác giả ${m.member}`,
        !m.answer ? 'Chưa trả lời'
          : m.answer === 'agreed'
            ? `Đồng ý (${{ fullName: 'tên thật', penName: `bút danh “${m.penName ?? ''}”`, anonymous: 'khuyết danh' }[m.naming] ?? 'tên thật'}), lúc ${formatDateTime(m.at)}${m.guardianName ? `; người giám hộ ${m.guardianName} quyết định` : ''}`
            : `${m.answer === 'withdrawn' ? 'Đã rút lại' : 'Không đồng ý'}, lúc ${formatDateTime(m.at)}`,
      ]),
    ]) : null,
    entry.guardian ? el('section', { className: 'card', id: 'entry-guardian' },
      el('h2', {}, 'Cha, mẹ hoặc người giám hộ (tác giả dưới 16 tuổi)'),
      el('dl', { className: 'details' },
        el('dt', {}, 'Họ và tên'), el('dd', {}, entry.guardian.fullName),
        el('dt', {}, 'Quan hệ với tác giả'), el('dd', {}, entry.guardian.relationship),
        el('dt', {}, 'Điện thoại'), el('dd', {}, entry.guardian.phone),
        el('dt', {}, 'Đồng ý lúc'), el('dd', {}, formatDateTime(entry.guardian.consentedAt)))) : null,
    section('Người hoặc tập thể được viết về', [
      ['Tên', erased(entry.subject.name)],
      ['Địa chỉ', entry.subject.address],
      ['Tóm tắt thành tích', entry.subject.summary],
    ]),
    section('Tệp', [
      ['Tên tệp gốc', entry.status === 'withdrawn' ? `${entry.file.name} (đã xóa khi tác giả rút bài)` : entry.file.name],
      ['Dung lượng', formatFileSize(entry.file.size)],
      ['Số chữ (tệp .docx)', entry.file.wordCount == null ? null : formatNumber(entry.file.wordCount)],
      ['Mã kiểm tra MD5', entry.file.contentMd5 ? el('code', { className: 'fingerprint' }, entry.file.contentMd5) : null],
    ]));
}

/** What became of the entry's receipt e-mail, from the message log: delivered, bounced… (the newest first). */
async function showReceiptMail(entryId) {
  const { messages } = await getJson(`/api/organizer/messages?kind=receipt&entryId=${encodeURIComponent(entryId)}`);
  const section = document.getElementById('entry-receipt-mail');
  section.hidden = false;
  const status = document.getElementById('entry-receipt-mail-status');
  if (!messages.length) {
    status.textContent = 'Chưa gửi E-mail biên nhận (tác giả không để lại E-mail, hoặc thư đang chờ gửi).';
    return;
  }
  const last = messages[0];
  const [text, badge] = STATUS[last.status] ?? [last.statusLabel, 'badge-pending'];
  replaceChildren(status,
    el('span', { className: `badge ${badge}`, id: 'entry-receipt-mail-badge', 'data-status': last.status }, text),
    ` Gửi ${last.sentAt} tới ${last.to}.`,
    last.reason ? ` ${last.reason}` : '',
    last.suppressed ? [' ', el('a', { href: withContest(`/admin/messages.html?kind=receipt`) }, 'Gửi lại tới địa chỉ đã sửa')] : null);
}

async function start() {
  if (!(await requireOrganizer())) return;
  try {
    let entry;
    [entry, unitNames] = await Promise.all([getJson(`/api/organizer/entries/${encodeURIComponent(queryParam('id'))}`), loadUnitNames()]);
    render(entry);
    message.textContent = '';
    await showReceiptMail(entry.id);
  } catch (error) {
    showApiError(message, error);
  }
}

start();
