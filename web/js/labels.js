// One vocabulary for every page: the codes the API sends for a state (an entry's status, a unit's screening, an
// eligibility decision, a judge's score, a round, a request) are shown to a person only through these tables, in
// Vietnamese, and a unit only by its name. EveryPageTests fails when a code or a unit id reaches a page raw.

import { getJson } from './api.js';

/** An entry's status (bài dự thi). */
export const ENTRY_STATUS = {
  pending: 'Chưa hoàn tất',
  received: 'Đã nhận',
  withdrawn: 'Đã rút',
};

/** A focal point's screening (sơ loại của đơn vị). */
export const SCREENING = {
  forwarded: 'Đơn vị đã chuyển Ban Tổ chức',
  heldBack: 'Đơn vị giữ lại',
};

/** The secretariat's eligibility check (điều kiện dự thi). */
export const ELIGIBILITY = {
  flagged: 'Cần xem xét điều kiện dự thi',
  kept: 'Đã xem xét: giữ lại',
  excluded: 'Bị loại',
};

/** A judge's score sheet (phiếu chấm). */
export const SCORE_STATUS = {
  assigned: 'Chưa chấm',
  draft: 'Đã lưu nháp',
  submitted: 'Đã nộp phiếu chấm',
  recused: 'Đã xin rút',
};

/** A judging round (vòng chấm). */
export const ROUND_STATE = {
  upcoming: 'Chưa mở',
  open: 'Đang chấm',
  closed: 'Đã đóng',
};

/** Where a contest stands (GET /api/contests): before, during and after its submission window, or archived. */
export const CONTEST_STATUS = {
  upcoming: 'Sắp mở',
  open: 'Đang nhận bài',
  closed: 'Đã đóng',
  archived: 'Đã lưu trữ',
};

/** An entrant's request about personal data, and its decision. */
export const REQUEST_KIND = { erasure: 'Xóa dữ liệu', correction: 'Chỉnh sửa dữ liệu' };
export const REQUEST_DECISION = { open: 'Đang chờ xem xét', granted: 'Chấp thuận', refused: 'Từ chối' };

/** What an earlier version of an entry was replaced by. */
export const REVISION_CHANGE = { correction: 'Sửa thông tin', file: 'Thay tệp bài viết' };

/**
 * The words for `code` in `table`. A code the page does not know (a newer server) reads as not yet known rather than
 * as an English word on a Vietnamese page.
 */
export function label(table, code) {
  if (code === null || code === undefined || code === '') return '';
  return Object.hasOwn(table, code) ? table[code] : 'Chưa xác định';
}

let unitNames = null;

/** Unit id → name, for every unit and sub-unit (GET /api/units, fetched once per page). */
export function loadUnitNames() {
  unitNames ??= getJson('/api/units')
    .then((units) => new Map(units.map((unit) => [unit.id, unit.name])))
    .catch(() => new Map());
  return unitNames;
}

/** A unit by its name; an id no longer in the list is not shown to a person. */
export function unitLabel(names, id) {
  if (!id) return '';
  return names.get(id) ?? 'một đơn vị không còn trong danh sách';
}
