// The results page's picture: how the final round's entries scored, from the round's ranking
// (GET /api/organizer/rounds/{id}/ranking: each entry's mean of the judges' submitted totals).
import { drawChart } from './charts.js';
import { formatNumber } from '../format.js';

const BINS = 10;

/** Draws the distribution of the entries' mean scores over ten equal bands of the rubric's total. */
export function drawScoreDistribution(slot, ranking) {
  if (!ranking) {
    drawChart(slot, { name: 'scores', title: 'Phân bố điểm', summary: 'Chưa có vòng chấm nào.', empty: 'Biểu đồ hiện ra khi có vòng chấm và bài đã có điểm.' });
    return;
  }
  const round = ranking.round;
  const common = { name: 'scores', title: `Phân bố điểm của vòng “${round.name}”` };
  const scores = ranking.entries.map((entry) => entry.mean).filter((mean) => mean != null);
  if (scores.length === 0) {
    drawChart(slot, { ...common, summary: `Vòng “${round.name}” chưa có bài nào được chấm xong.`, empty: 'Biểu đồ hiện ra khi có bài đã có điểm.' });
    return;
  }
  const maxTotal = round.rubric.reduce((sum, criterion) => sum + criterion.max, 0) || Math.max(...scores);
  const width = maxTotal / BINS;
  const counts = new Array(BINS).fill(0);
  for (const score of scores) counts[Math.min(BINS - 1, Math.floor(score / width))] += 1;
  const band = (index) => `${formatNumber(index * width)}–${formatNumber((index + 1) * width)}`;
  const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
  drawChart(slot, {
    ...common,
    summary: `Điểm trung bình của vòng: ${formatNumber(mean)}; cao nhất ${formatNumber(Math.max(...scores))}, thấp nhất ${formatNumber(Math.min(...scores))} (${formatNumber(scores.length)} bài đã có điểm).`,
    kind: 'bar',
    labels: counts.map((_, index) => formatNumber(index * width)),
    series: [{ name: 'Số bài', values: counts }],
    table: {
      caption: `Số bài theo khoảng điểm (thang ${formatNumber(maxTotal)} điểm; khoảng cuối gồm cả điểm tối đa)`,
      columns: ['Khoảng điểm', 'Số bài'],
      rows: counts.map((count, index) => [band(index), formatNumber(count)]),
    },
  });
}
