// The audit trail in words: every action the Domain writes (AuditAction) has a label here, and
// AuditLabelTests fails the build when one is missing. The server writes details in Vietnamese; the
// replacements below cover records written before it did.

/** Action code → what the person did. */
export const ACTIONS = {
  'entry-viewed': 'Xem bài dự thi',
  'entry-marked-copy': 'Đánh dấu bài là bản trùng',
  'entry-copy-cleared': 'Bỏ đánh dấu bản trùng',
  'entry-declared-distinct': 'Xác nhận hai bài không trùng nhau',
  'entry-corrected': 'Tác giả sửa thông tin bài dự thi',
  'entry-file-replaced': 'Tác giả thay tệp bài viết',
  'entry-withdrawn': 'Tác giả rút bài dự thi',
  'entrant-data-downloaded': 'Tác giả tải dữ liệu của mình',
  'privacy-request-filed': 'Tác giả gửi yêu cầu xóa hoặc chỉnh sửa dữ liệu',
  'privacy-request-decided': 'Quyết định về yêu cầu xóa hoặc chỉnh sửa dữ liệu',
  'entry-deidentified': 'Xóa thông tin tác giả khi hết thời hạn lưu trữ',
  'contest-changed': 'Sửa thông tin cuộc thi',
  'contest-extended': 'Gia hạn nhận bài dự thi',
  'contest-document-uploaded': 'Tải lên tệp văn bản của cuộc thi',
  'contest-created': 'Tạo cuộc thi',
  'contest-archived': 'Lưu trữ cuộc thi',
  'contest-deleted': 'Xóa cuộc thi',
  'template-saved': 'Lưu mẫu thư',
  'template-reset': 'Khôi phục mẫu thư mặc định',
  'template-previewed': 'Xem trước mẫu thư với dữ liệu bài dự thi',
  'broadcast-started': 'Gửi thư hàng loạt',
  'publication-consent-changed': 'Tác giả trả lời về việc công bố tác phẩm',
  'publication-consent-asked': 'Gửi thư hỏi ý kiến công bố tác phẩm',
  'entry-downloaded': 'Tải tệp bài dự thi',
  'entry-eligibility-decided': 'Quyết định về điều kiện dự thi',
  'entries-exported': 'Xuất danh sách bài dự thi',
  'standing-exported': 'Xuất tình hình các đơn vị',
  'bulk-download-requested': 'Yêu cầu tải hàng loạt (ZIP)',
  'bulk-download-downloaded': 'Tải tệp ZIP',
  'archive-package-requested': 'Yêu cầu tạo hồ sơ lưu trữ cuộc thi',
  'archive-package-downloaded': 'Tải hồ sơ lưu trữ cuộc thi',
  'anthology-requested': 'Yêu cầu tạo tuyển tập tác phẩm (.docx)',
  'anthology-downloaded': 'Tải tuyển tập tác phẩm (.docx)',
  'message-resent': 'Gửi lại thư',
  'staff-saved': 'Thêm hoặc sửa cán bộ',
  'staff-removed': 'Xóa cán bộ',
  'unit-saved': 'Thêm hoặc sửa đơn vị',
  'units-imported': 'Nhập danh sách đơn vị từ tệp',
  'units-exported': 'Xuất danh sách đơn vị',
  'unit-link-issued': 'Lấy đường dẫn riêng của đơn vị',
  'unit-link-rotated': 'Cấp đường dẫn riêng mới (hủy đường dẫn cũ)',
  'late-link-issued': 'Cấp đường dẫn nộp muộn',
  'reports-exported': 'Xuất báo cáo nhanh',
  'report-scan-downloaded': 'Tải bản chụp báo cáo nhanh',
  'reminders-sent': 'Gửi thư nhắc',
  'reminders-paused': 'Tạm dừng nhắc việc tự động',
  'reminders-resumed': 'Bật lại nhắc việc tự động',
  'round-saved': 'Tạo hoặc sửa vòng chấm',
  'round-rescheduled': 'Đóng sớm hoặc gia hạn vòng chấm',
  'judges-assigned': 'Phân công giám khảo',
  'assignment-moved': 'Chuyển bài sang giám khảo khác',
  'conflict-declared': 'Xác định xung đột giám khảo – bài',
  'score-saved': 'Lưu hoặc nộp phiếu chấm',
  'score-unlocked': 'Mở khóa phiếu chấm',
  'judge-recused': 'Giám khảo xin rút khỏi bài',
  'judge-file-downloaded': 'Giám khảo tải bài',
  'judge-essay-read': 'Giám khảo đọc bài trên trang',
  'copy-decided': 'Quyết định về bản cho giám khảo',
  'shortlist-saved': 'Chọn bài vào vòng sau',
  'scores-exported': 'Xuất bảng điểm',
  'judges-reminded': 'Nhắc giám khảo chấm bài',
  'results-changed': 'Thay đổi kết quả xét giải',
  'entry-disqualified': 'Loại bài khi xét giải',
  'results-approved': 'Phê duyệt kết quả',
  'results-unlocked': 'Mở khóa kết quả',
  'results-identities-viewed': 'Xem danh tính tác giả đạt giải (mở phách)',
  'results-published': 'Công bố kết quả',
  'results-notified': 'Gửi thư thông báo kết quả',
  'results-exported': 'Xuất kết quả',
  'minutes-downloaded': 'Tải biên bản họp Ban Giám khảo',
  'certificates-downloaded': 'Tải giấy chứng nhận',
};

/** Targets that are not an entry, a unit or a person but a whole list. */
export const TARGETS = {
  units: 'Danh sách đơn vị',
  reports: 'Báo cáo nhanh',
  reminders: 'Nhắc việc',
  results: 'Kết quả cuộc thi',
};

const FILTER_NAMES = { unit: 'Đơn vị', movement: 'Phong trào', status: 'Trạng thái', from: 'Từ ngày', to: 'Đến ngày', q: 'Tìm' };
const STATUS_NAMES = { received: 'đã nhận', pending: 'chưa hoàn tất', all: 'tất cả' };
const WORDS = [
  [/\bXlsx\b/g, 'Excel (.xlsx)'],
  [/\bCsv\b/g, 'CSV'],
  [/\borganizer\b/g, 'Ban Tổ chức'],
  [/\bjudge\b/g, 'Ban Giám khảo'],
  [/(\d+) sent, (\d+) failed, (\d+) skipped/g, '$1 thư đã gửi, $2 thư lỗi, $3 thư bỏ qua'],
  [/, paused\b/g, ', đang tạm dừng'],
];

/** A filter written as "unit=so-noi-vu, status=received" by older versions, in words. */
function describeFilter(text) {
  if (!/^(\w+=[^,]*)(, \w+=[^,]*)*$/.test(text)) return null;
  return text.split(', ').map((part) => {
    const [key, value] = [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)];
    return `${FILTER_NAMES[key] ?? key}: ${key === 'status' ? STATUS_NAMES[value] ?? value : value}`;
  }).join('; ');
}

/** The action in words; an unknown code (a newer server) shows as it is rather than disappearing. */
export function actionLabel(action) {
  return ACTIONS[action] ?? action;
}

// Where an older record holds an entry filter as "key=value" pairs.
const FILTER_IN = { 'entries-exported': 'target', 'bulk-download-requested': 'detail' };

/** A record's target or detail (part) in words. */
export function describe(record, part) {
  const text = record[part];
  if (!text) return '';
  if (part === 'target' && TARGETS[text]) return TARGETS[text];
  const filter = FILTER_IN[record.action] === part ? describeFilter(text) : null;
  if (filter) return filter;
  return WORDS.reduce((result, [pattern, words]) => result.replace(pattern, words), text);
}
