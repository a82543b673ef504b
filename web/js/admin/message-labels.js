// The message log's words: each kind of message (MessageKind) and each status (MessageStatus), with its badge.

/** Kind → what the message is. */
export const KIND = {
  receipt: 'Biên nhận bài dự thi',
  reminder: 'Nhắc việc đơn vị',
  digest: 'Thư tổng hợp hằng ngày',
  extension: 'Thông báo gia hạn',
  results: 'Thông báo kết quả',
  'judge-reminder': 'Nhắc giám khảo',
  broadcast: 'Thư gửi nhiều người',
  other: 'Thư khác',
};
/** Status → [what became of the message, badge]. */
export const STATUS = {
  queued: ['Đang gửi', 'badge-pending'],
  sent: ['Đã gửi', 'badge-pending'],
  failed: ['Gửi lỗi', 'badge-missing'],
  deferred: ['Đang chờ chuyển', 'badge-late'],
  delivered: ['Đã tới hộp thư', 'badge-ok'],
  bounced: ['Bị trả lại', 'badge-missing'],
  dropped: ['Bị chặn gửi', 'badge-missing'],
  spamreport: ['Bị đánh dấu thư rác', 'badge-missing'],
};
