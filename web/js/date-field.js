// Date fields in Vietnamese. A browser draws its own date input in its own language and order (mm/dd/yyyy beside
// an error asking for dd/MM/yyyy), and a date typed as digits is lost. Every date field of the site is a text field
// marked data-date (a day) or data-datetime (a day and a time): it shows dd/MM/yyyy (HH:mm), takes "15012027" or
// "15/01/2027", tidies what was typed when the person leaves it, and says beside it when it is not a real date.
// Pages read the value the API takes with dateValue().

import { exampleDay, formatTyped, parseDate, parseDateTime } from './format.js';

const withTime = (input) => input.hasAttribute('data-datetime');

function parse(input) {
  return withTime(input) ? parseDateTime(input.value) : parseDate(input.value);
}

/** What the field holds as the API takes it ("2027-01-15" or "2027-01-15T08:00"); '' when empty; null when not a date. */
export function dateValue(input) {
  if (!input.value.trim()) return '';
  return parse(input);
}

/** The field's value for a request: the parsed date, or the text as typed so the server can say what is wrong. */
export function dateRequestValue(input) {
  return dateValue(input) ?? input.value.trim();
}

/** Puts a value from the API ("2027-01-15" or "2027-01-15T08:00") in the field, written as a person reads it. */
export function setDateValue(input, value) {
  input.value = formatTyped(value);
}

function problem(input) {
  return withTime(input)
    ? `Thời điểm chưa đúng: nhập ngày/tháng/năm giờ:phút, ví dụ ${exampleDay()} 08:00.`
    : `Ngày chưa đúng: nhập ngày/tháng/năm, ví dụ ${exampleDay()}.`;
}

function showProblem(input, message) {
  const error = document.getElementById(`${input.id}-error`);
  if (error) error.textContent = message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function enhance(input) {
  if (input.dataset.dateField) return;
  input.dataset.dateField = 'on';
  input.type = 'text';
  input.inputMode = 'numeric';
  input.autocomplete = 'off';
  input.maxLength = withTime(input) ? 16 : 10;
  if (!input.placeholder) input.placeholder = withTime(input) ? 'ngày/tháng/năm giờ:phút' : 'ngày/tháng/năm';
  // All the digits of a date typed in one go ("15012027", or "150120270800" with the time) are written out at once.
  input.addEventListener('input', () => {
    const digits = input.value.trim();
    if (/^\d{8}$/.test(digits) && !withTime(input)) input.value = formatTyped(parseDate(digits) ?? '') || digits;
    if (/^\d{12}$/.test(digits) && withTime(input)) input.value = formatTyped(parseDateTime(digits) ?? '') || digits;
    if (input.getAttribute('aria-invalid') === 'true' && parse(input)) showProblem(input, '');
  });
  input.addEventListener('change', () => {
    if (!input.value.trim()) {
      showProblem(input, '');
      return;
    }
    const value = parse(input);
    if (value) input.value = formatTyped(value);
    showProblem(input, value ? '' : problem(input));
  });
}

/** Makes every date field under `root` the site's own. */
export function enhanceDateFields(root = document) {
  for (const input of root.querySelectorAll('input[data-date], input[data-datetime]')) enhance(input);
}

enhanceDateFields();
