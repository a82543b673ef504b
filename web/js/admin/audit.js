import { getJson } from '../api.js';
import { el } from '../dom.js';
import { formatDateTime } from '../format.js';
import { requireOrganizer, showApiError, toQuery } from './session.js';
import { actionLabel, describe } from './audit-labels.js';
import { loadUnitNames } from '../labels.js';

const rows = document.getElementById('audit-rows');
const more = document.getElementById('audit-more');
const message = document.getElementById('audit-message');
let nextPage = null;

let unitNames = new Map();

function entryLink(record) {
  if (record.action.startsWith('entry-')) {
    return el('a', { href: `/admin/entry.html?id=${encodeURIComponent(record.target)}` }, record.target);
  }
  // A unit's actions name the unit by its id: a person reads its name.
  return unitNames.get(record.target) ?? describe(record, 'target');
}

async function loadPage() {
  more.disabled = true;
  try {
    const page = await getJson(`/api/organizer/audit?${toQuery({ page: nextPage })}`);
    unitNames = await loadUnitNames();
    rows.append(...page.records.map((r) => el('tr', {},
      el('td', {}, formatDateTime(r.at)),
      el('td', {}, r.user),
      el('td', {}, actionLabel(r.action)),
      el('td', {}, entryLink(r)),
      el('td', {}, describe(r, 'detail')))));
    nextPage = page.nextPage;
    more.hidden = !nextPage;
    if (!rows.children.length) message.textContent = 'Chưa có thao tác nào được ghi lại.';
  } catch (error) {
    showApiError(message, error);
  } finally {
    more.disabled = false;
  }
}

more.addEventListener('click', loadPage);
if (await requireOrganizer()) loadPage();
