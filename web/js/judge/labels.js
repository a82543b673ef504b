// How a judge's score states read in Vietnamese, shared by the judge's pages and the organizers' ranking.
export const STATUS_LABELS = {
  assigned: 'Chưa chấm',
  draft: 'Đã lưu nháp',
  submitted: 'Đã nộp phiếu chấm',
  recused: 'Đã xin rút',
};
