// Entry rules mirrored from the server, so mistakes show up before a 20 MB upload.
// The server re-checks everything and its answer wins. Keys are the server's
// error keys ("author.fullName"), so client and server messages land in one place.

import { formatFileSize, formatList, formatNumber } from './format.js';

// Names end up in download file names ("TÊN TÁC PHẨM - TÊN TÁC GIẢ").
const UNSAFE_NAME = /[\u0000-\u001f\u007f/\\:*?"<>|]/;
const PHONE = /^(\+84|0)\d{9,10}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const birthYear = (rules, missing) => (value) => {
  const year = text(value);
  if (!year) return missing;
  const inRange = /^\d{4}$/.test(year) && +year >= rules.minBirthYear && +year <= rules.maxBirthYear;
  return inRange ? '' : `Năm sinh phải là số có 4 chữ số, từ ${rules.minBirthYear} đến ${rules.maxBirthYear}.`;
};

const phone = (value) => {
  const number = text(value);
  if (!number) return 'Vui lòng nhập số điện thoại.';
  return PHONE.test(number.replace(/[\s.-]/g, ''))
    ? ''
    : 'Số điện thoại chưa đúng. Nhập số Việt Nam bắt đầu bằng 0 hoặc +84, ví dụ 0912 345 678.';
};

/** The phone rule, for fields beyond the form's own (a guardian's phone). */
export const checkPhone = (value) => phone(value);

const email = (rules) => (value) => {
  const address = text(value);
  return !address || (address.length <= rules.maxEmailLength && EMAIL.test(address)) ? '' : 'Địa chỉ E-mail chưa đúng (ví dụ: ten@example.com).';
};

/**
 * Server error key → id of the form control it belongs to ("author.phone" → "author-phone",
 * "coAuthors[1].fullName" → "coAuthors-1-fullName").
 */
export function fieldIdFor(key) {
  return key === 'file' || key.startsWith('file.') ? 'file' : key.replace(/\[(\d+)\]/g, '-$1').replaceAll('.', '-');
}

export function extensionOf(fileName) {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
}

/** Trimmed text; what the payload sends and what the rules measure. */
const text = (value) => (typeof value === 'string' ? value.trim() : '');

const required = (message) => (value) => (text(value) ? '' : message);

const maxLength = (label, max) => (value) => {
  const length = text(value).length;
  return length > max ? `${label} không được dài quá ${formatNumber(max)} ký tự (hiện có ${formatNumber(length)}).` : '';
};

const safeName = (label) => (value) =>
  UNSAFE_NAME.test(text(value)) ? `${label} không được chứa các ký tự / \\ : * ? " < > |.` : '';

/** Runs checks in order and returns the first message. */
const all = (...checks) => (value) => {
  for (const check of checks) {
    const message = check(value);
    if (message) return message;
  }
  return '';
};

/**
 * Validators keyed by server error key. Each takes the control's value (a string,
 * a File or null for "file", a boolean for "declaration") and returns '' or a message.
 */
export function createValidators(entryRules) {
  const rules = entryRules;
  const extensions = rules.allowedExtensions.map((ext) => ext.toLowerCase());

  return {
    title: all(required('Vui lòng nhập tên tác phẩm.'), maxLength('Tên tác phẩm', rules.maxTitleLength)),
    movement: required('Vui lòng chọn phong trào thi đua.'),
    unitId: required('Vui lòng chọn đơn vị.'),
    'author.fullName': all(
      required('Vui lòng nhập họ và tên tác giả.'),
      maxLength('Họ và tên', rules.maxNameLength),
      safeName('Họ và tên'),
    ),
    'author.birthYear': birthYear(rules, 'Vui lòng nhập năm sinh.'),
    'author.occupation': all(required('Vui lòng nhập nghề nghiệp.'), maxLength('Nghề nghiệp', rules.maxOccupationLength)),
    'author.workplace': maxLength('Nơi công tác, học tập', rules.maxWorkplaceLength),
    'author.address': all(required('Vui lòng nhập địa chỉ của tác giả.'), maxLength('Địa chỉ', rules.maxAddressLength)),
    'author.phone': phone,
    'author.email': email(rules),
    'subject.name': all(
      required('Vui lòng nhập tên người hoặc tập thể được viết về.'),
      maxLength('Tên gương điển hình', rules.maxNameLength),
      safeName('Tên gương điển hình'),
    ),
    'subject.address': all(required('Vui lòng nhập địa chỉ của gương điển hình.'), maxLength('Địa chỉ', rules.maxAddressLength)),
    'subject.summary': all(
      required('Vui lòng tóm tắt việc làm, thành tích của gương điển hình.'),
      maxLength('Phần tóm tắt', rules.maxSummaryLength),
    ),
    file: (file) => {
      if (!file) return 'Vui lòng chọn tệp bài dự thi.';
      if (!extensions.includes(extensionOf(file.name))) return `Chỉ nhận tệp ${formatList(extensions)}.`;
      if (file.size < 1) return 'Tệp đã chọn không có nội dung. Vui lòng chọn tệp khác.';
      if (file.size > rules.maxFileBytes) {
        return `Tệp quá lớn (${formatFileSize(file.size)}). Dung lượng tối đa là ${formatFileSize(rules.maxFileBytes)}.`;
      }
      if (file.name.length > rules.maxFileNameLength) {
        return `Tên tệp không được dài quá ${formatNumber(rules.maxFileNameLength)} ký tự. Vui lòng đổi tên tệp rồi chọn lại.`;
      }
      return UNSAFE_NAME.test(file.name)
        ? 'Tên tệp không được chứa các ký tự / \\ : * ? " < > |. Vui lòng đổi tên tệp rồi chọn lại.'
        : '';
    },
    declaration: (checked) => (checked ? '' : 'Vui lòng đánh dấu vào ô cam đoan để gửi bài.'),
  };
}

/** Validators of co-author number index + 1, keyed as the server keys them ("coAuthors[0].fullName"). */
export function coAuthorValidators(entryRules, index) {
  const rules = entryRules;
  const number = index + 1;
  const key = (field) => `coAuthors[${index}].${field}`;
  return {
    [key('fullName')]: all(
      required(`Vui lòng nhập họ và tên của đồng tác giả thứ ${number}.`),
      maxLength('Họ và tên', rules.maxNameLength),
      safeName('Họ và tên'),
    ),
    [key('birthYear')]: birthYear(rules, `Vui lòng nhập năm sinh của đồng tác giả thứ ${number}.`),
    [key('workplace')]: maxLength('Nơi công tác, học tập', rules.maxWorkplaceLength),
    [key('phone')]: phone,
    [key('email')]: email(rules),
  };
}
