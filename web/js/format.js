// Display formatters shared by every page.

// The contest runs on Vietnamese time: pin the zone so a visitor abroad (or a test
// browser in UTC) sees the same dates as the official documents.
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// formatToParts lets us assemble dd/MM/yyyy ourselves instead of trusting a locale's
// order; h23 avoids the "24:05" some engines produce for hour12: false.
const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function zonedParts(value) {
  if (value == null || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const parts = {};
  for (const { type, value: text } of partsFormatter.formatToParts(date)) parts[type] = text;
  return parts;
}

/** "29/03/2018"; '' when the value is missing or not a date. */
export function formatDate(value) {
  // A document date ("2018-03-29") is a calendar day, not an instant: never shift it.
  const calendar = typeof value === 'string' && CALENDAR_DATE.exec(value);
  if (calendar) return `${calendar[3]}/${calendar[2]}/${calendar[1]}`;
  const p = zonedParts(value);
  return p ? `${p.day}/${p.month}/${p.year}` : '';
}

/**
 * Today in Vietnam as dd/MM/yyyy, for the examples beside a date field: a date that is always real and never in the
 * future, and that belongs to whichever contest the site runs (no year written into a page).
 */
export function exampleDay() {
  return formatDate(new Date());
}

/** "29/03/2018 14:05"; '' when the value is missing or not a date. */
export function formatDateTime(value) {
  const p = zonedParts(value);
  return p ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}` : '';
}

/** An instant as a clock in Vietnam reads it, in the form date fields take ("2027-01-15T08:00"); '' when not a date. */
export function localDateTime(value) {
  const p = zonedParts(value);
  return p ? `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}` : '';
}

/** Date alone when the instant is midnight (a whole day), otherwise date and time. */
export function formatMoment(value) {
  const p = zonedParts(value);
  if (!p) return '';
  return p.hour === '00' && p.minute === '00' ? formatDate(value) : formatDateTime(value);
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** Vietnamese digit grouping: 2000 → "2.000", 1.5 → "1,5". */
export function formatNumber(value) {
  return numberFormat.format(value);
}

/** 1572864 → "1,5 MB" (binary multiples, as file managers show them). */
export function formatFileSize(bytes) {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  const units = ['byte', 'KB', 'MB', 'GB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${formatNumber(size)} ${units[unit]}`;
}

/** [".docx", ".doc", ".pdf"] → ".docx, .doc hoặc .pdf". */
export function formatList(items, conjunction = 'hoặc') {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Lower case without Vietnamese diacritics (đ included), so "giao duc" finds "Giáo dục". */
export function searchKey(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

const TYPED_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
// Eight digits typed without separators (ddMMyyyy), as people type a date on a phone's number pad.
const DIGITS_DATE = /^(\d{2})(\d{2})(\d{4})$/;

/**
 * "05/04/2018", "05042018" (or "2018-04-05") → "2018-04-05", which compares as text in date order; null unless it is
 * a day that exists ("31/02/2026" is not).
 */
export function parseDate(text) {
  const typed = String(text ?? '').trim();
  const dmy = TYPED_DATE.exec(typed) ?? DIGITS_DATE.exec(typed);
  const ymd = dmy ? [dmy[3], dmy[2], dmy[1]] : CALENDAR_DATE.exec(typed)?.slice(1);
  if (!ymd) return null;
  const [year, month, day] = ymd.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${ymd[0]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const TYPED_TIME = /^(\d{1,2}):(\d{2})$/;

/**
 * A moment in Vietnam's wall-clock time: "15/01/2027 08:00", "15/01/2027 8:00", "150120270800" (or
 * "2027-01-15T08:00") → "2027-01-15T08:00", what the API takes; null unless the day and the time exist.
 */
export function parseDateTime(text) {
  const typed = String(text ?? '').trim();
  const iso = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(typed);
  const digits = /^(\d{8})\s*(\d{2})(\d{2})$/.exec(typed);
  const [dayText, timeText] = iso ? [iso[1], iso[2]] : digits ? [digits[1], `${digits[2]}:${digits[3]}`] : typed.split(/\s+/);
  const day = parseDate(dayText);
  const time = TYPED_TIME.exec(timeText ?? '');
  if (!day || !time || Number(time[1]) > 23 || Number(time[2]) > 59) return null;
  return `${day}T${time[1].padStart(2, '0')}:${time[2]}`;
}

/** "2027-01-15" → "15/01/2027" and "2027-01-15T08:00" → "15/01/2027 08:00": how a date field shows what it holds. */
export function formatTyped(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(value ?? '');
  return match ? `${match[3]}/${match[2]}/${match[1]}${match[4] ? ` ${match[4]}` : ''}` : '';
}
