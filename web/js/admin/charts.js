// Pictures for organizers: each chart is a <figure> whose caption holds its title and one sentence that says the
// point, the picture itself (SVG drawn by Chartist, vendored in /vendor/chartist and loaded only on the pages that
// draw charts), and its table of figures one click away. The sentence and the table carry everything the picture
// shows, so the SVG is hidden from assistive technology rather than described twice.
import { el } from '../dom.js';

/** How many pixels a category (a bar of a horizontal chart) takes: room for a name on two or three lines. */
const CATEGORY_HEIGHT = 44;

let made = 0;

/**
 * Draws a chart in `slot` (an element of the page, emptied first) and marks the figure `data-drawn` once done.
 *   name: what the figure is (data-chart), for tests and print rules;
 *   title, summary: the caption's heading and sentence; headingLevel: 'h2' (default) or 'h3';
 *   kind: 'bar' or 'line'; horizontal, stacked: for bars;
 *   labels: the categories or days; series: [{ name, values }] (values as numbers, null for "no value");
 *   table: { caption, columns: [header…], rows: [[row header, cell…]] } — cells as text;
 *   empty: a sentence said instead of the picture when there is nothing to draw yet.
 */
export function drawChart(slot, spec) {
  const id = `chart-${++made}`;
  const heading = el(spec.headingLevel ?? 'h2', { id: `${id}-title`, className: 'chart-title' }, spec.title);
  const summary = el('p', { className: 'chart-summary', 'data-chart-summary': '' }, spec.summary);
  const figure = el('figure', { className: 'chart', 'data-chart': spec.name, 'aria-labelledby': heading.id },
    el('figcaption', {}, heading, summary));
  const nothing = spec.empty != null;
  if (!nothing) {
    const plot = el('div', { className: `chart-plot chart-${spec.kind}${spec.horizontal ? ' chart-horizontal' : ''}`, 'aria-hidden': 'true' });
    figure.append(plot);
    if (spec.series.length > 1) figure.append(legend(spec.series));
    figure.append(dataTable(id, spec.table));
    slot.replaceChildren(figure);
    plotInto(plot, spec);
  } else {
    figure.append(el('p', { className: 'hint chart-empty' }, spec.empty));
    slot.replaceChildren(figure);
  }
  figure.dataset.drawn = '';
  return figure;
}

/** Series names beside their marks, drawn by CSS (solid, hatched, dashed) so a black-and-white print tells them apart. */
function legend(series) {
  return el('ul', { className: 'chart-legend', 'aria-hidden': 'true' },
    series.map((s, index) => el('li', { className: `chart-key chart-key-${String.fromCharCode(97 + index)}` }, s.name)));
}

function dataTable(id, table) {
  return el('details', { className: 'chart-data' },
    el('summary', {}, 'Xem bảng số liệu'),
    el('div', { className: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': `${id}-caption` },
      el('table', { className: 'data-table compact' },
        el('caption', { id: `${id}-caption` }, table.caption),
        el('thead', {}, el('tr', {}, table.columns.map((column, index) => el('th', { scope: 'col', className: index ? 'num' : null }, column)))),
        el('tbody', {}, table.rows.map(([head, ...cells]) => el('tr', {},
          el('th', { scope: 'row' }, head),
          cells.map((cell) => el('td', { className: 'num' }, cell))))))));
}

function plotInto(plot, spec) {
  const Chartist = window.Chartist;
  // The library is a classic script the page loads before its modules; without it the caption and table still say it all.
  if (!Chartist) return;
  const onlyIntegers = { onlyInteger: true, low: 0 };
  if (spec.kind === 'line') {
    new Chartist.LineChart(plot, { labels: spec.labels, series: spec.series.map((s) => s.values) }, {
      height: '240px',
      fullWidth: true,
      showArea: false,
      // A dot a day is readable for a month; over a longer window the dots would merge into a thick line.
      showPoint: spec.labels.length <= 31,
      lineSmooth: false,
      chartPadding: { right: 24, top: 12 },
      axisY: { ...onlyIntegers, offset: 36 },
      axisX: { labelInterpolationFnc: thinned(plot, spec.labels.length), showGrid: false },
    });
    return;
  }
  if (spec.horizontal) {
    const width = plot.clientWidth || 320;
    const offset = width >= 600 ? 220 : Math.round(width * 0.42);
    // Chartist draws the first category at the bottom; the order the page lists them in reads from the top, so the data
    // goes in reversed (its reverseData option would also swap the series' classes, and with them their marks).
    const chart = new Chartist.BarChart(plot, {
      labels: [...spec.labels].reverse(),
      series: spec.series.map((s) => [...s.values].reverse()),
    }, {
      height: `${spec.labels.length * categoryHeight(spec.labels, offset) + 36}px`,
      horizontalBars: true,
      stackBars: Boolean(spec.stacked),
      seriesBarDistance: 14,
      chartPadding: { right: 24, top: 4 },
      axisX: { ...onlyIntegers, labelInterpolationFnc: wholeNumbers },
      axisY: { offset, showGrid: false },
    });
    fitBars(chart, spec.labels.length, spec.stacked ? 1 : spec.series.length, 'height', 26);
    return;
  }
  const chart = new Chartist.BarChart(plot, { labels: spec.labels, series: spec.series.map((s) => s.values) }, {
    height: '220px',
    chartPadding: { right: 24, top: 12 },
    axisY: { ...onlyIntegers, offset: 36 },
    axisX: { labelInterpolationFnc: thinned(plot, spec.labels.length), showGrid: false },
  });
  fitBars(chart, spec.labels.length, spec.series.length, 'width', 28);
}

/**
 * Chartist draws a bar as a line whose thickness is CSS's; here each bar takes two thirds of its category's room, up
 * to `most` pixels, so forty days fit a phone without bars running into each other (and it holds when Chartist draws
 * again for a resized window).
 */
function fitBars(chart, categories, perCategory, dimension, most) {
  chart.on('draw', (event) => {
    if (event.type !== 'bar') return;
    const room = event.chartRect[dimension]() / Math.max(1, categories) / perCategory;
    event.element.attr({ style: `stroke-width: ${Math.max(2, Math.min(most, room * 0.66)).toFixed(1)}px` });
  });
}

/** Room for the longest category name on as many lines as it needs beside a bar, at about 6.5 px a character. */
function categoryHeight(labels, offset) {
  const perLine = Math.max(8, Math.floor((offset - 10) / 6.5));
  const lines = Math.max(...labels.map((label) => Math.ceil(String(label).length / perLine)));
  return Math.max(CATEGORY_HEIGHT, lines * 15 + 14);
}

/** Chartist calls this for every tick; whole numbers only, written the Vietnamese way. */
function wholeNumbers(value) {
  return Number.isInteger(value) ? new Intl.NumberFormat('vi-VN').format(value) : null;
}

/**
 * Every n-th label of a time axis, n chosen from the width the plot has when drawn (Chartist draws again when the
 * window is resized), so 38 days fit a phone without labels written over each other.
 */
function thinned(plot, count) {
  return (label, index) => {
    const fit = Math.max(2, Math.floor((plot.clientWidth || 320) / 52));
    const step = Math.max(1, Math.ceil(count / fit));
    return index % step === 0 ? label : null;
  };
}
