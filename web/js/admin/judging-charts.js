// The judging page's picture: how far each judge of the round in progress has got, from the round's ranking
// (GET /api/organizer/rounds/{id}/ranking, whose progress counts each judge's scores by state).
import { drawChart } from './charts.js';
import { formatNumber } from '../format.js';

const percent = (part, whole) => formatNumber(whole ? Math.round((part / whole) * 1000) / 10 : 0);

/** The round judges work on now: the last open one, else the last one made; null when there is none. */
export function roundInProgress(rounds) {
  return rounds.filter((round) => round.state === 'open').pop() ?? rounds[rounds.length - 1] ?? null;
}

/** `names` maps a judge's e-mail to their name (the staff list); an address not there is shown as it is. */
export function drawJudgeProgress(slot, round, progress, names) {
  const common = { name: 'judges', title: `Tiến độ chấm của từng giám khảo – vòng “${round.name}”` };
  const assigned = progress.reduce((sum, p) => sum + p.assigned, 0);
  const submitted = progress.reduce((sum, p) => sum + p.submitted, 0);
  if (assigned === 0) {
    drawChart(slot, { ...common, summary: `Vòng “${round.name}” chưa phân công bài cho giám khảo.`, empty: 'Biểu đồ hiện ra sau khi phân công giám khảo.' });
    return;
  }
  const nameOf = (p) => names.get(p.judge) ?? p.judge;
  const waiting = (p) => Math.max(0, p.assigned - p.submitted - p.drafts);
  drawChart(slot, {
    ...common,
    summary: `Giám khảo đã chấm ${formatNumber(submitted)}/${formatNumber(assigned)} lượt bài (${percent(submitted, assigned)}%).`,
    kind: 'bar',
    horizontal: true,
    stacked: true,
    labels: progress.map(nameOf),
    series: [
      { name: 'Đã nộp phiếu chấm', values: progress.map((p) => p.submitted) },
      { name: 'Đang chấm (bản nháp)', values: progress.map((p) => p.drafts) },
      { name: 'Chưa chấm', values: progress.map(waiting) },
    ],
    table: {
      caption: `Số lượt bài của từng giám khảo trong vòng “${round.name}”`,
      columns: ['Giám khảo', 'Được phân công', 'Đã nộp', 'Bản nháp', 'Chưa chấm', 'Tự rút'],
      rows: progress.map((p) => [nameOf(p), formatNumber(p.assigned), formatNumber(p.submitted), formatNumber(p.drafts),
        formatNumber(waiting(p)), formatNumber(p.recused)]),
    },
  });
}
