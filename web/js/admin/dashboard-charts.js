// The dashboard's pictures: entries per day, entries so far against the days left (and against the previous contest
// at the same day of its own window), units with an entry in each group, and entries per movement. Every number comes
// from the dashboard's answer (GET /api/organizer/standing) and the contest's dates (GET /api/contest).
import { drawChart } from './charts.js';
import { formatDate, formatNumber, TIME_ZONE } from '../format.js';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** An instant's day in Vietnam, "yyyy-MM-dd". */
export function vietnamDay(instant) {
  return dayFormat.format(new Date(instant));
}

/** Days from one "yyyy-MM-dd" to another (calendar days, no clock involved). */
function daysBetween(from, to) {
  const utc = (day) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

function addDays(day, days) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "dd/MM" for an axis, where the year would only crowd a phone. */
const shortDay = (day) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;

/** "còn 9 ngày đến hạn nộp bài (30/08/2018)", or that today is the last day, or that the deadline has passed. */
export function daysLeftPhrase(closesAt, today) {
  const closingDay = vietnamDay(closesAt);
  const left = daysBetween(today, closingDay);
  if (left > 0) return `còn ${formatNumber(left)} ngày đến hạn nộp bài (${formatDate(closingDay)})`;
  if (left === 0) return `hôm nay (${formatDate(closingDay)}) là ngày cuối nhận bài`;
  return `đã hết hạn nộp bài từ ngày ${formatDate(closingDay)}`;
}

/** Entries received by each day offset from the contest's first day: [offset 0, offset 1, …] up to `length` days. */
function cumulativeByOffset(byDay, opensAt, length) {
  const openingDay = vietnamDay(opensAt);
  const perOffset = new Array(length).fill(0);
  let before = 0;
  for (const { day, entries } of byDay) {
    const offset = daysBetween(openingDay, day);
    if (offset < 0) before += entries;
    else if (offset < length) perOffset[offset] += entries;
  }
  let sum = before;
  return perOffset.map((count) => (sum += count));
}

/** A name in quotation marks, unless it has its own (a movement's slogan is often quoted already). */
const quoted = (name) => (/[“”"]/.test(name) ? name : `“${name}”`);

const percent = (part, whole) => (whole ? formatNumber(Math.round((part / whole) * 1000) / 10) : '0');

/**
 * Draws the four charts. `previous` is { contest, standing } of the contest that opened last before this one (null when
 * there is none), compared day for day from each contest's first day.
 */
export function drawDashboardCharts(standing, contest, previous, now = new Date()) {
  const today = vietnamDay(now);
  const openingDay = vietnamDay(contest.submissionOpensAt);
  const closingDay = vietnamDay(contest.submissionClosesAt);
  const daysLeft = daysLeftPhrase(contest.submissionClosesAt, today);
  drawCumulative(standing, contest, previous, { today, openingDay, closingDay, daysLeft });
  drawByDay(standing, { today, openingDay, closingDay });
  drawUnits(standing, daysLeft);
  drawMovements(standing);
}

function drawCumulative(standing, contest, previous, { today, openingDay, closingDay, daysLeft }) {
  const windowDays = Math.max(1, daysBetween(openingDay, closingDay) + 1);
  const lastDay = standing.byDay.length ? standing.byDay[standing.byDay.length - 1].day : openingDay;
  // The window from the first to the last day of submissions, and further when entries came later (handed in late).
  const length = Math.max(windowDays, daysBetween(openingDay, lastDay) + 1);
  const days = Array.from({ length }, (_, offset) => addDays(openingDay, offset));
  const elapsed = Math.min(length, Math.max(0, daysBetween(openingDay, today) + 1));
  const ours = cumulativeByOffset(standing.byDay, contest.submissionOpensAt, length).map((sum, offset) => (offset < elapsed ? sum : null));
  const theirs = previous ? cumulativeByOffset(previous.standing.byDay, previous.contest.opensAt, length) : null;
  let sentence = `Đã nhận ${formatNumber(standing.entriesReceived)} bài dự thi; ${daysLeft}.`;
  if (theirs && elapsed > 0) {
    sentence += ` Cùng thời điểm, cuộc thi “${previous.contest.name}” đã nhận ${formatNumber(theirs[elapsed - 1])} bài.`;
  }
  const series = [{ name: 'Cuộc thi này', values: ours }];
  if (theirs) series.push({ name: `Cuộc thi trước: ${previous.contest.name}`, values: theirs });
  drawChart(document.getElementById('chart-cumulative'), {
    name: 'cumulative',
    headingLevel: 'h3',
    title: 'Số bài cộng dồn đến hạn nộp bài',
    summary: sentence,
    kind: 'line',
    labels: days.map(shortDay),
    series,
    table: {
      caption: theirs ? 'Số bài cộng dồn theo ngày, so với cuộc thi trước cùng ngày thứ mấy kể từ khi mở nhận bài' : 'Số bài cộng dồn theo ngày',
      columns: theirs ? ['Ngày', 'Cuộc thi này', 'Cuộc thi trước'] : ['Ngày', 'Số bài cộng dồn'],
      rows: days.slice(0, Math.max(elapsed, 1)).map((day, offset) => [formatDate(day), formatNumber(ours[offset] ?? 0),
        ...(theirs ? [formatNumber(theirs[offset])] : [])]),
    },
  });
}

function drawByDay(standing, { today, openingDay, closingDay }) {
  const slot = document.getElementById('chart-by-day');
  const common = { name: 'by-day', headingLevel: 'h3', title: 'Số bài nhận theo ngày' };
  if (standing.byDay.length === 0) {
    drawChart(slot, { ...common, summary: 'Chưa nhận bài dự thi nào.', empty: 'Biểu đồ hiện ra khi có bài đầu tiên.' });
    return;
  }
  const counts = new Map(standing.byDay.map((d) => [d.day, d.entries]));
  const first = standing.byDay[0].day < openingDay ? standing.byDay[0].day : openingDay;
  const last = [standing.byDay[standing.byDay.length - 1].day, today < closingDay ? today : closingDay].sort().pop();
  const days = Array.from({ length: daysBetween(first, last) + 1 }, (_, offset) => addDays(first, offset));
  const busiest = standing.byDay.reduce((best, d) => (d.entries > best.entries ? d : best));
  const todays = counts.get(today) ?? 0;
  drawChart(slot, {
    ...common,
    summary: `Nhiều bài nhất vào ngày ${formatDate(busiest.day)} (${formatNumber(busiest.entries)} bài); hôm nay nhận ${formatNumber(todays)} bài.`,
    kind: 'bar',
    labels: days.map(shortDay),
    series: [{ name: 'Số bài', values: days.map((day) => counts.get(day) ?? 0) }],
    table: {
      caption: 'Số bài nhận theo ngày (giờ Việt Nam)',
      columns: ['Ngày', 'Số bài'],
      rows: [...standing.byDay].reverse().map((d) => [formatDate(d.day), formatNumber(d.entries)]),
    },
  });
}

function drawUnits(standing, daysLeft) {
  const groups = standing.groups.map((g) => ({ name: g.name, with: g.units.filter((u) => !u.hasNoEntries).length, all: g.units.length }));
  const total = standing.unitsWithEntries + standing.unitsWithoutEntries;
  drawChart(document.getElementById('chart-units'), {
    name: 'units',
    headingLevel: 'h3',
    title: 'Đơn vị đã có bài theo nhóm',
    summary: `${formatNumber(standing.unitsWithEntries)}/${formatNumber(total)} đơn vị đã có bài dự thi; ${daysLeft}.`,
    kind: 'bar',
    horizontal: true,
    stacked: true,
    labels: groups.map((g) => g.name),
    series: [
      { name: 'Đã có bài', values: groups.map((g) => g.with) },
      { name: 'Chưa có bài', values: groups.map((g) => g.all - g.with) },
    ],
    table: {
      caption: 'Số đơn vị đã có bài và chưa có bài, theo nhóm',
      columns: ['Nhóm', 'Đã có bài', 'Chưa có bài', 'Tổng số đơn vị'],
      rows: groups.map((g) => [g.name, formatNumber(g.with), formatNumber(g.all - g.with), formatNumber(g.all)]),
    },
    ...(groups.length ? {} : { empty: 'Chưa có đơn vị nào trong danh sách.' }),
  });
}

function drawMovements(standing) {
  const total = standing.byMovement.reduce((sum, m) => sum + m.entries, 0);
  const top = standing.byMovement.reduce((best, m) => (!best || m.entries > best.entries ? m : best), null);
  drawChart(document.getElementById('chart-by-movement'), {
    name: 'by-movement',
    headingLevel: 'h3',
    title: 'Bài dự thi theo phong trào thi đua',
    summary: total
      ? `Phong trào ${quoted(top.name)} có nhiều bài nhất: ${formatNumber(top.entries)}/${formatNumber(total)} bài (${percent(top.entries, total)}%).`
      : 'Chưa có bài dự thi nào.',
    kind: 'bar',
    horizontal: true,
    labels: standing.byMovement.map((m) => m.name),
    series: [{ name: 'Số bài', values: standing.byMovement.map((m) => m.entries) }],
    table: {
      caption: 'Số bài dự thi theo phong trào thi đua',
      columns: ['Phong trào', 'Số bài', 'Tỉ lệ'],
      rows: standing.byMovement.map((m) => [m.name, formatNumber(m.entries), `${percent(m.entries, total)}%`]),
    },
    ...(total ? {} : { empty: 'Biểu đồ hiện ra khi có bài đầu tiên.' }),
  });
}
