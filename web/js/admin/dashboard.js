import { getJson } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { formatDate, formatNumber } from '../format.js';
import { requireOrganizer, showApiError } from './session.js';
import { indent, renderUnitGroups } from './unit-list.js';
import { drawDashboardCharts } from './dashboard-charts.js';

const message = document.getElementById('dashboard-message');
const table = document.getElementById('units-table');
const search = document.getElementById('units-search');
const groupSelect = document.getElementById('units-group');
const sort = document.getElementById('units-sort');
const missingOnly = document.getElementById('units-missing');

let standing = null;
/** Unit id → its mail: unreachable addresses, whether its last reminder arrived (GET /api/organizer/messages/units). */
let mail = new Map();

const REPORT = { filed: ['Đã báo cáo', 'badge-ok'], late: ['Báo cáo muộn', 'badge-late'], missing: ['Chưa báo cáo', 'badge-missing'] };

function renderTotals() {
  document.getElementById('total-entries').textContent = formatNumber(standing.entriesReceived);
  document.getElementById('units-with-entries').textContent = formatNumber(standing.unitsWithEntries);
  document.getElementById('units-without-entries').textContent = formatNumber(standing.unitsWithoutEntries);
  document.getElementById('reports-filed').textContent = formatNumber(standing.reportsFiled + standing.reportsLate);
  document.getElementById('reports-late').textContent = formatNumber(standing.reportsLate);
  document.getElementById('reports-missing').textContent = formatNumber(standing.reportsMissing);
}

function renderUnits() {
  renderUnitGroups(table, standing.groups.filter((group) => !groupSelect.value || group.group === groupSelect.value), {
    search: search.value,
    sort: sort.value,
    keep: (u) => !missingOnly.checked || u.hasNoEntries,
    colSpan: 7,
    rows: unitRow,
  });
}

function unitRow(unit, depth) {
  return el('tr', { className: unit.hasNoEntries ? 'missing' : null, 'data-unit': unit.id },
    el('th', { scope: 'row', style: indent(depth) },
      el('a', { href: `/admin/entries.html?unit=${encodeURIComponent(unit.id)}` }, unit.name),
      unit.subUnits ? el('span', { className: 'hint' }, ` · ${unit.subUnits} đơn vị trực thuộc`) : null,
      mailNote(mail.get(unit.id))),
    el('td', { className: 'num' }, formatNumber(unit.ownEntries)),
    el('td', { className: 'num unit-entries' }, formatNumber(unit.entries)),
    el('td', {}, unit.lastReceivedAt ? formatDate(unit.lastReceivedAt) : '—'),
    el('td', {}, unit.hasNoEntries
      ? el('span', { className: 'badge badge-missing' }, 'Chưa có bài')
      : el('span', { className: `badge ${unit.belowMinimum ? 'badge-late' : 'badge-ok'}` }, unit.belowMinimum ? `Chưa đủ ${unit.minimumEntries} bài` : 'Đã có bài')),
    el('td', { className: 'unit-report' }, el('span', { className: `badge ${REPORT[unit.report][1]}` }, REPORT[unit.report][0])),
    el('td', { className: 'num unit-screening' }, `${formatNumber(unit.handedIn)} / ${formatNumber(unit.forwarded)} / ${formatNumber(unit.heldBack)}`));
}

/** "E-mail không tới được" for a unit whose focal point's address bounced; else what became of its last reminder. */
function mailNote(unitMail) {
  if (!unitMail) return null;
  if (unitMail.unreachable.length) {
    return el('span', { className: 'mail-note' }, ' ',
      el('a', { className: 'badge badge-missing unit-unreachable', href: `/admin/messages.html?unitId=${encodeURIComponent(unitMail.unitId)}`,
        title: `Thư tới ${unitMail.unreachable.join(', ')} bị trả lại` }, 'E-mail không tới được'));
  }
  const last = unitMail.lastReminder;
  if (!last) return null;
  return el('span', { className: 'hint unit-reminded' }, ` · Nhắc việc: ${unitMail.reminded ? 'đã tới hộp thư' : last.statusLabel.toLowerCase()}`);
}

function renderUnreachable() {
  const notice = document.getElementById('dashboard-unreachable');
  const count = [...mail.values()].filter((m) => m.unreachable.length).length;
  notice.hidden = count === 0;
  replaceChildren(notice, count === 0 ? [] : [
    `${formatNumber(count)} đơn vị có E-mail không tới được: thư tới cán bộ đầu mối bị trả lại, nhắc việc không đến được đơn vị. `,
    el('a', { href: '/admin/messages.html?status=bounced' }, 'Xem thư bị trả lại và gửi lại tới địa chỉ đã sửa')]);
}

/**
 * The contest that opened last before this one, with its dashboard figures, for the day-by-day comparison; null when
 * there is none or its figures cannot be read (the comparison is a help, never a reason for the page to fail).
 */
async function previousContest(contest, contests) {
  const earlier = contests.filter((c) => c.id !== contest.id && Date.parse(c.opensAt) < Date.parse(contest.submissionOpensAt))
    .sort((a, b) => Date.parse(b.opensAt) - Date.parse(a.opensAt))[0];
  if (!earlier) return null;
  try {
    return { contest: earlier, standing: await getJson('/api/organizer/standing', { 'X-Contest': earlier.id }) };
  } catch {
    return null;
  }
}

async function load() {
  if (!(await requireOrganizer())) return;
  try {
    const [loaded, unitMail, contest, contests] = await Promise.all([getJson('/api/organizer/standing'), getJson('/api/organizer/messages/units'),
      getJson('/api/contest'), getJson('/api/contests')]);
    standing = loaded;
    mail = new Map(unitMail.units.map((m) => [m.unitId, m]));
    groupSelect.append(...standing.groups.map((g) => el('option', { value: g.group }, g.name)));
    renderTotals();
    renderUnreachable();
    renderUnits();
    drawDashboardCharts(standing, contest, await previousContest(contest, contests));
  } catch (error) {
    showApiError(message, error);
    return;
  }
  message.textContent = '';
  message.className = 'notice';
}

for (const control of [search, groupSelect, sort, missingOnly]) control.addEventListener('input', () => standing && renderUnits());
document.getElementById('units-filter').addEventListener('submit', (event) => event.preventDefault());
load();
