import { getJson } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { formatDateTime } from '../format.js';
import { requireOrganizer, showApiError } from './session.js';

const $ = (id) => document.getElementById(id);
const STATUS = { filed: ['Đã báo cáo', 'badge-ok'], late: ['Báo cáo muộn', 'badge-late'], missing: ['Chưa báo cáo', 'badge-missing'] };
let rows = [];

function render() {
  const onlyDifficulties = $('only-difficulties').checked;
  const status = $('reports-status').value;
  const shown = rows.filter((r) => (!status || r.status === status)
    && (!onlyDifficulties || (r.latest && (r.latest.difficulties || r.latest.proposals))));
  replaceChildren($('reports-rows'), shown.length ? shown.map((r) => {
    const [label, badge] = STATUS[r.status];
    return el('tr', { 'data-unit': r.unitId },
      el('th', { scope: 'row' }, r.unitName, el('span', { className: 'hint' }, ` · ${r.groupName}`)),
      el('td', {}, el('span', { className: `badge ${badge}` }, label)),
      el('td', { className: 'report-difficulties' }, r.latest?.difficulties ?? ''),
      el('td', { className: 'report-proposals' }, r.latest?.proposals ?? ''),
      el('td', {}, r.latest ? `Lần ${r.latest.version}, ${formatDateTime(r.latest.filedAt)}` : '—',
        r.latest?.hasScan ? el('a', { href: `/api/organizer/reports/${encodeURIComponent(r.unitId)}/${r.latest.version}/scan` }, ' Bản scan') : null));
  }) : el('tr', {}, el('td', { colSpan: 5 }, 'Không có đơn vị nào phù hợp.')));
}

if (await requireOrganizer()) {
  try {
    rows = await getJson('/api/organizer/reports');
    render();
  } catch (error) {
    showApiError($('reports-message'), error);
  }
}
$('only-difficulties').addEventListener('input', render);
$('reports-status').addEventListener('input', render);
