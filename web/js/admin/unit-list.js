// The units as the dashboard lists them, shared by the dashboard and the units page: a table body per group
// (in the letter's order, sub-units indented under their parent), a diacritics-free search and the sorts.

import { el } from '../dom.js';
import { searchKey } from '../format.js';

const byName = (a, b) => a.name.localeCompare(b.name, 'vi');

/** Sort name → compare function; "letter" keeps the server's order (the letter's, parents before sub-units). */
export const UNIT_SORTS = {
  letter: null,
  'entries-asc': (a, b) => a.entries - b.entries || byName(a, b),
  'entries-desc': (a, b) => b.entries - a.entries || byName(a, b),
  name: byName,
  last: (a, b) => (b.lastReceivedAt ?? '').localeCompare(a.lastReceivedAt ?? ''),
};

/** Whether a unit's name (or id) holds the search text, accents and case ignored: "giao duc" finds "Giáo dục". */
export function matchesSearch(unit, text) {
  const key = searchKey(text.trim());
  return !key || searchKey(unit.name).includes(key) || unit.id.includes(key);
}

/** Units already in the letter's order, as [{ group, name, units }] by consecutive group. */
export function groupsOf(units, unitGroups) {
  const groups = [];
  for (const unit of units) {
    if (groups.at(-1)?.group !== unit.group) {
      groups.push({ group: unit.group, name: unitGroups.find((g) => g.id === unit.group)?.name ?? unit.group, units: [] });
    }
    groups.at(-1).units.push(unit);
  }
  return groups;
}

/**
 * Replaces the table's bodies with one per group that has units left after the search and keep(unit):
 * a heading row "Nhóm (n)", then rows(unit, depth) (a row or several) for each unit; depth is 0 once sorted otherwise than by the letter.
 */
export function renderUnitGroups(table, groups, { search = '', sort = 'letter', keep = () => true, colSpan, rows }) {
  const compare = UNIT_SORTS[sort] ?? null;
  const bodies = groups.map((group) => {
    let units = group.units.filter((u) => matchesSearch(u, search) && keep(u));
    if (compare) units = [...units].sort(compare);
    if (units.length === 0) return null;
    return el('tbody', { 'data-group': group.group },
      el('tr', { className: 'group-row' }, el('th', { colSpan, scope: 'colgroup' }, `${group.name} (${units.length})`)),
      units.flatMap((u) => rows(u, compare ? 0 : u.depth ?? 0)));
  }).filter(Boolean);
  table.querySelectorAll('tbody').forEach((body) => body.remove());
  table.append(...(bodies.length ? bodies : [el('tbody', {}, el('tr', {}, el('td', { colSpan }, 'Không có đơn vị nào phù hợp.')))]));
  return bodies.reduce((count, body) => count + body.querySelectorAll('tr[data-unit]').length, 0);
}

/** Left padding of a unit's name cell, so sub-units sit under their parent. */
export function indent(depth) {
  return depth ? `padding-left:${0.75 + depth * 1.25}rem` : null;
}
