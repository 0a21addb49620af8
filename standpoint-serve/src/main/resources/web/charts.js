/*
 * Standpoint web UI: charts over time and date sliders. Dates stand where they belong: every chart has
 * Chart.js's time scale (dates through Luxon, in UTC), so a tick is the first day of a month or a year and a
 * point dated November 2011 lies between the November and December ticks, never on October's.
 */
'use strict';

const DAY_MS = 24 * 3600 * 1000;
let charts = [];

/** Dates arrive as YYYY, YYYY-MM or YYYY-MM-DD; a point stands at the first day of what it dates, in UTC. */
function dateMs(text) {
  if (!text) return null;
  const [y, m, d] = text.split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1);
}

/** YYYY-MM-DD of a time in ms. */
function isoDay(ms) {
  return new Date(ms).toISOString().substring(0, 10);
}

/** From a month before the first date to a month after the last: one range for charts shown side by side. */
function dateRange(texts) {
  const ms = texts.filter(Boolean).map(dateMs);
  if (!ms.length) return null;
  const first = new Date(Math.min(...ms));
  const last = new Date(Math.max(...ms));
  return {min: Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - 1, 1),
    max: Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 2, 1)};
}

/** The x axis of every chart over time; {@code range} (from dateRange) makes several charts share it. */
function timeAxis(range) {
  return {
    type: 'time',
    adapters: {date: {zone: 'UTC'}},
    time: {minUnit: 'month', tooltipFormat: 'd LLL yyyy', displayFormats: {month: 'LLL yyyy', year: 'yyyy'}},
    min: range ? range.min : undefined,
    max: range ? range.max : undefined,
    ticks: {maxRotation: 0, autoSkipPadding: 12},
  };
}

function chart(canvas, config) {
  const c = new Chart(canvas, config);
  charts.push(c);
  return c;
}

function destroyCharts() {
  charts.forEach(c => c.destroy());
  charts = [];
}

/** One chart per timeline: support +1, undecided 0, oppose -1 over time; the evidence shows on hover. */
function timelineChart(canvas, t, range) {
  const points = t.steps.filter(s => s.date).map(s => ({x: dateMs(s.date), y: POLARITY_Y[s.polarity], date: s.date, step: s}));
  return chart(canvas, {
    type: 'line',
    data: {datasets: [{label: t.label, data: points, stepped: true, borderColor: '#1f4e79', pointRadius: 6,
      pointBackgroundColor: points.map(p => p.y > 0 ? '#2e7d32' : p.y < 0 ? '#c62828' : '#b26a00')}]},
    options: {
      maintainAspectRatio: false, animation: false,
      scales: {x: timeAxis(range), y: {min: -1.4, max: 1.4, ticks: {stepSize: 1,
        callback: v => ({1: 'support', 0: 'undecided', '-1': 'oppose'})[v] || ''}}},
      plugins: {legend: {display: false}, tooltip: {callbacks: {
        title: items => items[0].raw.step.date + ': ' + items[0].raw.step.polarity,
        label: item => '“' + (item.raw.step.stance.evidence || '') + '”'}}},
    },
  });
}

/**
 * How a figure's bound is drawn and said: an upper bound ("up to 22") a triangle pointing down, a lower bound
 * ("at least", "more than") one pointing up, an estimate ("about") a diamond, an exact count a dot.
 */
const BOUND = {
  exact: {style: 'circle', rotation: 0, words: '', mark: '●'},
  about: {style: 'rectRot', rotation: 0, words: 'about ', mark: '◆'},
  up_to: {style: 'triangle', rotation: 180, words: 'up to ', mark: '▼'},
  at_least: {style: 'triangle', rotation: 0, words: 'at least ', mark: '▲'},
  more_than: {style: 'triangle', rotation: 0, words: 'more than ', mark: '▲'},
};

function bound(fig) {
  return BOUND[fig.bound] || BOUND.exact;
}

/** A figure's count as said: "up to 22", "more than 10,000". */
function countText(fig) {
  return bound(fig).words + fig.count.toLocaleString('en-US');
}

/** Writes "up to 22" beside every bounded point, so a bound reads as one without hovering. */
const boundLabels = {
  id: 'boundLabels',
  afterDatasetsDraw(c) {
    const ctx = c.ctx;
    ctx.save();
    ctx.font = '11px system-ui, sans-serif';
    ctx.textBaseline = 'bottom';
    c.data.datasets.forEach((ds, i) => {
      if (!c.isDatasetVisible(i)) return;
      c.getDatasetMeta(i).data.forEach((point, j) => {
        const fig = ds.data[j].fig;
        if (fig.bound === 'exact') return;
        ctx.fillStyle = ds.borderColor;
        ctx.fillText(countText(fig), point.x + 7, point.y - 4);
      });
    });
    ctx.restore();
  },
};

const PALETTE = ['#1f4e79', '#c62828', '#2e7d32', '#b26a00', '#6a1b9a', '#00838f', '#5d4037'];

/**
 * One chart per kind of figure (killed, observers, refugees ...), never two kinds on one line; in it one line
 * per claimant code, so a government's toll and its opposition's stand apart. A line is dashed where either end
 * is a bound rather than a count.
 */
function figureChart(canvas, what, items, range) {
  const byClaimant = new Map();
  for (const f of items) {
    const fig = f.figure.figure;
    const who = fig.claimant ? `${f.claimant_label || fig.claimant_name || fig.claimant} (${fig.claimant})` : 'unattributed';
    if (!byClaimant.has(who)) byClaimant.set(who, []);
    if (f.date) byClaimant.get(who).push({x: dateMs(f.date), y: fig.count, date: f.date, fig});
  }
  const datasets = [...byClaimant.entries()].map(([who, pts], i) => {
    pts.sort((a, b) => a.x - b.x);
    const color = PALETTE[i % PALETTE.length];
    return {label: who, data: pts, borderColor: color, backgroundColor: color, pointRadius: 7,
      pointStyle: pts.map(p => bound(p.fig).style), rotation: pts.map(p => bound(p.fig).rotation),
      segment: {borderDash: s => (s.p0.raw.fig.bound !== 'exact' || s.p1.raw.fig.bound !== 'exact') ? [5, 4] : undefined}};
  });
  return chart(canvas, {
    type: 'line',
    data: {datasets},
    plugins: [boundLabels],
    options: {maintainAspectRatio: false, animation: false, scales: {x: timeAxis(range), y: {beginAtZero: true,
      title: {display: true, text: what}}},
      plugins: {legend: {labels: {usePointStyle: true}}, tooltip: {callbacks: {
        label: item => `${item.dataset.label}: ${countText(item.raw.fig)} ${what} — “${item.raw.fig.evidence}”`}}}},
  });
}

/**
 * A slider over the days from {@code first} to {@code last} (YYYY-MM-DD), showing the day it is on; letting it
 * go calls {@code go} with that day.
 */
function dateSlider(id, label, first, last, value, go) {
  const start = dateMs(first);
  const days = Math.max(0, Math.round((dateMs(last) - start) / DAY_MS));
  const at = Math.min(days, Math.max(0, Math.round((dateMs(value) - start) / DAY_MS)));
  const shown = el('output', {for: id}, isoDay(start + at * DAY_MS));
  const input = el('input', {type: 'range', id, min: 0, max: days, step: 1, value: at,
    oninput: e => { shown.textContent = isoDay(start + Number(e.target.value) * DAY_MS); },
    onchange: e => go(isoDay(start + Number(e.target.value) * DAY_MS))});
  return el('label', {class: 'slider'}, label, ' ', input, ' ', shown);
}
