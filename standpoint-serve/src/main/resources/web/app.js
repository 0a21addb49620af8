/*
 * Standpoint web UI: one page, one view per hash route, drawn from the REST API (/openapi.json describes it).
 * Every text from the database goes into the page through text nodes, never as HTML.
 */
'use strict';

const main = document.getElementById('main');
const POLARITY_Y = {support: 1, undecided: 0, oppose: -1};
const QUAD = {
  1: {name: 'verbal cooperation', color: '#81c784'},
  2: {name: 'material cooperation', color: '#2e7d32'},
  3: {name: 'verbal conflict', color: '#fb8c00'},
  4: {name: 'material conflict', color: '#c62828'},
};
let charts = [];
let graph = null;

/** Whether a stored address may be a link: http(s) only, whatever the store let through (defence in depth). */
function webAddress(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/** el('a', {href: '#/'}, 'text', child...) builds an element; strings become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** /api/path?k=v... with the parameters that have a value. */
function apiUrl(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') query.set(k, v);
  }
  return '/api/' + path + (query.toString() ? '?' + query : '');
}

/** A button downloading a list as CSV: the same list, with the page's filters, whole rather than one page. */
function download(path, params, what) {
  const url = apiUrl(path, Object.assign({}, params, {format: 'csv', limit: null, offset: null}));
  return el('a', {class: 'download', href: url, download: '', dataset: {list: path}}, '⬇ ' + (what || 'download') + ' (CSV)');
}

async function api(path, params) {
  const url = apiUrl(path, params);
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function pill(polarity) {
  return el('span', {class: 'pill ' + polarity}, (polarity || 'unknown'));
}

function actorLink(code, name) {
  return el('a', {href: '#/actor/' + encodeURIComponent(code), title: code}, name && name !== code ? name + ' (' + code + ')' : code);
}

function articleLink(id, text) {
  return el('a', {href: '#/article/' + encodeURIComponent(id)}, text || id);
}

function table(headers, rows, cls) {
  return el('table', {class: cls || ''},
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {class: h.num ? 'num' : ''}, h.label || h)))),
    el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', {colspan: headers.length, class: 'muted'}, 'nothing stored'))));
}

/** Dates arrive as YYYY, YYYY-MM or YYYY-MM-DD; a chart places each at its first day. */
function dateMs(text) {
  if (!text) return null;
  const [y, m, d] = text.split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1);
}

function monthLabel(ms) {
  return new Date(ms).toISOString().substring(0, 7);
}

function timeAxis() {
  return {type: 'linear', ticks: {callback: monthLabel, maxTicksLimit: 8}};
}

function chart(canvas, config) {
  const c = new Chart(canvas, config);
  charts.push(c);
  return c;
}

function pager(page, go) {
  const last = page.offset + page.items.length;
  return el('div', {class: 'pager'},
    el('button', {disabled: page.offset === 0, onclick: () => go(Math.max(0, page.offset - page.limit))}, '← previous'),
    el('span', {class: 'muted'}, page.total ? `${page.offset + 1}–${last} of ${page.total}` : '0 of 0'),
    el('button', {disabled: last >= page.total, onclick: () => go(page.offset + page.limit)}, 'next →'));
}

function eventRows(events) {
  return events.map(v => el('tr', {},
    el('td', {}, v.event.date || '–'),
    el('td', {}, actorLink(v.event.source, v.event.source_name)),
    el('td', {title: v.label || ''}, el('code', {}, v.event.cameo), ' ', v.label || ''),
    el('td', {}, actorLink(v.event.target, v.event.target_name)),
    el('td', {}, v.event.modality),
    el('td', {}, articleLink(v.article_id, v.event.evidence))));
}

const EVENT_HEADERS = ['date', 'source', 'event', 'target', 'modality', 'evidence'];

// ---- views ----

async function overview() {
  const o = await api('overview');
  const keys = ['articles', 'events', 'stances', 'quotes', 'figures', 'actor mentions', 'publishers', 'earliest article', 'latest article'];
  return [
    el('h1', {}, 'Overview'),
    el('div', {class: 'tiles', id: 'counts'}, keys.filter(k => k in o.counts).map(k =>
      el('div', {class: 'tile', dataset: {count: k}}, el('div', {class: 'n'}, o.counts[k]), el('div', {class: 'k'}, k)))),
    el('div', {class: 'columns'},
      el('section', {}, el('h2', {}, 'Latest articles'),
        table(['published', 'title', 'publisher', {label: 'events', num: true}], o.latest_articles.map(a => el('tr', {},
          el('td', {}, a.published || '–'), el('td', {}, articleLink(a.id, a.title || a.source_file)),
          el('td', {}, a.publisher || '–'), el('td', {class: 'num'}, a.events))), 'latest-articles')),
      el('section', {}, el('h2', {}, 'Most active actors'),
        table(['actor', {label: 'events done', num: true}, {label: 'suffered', num: true}, {label: 'stances', num: true},
          {label: 'quotes', num: true}], o.most_active_actors.map(a => el('tr', {},
          el('td', {}, actorLink(a.code, a.name)), el('td', {class: 'num'}, a.events_done),
          el('td', {class: 'num'}, a.events_suffered), el('td', {class: 'num'}, a.stances),
          el('td', {class: 'num'}, a.quotes))), 'active-actors'))),
  ];
}

async function articles(params) {
  const offset = Number(params.get('offset') || 0);
  const q = params.get('q') || '';
  const page = await api('articles', {q, offset, limit: 25});
  const search = el('input', {type: 'search', name: 'q', value: q, placeholder: 'words in title or text'});
  return [
    el('h1', {}, 'Articles'),
    el('form', {class: 'filters', onsubmit: e => { e.preventDefault(); location.hash = '#/articles?q=' + encodeURIComponent(search.value); }},
      el('label', {}, 'search', search), el('button', {type: 'submit'}, 'Search')),
    table(['published', 'title and snippet', 'publisher', {label: 'events', num: true}, {label: 'stances', num: true}],
      page.items.map(a => el('tr', {},
        el('td', {}, a.published || '–'),
        el('td', {}, articleLink(a.id, a.title || a.source_file), el('div', {class: 'muted'}, a.snippet)),
        el('td', {}, a.publisher || '–'), el('td', {class: 'num'}, a.events), el('td', {class: 'num'}, a.stances))), 'article-list'),
    pager(page, o => { location.hash = '#/articles?q=' + encodeURIComponent(q) + '&offset=' + o; }),
  ];
}

async function actors(params) {
  const q = params.get('q') || '';
  const offset = Number(params.get('offset') || 0);
  const page = await api('actors', {q, offset, limit: 50});
  const search = el('input', {type: 'search', value: q, placeholder: 'code or name'});
  return [
    el('h1', {}, 'Actors'),
    el('form', {class: 'filters', onsubmit: e => { e.preventDefault(); location.hash = '#/actors?q=' + encodeURIComponent(search.value); }},
      el('label', {}, 'find', search), el('button', {type: 'submit'}, 'Find')),
    table(['actor', {label: 'mentions', num: true}, {label: 'events done', num: true}, {label: 'suffered', num: true},
      {label: 'stances', num: true}, {label: 'quotes', num: true}], page.items.map(a => el('tr', {},
      el('td', {}, actorLink(a.code, a.name)), el('td', {class: 'num'}, a.mentions), el('td', {class: 'num'}, a.events_done),
      el('td', {class: 'num'}, a.events_suffered), el('td', {class: 'num'}, a.stances), el('td', {class: 'num'}, a.quotes)))),
    pager(page, o => { location.hash = '#/actors?q=' + encodeURIComponent(q) + '&offset=' + o; }),
  ];
}

/** Every stored event, filtered like the API: actor, source, target, CAMEO code or root, date range. */
async function events(params) {
  const filters = ['actor', 'source', 'target', 'cameo', 'from', 'to'];
  const values = Object.fromEntries(filters.map(f => [f, params.get(f) || '']));
  const offset = Number(params.get('offset') || 0);
  const page = await api('events', Object.assign({}, values, {offset, limit: 50}));
  const inputs = Object.fromEntries(filters.map(f => [f, el('input', {
    name: f, value: values[f], size: 10,
    type: f === 'from' || f === 'to' ? 'date' : 'text',
    placeholder: {actor: 'e.g. RUS', source: 'code', target: 'code', cameo: 'e.g. 04, 1313'}[f] || ''})]));
  const query = o => filters.filter(f => values[f]).map(f => `${f}=${encodeURIComponent(values[f])}`).concat(['offset=' + o]).join('&');
  return [
    el('h1', {}, 'Events'),
    el('form', {class: 'filters', onsubmit: e => {
      e.preventDefault();
      location.hash = '#/events?' + filters.filter(f => inputs[f].value).map(f => `${f}=${encodeURIComponent(inputs[f].value)}`).join('&');
    }}, filters.map(f => el('label', {}, f === 'cameo' ? 'CAMEO code' : f, inputs[f])), el('button', {type: 'submit'}, 'Filter')),
    el('p', {class: 'muted', id: 'event-total'}, `${page.total} events`),
    table(EVENT_HEADERS, eventRows(page.items), 'event-list'),
    pager(page, o => { location.hash = '#/events?' + query(o); }),
  ];
}

/** One chart per timeline: support +1, undecided 0, oppose -1 over time; the evidence shows on hover. */
function timelineSection(t) {
  const canvas = el('canvas', {'aria-label': `${t.holder} on ${t.policy}`});
  const box = el('div', {class: 'chart-box'}, canvas);
  const section = el('section', {class: 'timeline', dataset: {policy: t.policy, target: t.target || ''}},
    el('h3', {}, t.policy.replace(/_/g, ' '), t.target ? ' → ' + t.target : ''),
    box,
    table(['date', 'position', 'holder', 'evidence'], t.steps.map(s => el('tr', {class: 'step', dataset: {polarity: s.polarity, date: s.date || ''}},
      el('td', {}, s.date || '–'), el('td', {}, pill(s.polarity), s.change ? el('span', {class: 'change'}, ' changed from ' + s.before) : ''),
      el('td', {}, s.stance.holder_name || s.stance.holder), el('td', {}, articleLink(s.article_id, s.stance.evidence)))), 'steps'));
  const points = t.steps.filter(s => s.date).map(s => ({x: dateMs(s.date), y: POLARITY_Y[s.polarity], step: s}));
  setTimeout(() => chart(canvas, {
    type: 'line',
    data: {datasets: [{label: t.policy, data: points, stepped: true, borderColor: '#1f4e79', pointRadius: 6,
      pointBackgroundColor: points.map(p => p.y > 0 ? '#2e7d32' : p.y < 0 ? '#c62828' : '#b26a00')}]},
    options: {
      maintainAspectRatio: false, animation: false,
      scales: {x: timeAxis(), y: {min: -1.4, max: 1.4, ticks: {stepSize: 1, callback: v => ({1: 'support', 0: 'undecided', '-1': 'oppose'})[v] || ''}}},
      plugins: {legend: {display: false}, tooltip: {callbacks: {
        title: items => items[0].raw.step.date + ': ' + items[0].raw.step.polarity,
        label: item => '“' + (item.raw.step.stance.evidence || '') + '”'}}},
    },
  }), 0);
  return section;
}

async function actor(code) {
  const a = await api('actors/' + encodeURIComponent(code));
  const quotes = a.quotes.map(q => el('li', {}, '“' + q.quote.text + '” — ', q.quote.speaker || q.quote.speaker_code,
    el('span', {class: 'muted'}, ' (', q.published || '', ') '), articleLink(q.article_id, 'article')));
  return [
    el('h1', {}, a.name, ' ', el('span', {class: 'muted'}, a.code)),
    el('p', {class: 'muted'}, 'Codes: ', a.codes.map((c, i) => [i ? ', ' : '', actorLink(c.code, c.name)])),
    el('h2', {}, 'Stances over time'),
    a.timelines.length ? el('div', {id: 'timelines'}, a.timelines.map(timelineSection)) : el('p', {class: 'muted'}, 'No stance stored.'),
    el('h2', {}, `Events done (${a.events_done})`), table(EVENT_HEADERS, eventRows(a.done), 'events-done'),
    el('h2', {}, `Events suffered (${a.events_suffered})`), table(EVENT_HEADERS, eventRows(a.suffered), 'events-suffered'),
    el('h2', {}, `Quotes (${a.quotes.length})`), quotes.length ? el('ul', {class: 'quotes'}, quotes) : el('p', {class: 'muted'}, 'No quote stored.'),
  ];
}

async function matrix(params) {
  const date = params.get('date') || new Date().toISOString().substring(0, 10);
  const m = await api('stances/matrix', {date});
  const input = el('input', {type: 'date', name: 'date', value: date});
  const evidence = el('div', {id: 'cell-evidence', class: 'evidence muted'}, 'Click a cell for its evidence.');
  const columnKey = (policy, target) => policy + ' ' + (target || '-');
  const cells = new Map(m.cells.map(c => [c.actor + ' ' + columnKey(c.policy, c.target), c]));
  const rows = m.actors.map(actorCode => el('tr', {},
    el('th', {}, actorLink(actorCode, m.names[actorCode])),
    m.columns.map(col => {
      const c = cells.get(actorCode + ' ' + columnKey(col.policy, col.target));
      if (!c) return el('td', {class: 'cell muted'}, '·');
      return el('td', {class: 'cell ' + c.polarity, dataset: {actor: actorCode, policy: c.policy, target: c.target || '', polarity: c.polarity},
        title: c.evidence,
        onclick: () => evidence.replaceChildren(el('strong', {}, `${m.names[actorCode] || actorCode} on ${c.policy}${c.target ? ' (' + c.target + ')' : ''}: `),
          pill(c.polarity), ` as of ${c.date} (${c.stances} stance${c.stances > 1 ? 's' : ''}): “${c.evidence}” `,
          articleLink(c.article_id, 'read the article'))},
        c.polarity);
    })));
  return [
    el('h1', {}, 'Stance matrix'),
    el('form', {class: 'filters', onsubmit: e => { e.preventDefault(); location.hash = '#/matrix?date=' + input.value; }},
      el('label', {}, 'as of', input), el('button', {type: 'submit'}, 'Show')),
    el('p', {class: 'muted'}, 'Each actor\'s latest stated position on each policy as of ', m.date, '.'),
    table(['actor'].concat(m.columns.map(col => col.policy.replace(/_/g, ' ') + (col.target ? ' → ' + col.target : ''))), rows, 'matrix'),
    evidence,
  ];
}

async function network(params) {
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const n = await api('network', {from, to});
  const fromInput = el('input', {type: 'date', value: from});
  const toInput = el('input', {type: 'date', value: to});
  const container = el('div', {id: 'graph'});
  const detail = el('div', {id: 'edge-events'}, el('p', {class: 'muted'}, 'Click an edge for its events.'));
  setTimeout(() => {
    graph = cytoscape({
      container,
      elements: [
        ...n.nodes.map(x => ({data: {id: x.id, label: x.name, weight: x.events}})),
        ...n.edges.map((e, i) => ({data: {id: 'e' + i, source: e.source, target: e.target, events: e.events,
          color: QUAD[e.dominant_quad_class].color, width: 1 + Math.log2(1 + e.events) * 2}})),
      ],
      style: [
        {selector: 'node', style: {label: 'data(label)', 'font-size': 11, 'background-color': '#1f4e79',
          width: 'mapData(weight, 1, 40, 18, 60)', height: 'mapData(weight, 1, 40, 18, 60)'}},
        {selector: 'edge', style: {'line-color': 'data(color)', 'target-arrow-color': 'data(color)', width: 'data(width)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85}},
      ],
      layout: {name: 'cose', animate: false, randomize: false},
    });
    graph.on('tap', 'edge', async evt => {
      const d = evt.target.data();
      const events = await api('events', {source: d.source, target: d.target, from, to, limit: 100});
      detail.replaceChildren(el('h2', {}, `${d.source} → ${d.target}: ${events.total} events`),
        table(EVENT_HEADERS, eventRows(events.items)));
    });
  }, 0);
  return [
    el('h1', {}, 'Event network'),
    el('form', {class: 'filters', onsubmit: e => { e.preventDefault(); location.hash = `#/network?from=${fromInput.value}&to=${toInput.value}`; }},
      el('label', {}, 'from', fromInput), el('label', {}, 'to', toInput), el('button', {type: 'submit'}, 'Show')),
    el('div', {class: 'legend'}, Object.values(QUAD).map(q => el('span', {}, el('span', {class: 'sw', style: 'background:' + q.color}), q.name))),
    container,
    el('h2', {}, `Interactions (${n.edges.length})`),
    table(['source', 'target', {label: 'events', num: true}, 'mostly', {label: 'mean Goldstein', num: true}], n.edges.map(e => el('tr', {class: 'edge'},
      el('td', {}, actorLink(e.source, (n.nodes.find(x => x.id === e.source) || {}).name)),
      el('td', {}, actorLink(e.target, (n.nodes.find(x => x.id === e.target) || {}).name)),
      el('td', {class: 'num'}, e.events), el('td', {}, QUAD[e.dominant_quad_class].name), el('td', {class: 'num'}, e.mean_goldstein.toFixed(1)))), 'edges'),
    detail,
  ];
}

async function figures(params) {
  const what = params.get('what') || '';
  const page = await api('figures', {what, limit: 1000});
  const byClaimant = new Map();
  for (const f of page.items) {
    const fig = f.figure.figure;
    // By code: the government's toll and the opposition's are two claimants even when both are "Syria".
    const who = fig.claimant ? `${fig.claimant_name || fig.claimant} (${fig.claimant})` : 'unattributed';
    if (!byClaimant.has(who)) byClaimant.set(who, []);
    if (f.date) byClaimant.get(who).push({x: dateMs(f.date), y: fig.count, f});
  }
  const palette = ['#1f4e79', '#c62828', '#2e7d32', '#b26a00', '#6a1b9a', '#00838f', '#5d4037'];
  const canvas = el('canvas', {'aria-label': 'claimed figures over time'});
  setTimeout(() => chart(canvas, {
    type: 'line',
    data: {datasets: [...byClaimant.entries()].map(([who, pts], i) => ({label: who, data: pts.sort((a, b) => a.x - b.x),
      borderColor: palette[i % palette.length], backgroundColor: palette[i % palette.length], pointRadius: 5}))},
    options: {maintainAspectRatio: false, animation: false, scales: {x: timeAxis(), y: {beginAtZero: true}},
      plugins: {tooltip: {callbacks: {label: item => `${item.dataset.label}: ${item.raw.y.toLocaleString()} ${item.raw.f.figure.figure.what}`
        + ` — “${item.raw.f.figure.figure.evidence}”`}}}},
  }), 0);
  const whatInput = el('input', {type: 'text', value: what, placeholder: 'e.g. killed'});
  return [
    el('h1', {}, 'Claimed figures'),
    el('form', {class: 'filters', onsubmit: e => { e.preventDefault(); location.hash = '#/figures?what=' + encodeURIComponent(whatInput.value); }},
      el('label', {}, 'kind', whatInput), el('button', {type: 'submit'}, 'Show')),
    el('p', {class: 'muted'}, 'One line per claimant: conflicting counts side by side.'),
    el('div', {class: 'chart-box tall'}, canvas),
    table(['as of', 'claimant', {label: 'count', num: true}, 'what', 'conflict', 'evidence'], page.items.map(f => el('tr', {class: 'figure'},
      el('td', {}, f.date || '–'),
      el('td', {}, f.figure.figure.claimant ? actorLink(f.figure.figure.claimant, f.figure.figure.claimant_name) : 'unattributed'),
      el('td', {class: 'num'}, (f.figure.figure.bound === 'more_than' ? 'over ' : f.figure.figure.bound === 'at_least' ? 'at least ' : '')
        + f.figure.figure.count.toLocaleString('en-US')),
      el('td', {}, f.figure.figure.what), el('td', {}, f.figure.conflict || '–'),
      el('td', {}, articleLink(f.figure.article_id, f.figure.figure.evidence)))), 'figures'),
  ];
}

async function council(params) {
  const policies = await api('policies');
  const policy = params.get('policy') || (policies.find(p => p.policy === 'un_condemnation') || policies[0] || {}).policy || '';
  const target = params.get('target') || 'SYR';
  const date = params.get('date') || new Date().toISOString().substring(0, 10);
  const policySelect = el('select', {name: 'policy'}, policies.map(p => el('option', {value: p.policy, selected: p.policy === policy}, p.policy)));
  const targetInput = el('input', {type: 'text', name: 'target', value: target, size: 5});
  const dateInput = el('input', {type: 'date', name: 'date', value: date});
  const form = el('form', {class: 'filters', onsubmit: e => {
    e.preventDefault();
    location.hash = `#/council?policy=${encodeURIComponent(policySelect.value)}&target=${encodeURIComponent(targetInput.value)}&date=${dateInput.value}`;
  }}, el('label', {}, 'policy', policySelect), el('label', {}, 'target', targetInput), el('label', {}, 'vote on', dateInput),
  el('button', {type: 'submit'}, 'Count'));
  if (!policy) return [el('h1', {}, 'Council board'), form, el('p', {class: 'muted'}, 'No stance stored yet.')];
  const b = await api('council/projection', {policy, target, date});
  const drafts = b.agenda ? await api('council/drafts', {topic: b.agenda, to: date, limit: 5}) : {items: []};
  const cards = b.projections.map(p => el('div', {class: 'member ' + (p.vote || 'uncommitted'), dataset: {iso: p.iso3, vote: p.vote || 'none'}},
    el('span', {class: 'seat'}, p.permanent ? 'permanent' : 'elected'),
    el('div', {class: 'iso'}, p.iso3), el('div', {class: 'muted'}, p.name),
    el('div', {}, p.vote ? pill(p.vote) : el('span', {class: 'pill'}, 'not committed'), ' ', p.basis || ''),
    p.evidence ? el('div', {class: 'muted'}, '“' + p.evidence + '”', p.date ? ' (' + p.date + ')' : '') : null,
    p.undecided ? el('div', {}, pill('undecided'), ' “' + p.undecided + '”') : null));
  return [
    el('h1', {}, 'Council board'),
    form,
    el('p', {}, `${b.policy} on ${b.target}, vote on ${b.date}: ${b.needed} of ${b.members} affirmative votes needed; a permanent member's no is a veto, an abstention is not.`),
    el('div', {class: 'outcome', id: 'outcome-back'}, el('strong', {}, 'If every uncommitted member backs it: '), b.outcome_if_back),
    el('div', {class: 'outcome', id: 'outcome-not'}, el('strong', {}, 'If none does: '), b.outcome_if_not),
    el('p', {id: 'must-change'}, 'Must change for it to pass: ', b.must_change.length ? b.must_change.join(', ') : 'nobody',
      ' · not committed: ', b.uncommitted.join(', ') || 'none'),
    el('div', {class: 'board'}, cards),
    el('h2', {}, `Earlier drafts on ${b.agenda || b.target}`),
    table(['date', 'symbol', 'tally', 'outcome', 'vetoed by'], drafts.items.map(d => el('tr', {},
      el('td', {}, d.draft.date), el('td', {}, d.draft.symbol), el('td', {}, d.tally), el('td', {}, d.draft.outcome),
      el('td', {}, d.draft.vetoed_by.join(', ') || '–')))),
  ];
}

/** The clean text with every extracted item marked in place; hovering an item in the lists marks its span. */
async function article(id) {
  const v = await api('articles/' + encodeURIComponent(id));
  const body = v.article.body;
  const items = [];
  const add = (kind, span, label) => { if (span && span.end > span.start) items.push({kind, span, label, id: kind + items.length}); };
  v.events.forEach(e => add('ev', e.event.span, `event ${e.event.cameo} ${e.label || ''}: ${e.event.source} → ${e.event.target}`));
  v.stances.forEach(s => add('st', s.span, `stance: ${s.holder} ${s.polarity} ${s.policy}`));
  v.quotes.forEach(q => add('qu', q.span, `quote by ${q.speaker || 'unknown'}`));
  v.figures.forEach(f => add('fg', f.span, `figure: ${f.count} ${f.what}, claimed by ${f.claimant_name || f.claimant || 'nobody named'}`));
  const paragraphs = [];
  let start = 0;
  for (const text of body.split('\n\n')) {
    paragraphs.push({start, end: start + text.length});
    start += text.length + 2;
  }
  const rendered = paragraphs.map(p => {
    const cuts = new Set([p.start, p.end]);
    for (const it of items) {
      if (it.span.start > p.start && it.span.start < p.end) cuts.add(it.span.start);
      if (it.span.end > p.start && it.span.end < p.end) cuts.add(it.span.end);
    }
    const bounds = [...cuts].sort((a, b) => a - b);
    const parts = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const [a, b] = [bounds[i], bounds[i + 1]];
      const covering = items.filter(it => it.span.start <= a && it.span.end >= b);
      const text = body.substring(a, b);
      parts.push(covering.length ? el('span', {class: 'hl ' + [...new Set(covering.map(c => c.kind))].join(' '),
        dataset: {items: covering.map(c => c.id).join(' ')}, title: covering.map(c => c.label).join('\n')}, text) : text);
    }
    return el('p', {}, parts);
  });
  const focus = (itemId, on) => document.querySelectorAll('.hl').forEach(n => {
    if (n.dataset.items.split(' ').includes(itemId)) n.classList.toggle('focus', on);
  });
  const list = (kind, title, rows) => el('section', {}, el('h2', {}, `${title} (${rows.length})`),
    el('ul', {class: 'side-list ' + kind}, rows.map(([label, extra], i) => {
      const it = items.filter(x => x.kind === kind)[i];
      return el('li', {onmouseenter: () => it && focus(it.id, true), onmouseleave: () => it && focus(it.id, false)}, label, extra || '');
    })));
  const bodyBox = el('div', {class: 'article-body', id: 'article-body'}, rendered);
  const toggles = ['ev:events', 'st:stances', 'qu:quotes', 'fg:figures'].map(pair => {
    const [kind, name] = pair.split(':');
    return el('label', {}, el('input', {type: 'checkbox', checked: true,
      onchange: e => bodyBox.classList.toggle('layer-off-' + kind, !e.target.checked)}), ' ', el('span', {class: 'hl ' + kind}, name));
  });
  const meta = v.article.metadata;
  return [
    el('h1', {}, meta.title || meta.source_file),
    el('p', {class: 'muted'}, [meta.publisher, meta.published, meta.source_file].filter(Boolean).join(' · '), ' ',
      webAddress(meta.url) ? el('a', {href: meta.url, rel: 'noopener noreferrer'}, 'source') : ''),
    el('div', {class: 'legend'}, toggles),
    bodyBox,
    el('div', {class: 'columns'},
      list('ev', 'Events', v.events.map(e => [`${e.event.source_name || e.event.source} → ${e.event.target_name || e.event.target}: ${e.label || e.event.cameo}`,
        ` (${e.event.modality}${e.event.date ? ', ' + e.event.date : ''})`])),
      list('st', 'Stances', v.stances.map(s => [`${s.holder_name || s.holder} `, [pill(s.polarity), ` ${s.policy}${s.target ? ' → ' + s.target : ''}`]])),
      list('qu', 'Quotes', v.quotes.map(q => [`${q.speaker || 'unknown'}: `, '“' + q.text + '”'])),
      list('fg', 'Figures', v.figures.map(f => [`${f.count.toLocaleString('en-US')} ${f.what}`, ` — ${f.claimant_name || f.claimant || 'unattributed'}`]))),
  ];
}

// ---- routing ----

const ROUTES = [
  {pattern: /^#?\/?$/, nav: 'overview', view: () => overview()},
  {pattern: /^#\/articles$/, nav: 'articles', view: (m, p) => articles(p)},
  {pattern: /^#\/article\/(.+)$/, nav: 'articles', view: m => article(decodeURIComponent(m[1]))},
  {pattern: /^#\/actors$/, nav: 'actors', view: (m, p) => actors(p)},
  {pattern: /^#\/actor\/(.+)$/, nav: 'actors', view: m => actor(decodeURIComponent(m[1]))},
  {pattern: /^#\/events$/, nav: 'events', view: (m, p) => events(p)},
  {pattern: /^#\/matrix$/, nav: 'matrix', view: (m, p) => matrix(p)},
  {pattern: /^#\/network$/, nav: 'network', view: (m, p) => network(p)},
  {pattern: /^#\/figures$/, nav: 'figures', view: (m, p) => figures(p)},
  {pattern: /^#\/council$/, nav: 'council', view: (m, p) => council(p)},
];

async function render() {
  charts.forEach(c => c.destroy());
  charts = [];
  if (graph) { graph.destroy(); graph = null; }
  const [path, query] = (location.hash || '#/').split('?');
  const params = new URLSearchParams(query || '');
  const route = ROUTES.find(r => r.pattern.test(path));
  document.body.removeAttribute('data-ready');
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', route && a.dataset.nav === route.nav));
  try {
    if (!route) throw new Error('no page ' + path);
    const content = await route.view(path.match(route.pattern), params);
    main.replaceChildren(...content);
    document.body.dataset.page = route.nav;
  } catch (e) {
    main.replaceChildren(el('h1', {}, 'Not available'), el('p', {class: 'error', id: 'error'}, e.message));
    document.body.dataset.page = 'error';
  }
  // Charts and the graph draw in a task after the content is placed; readiness follows them.
  setTimeout(() => { document.body.dataset.ready = 'true'; }, 50);
}

window.addEventListener('hashchange', render);
render();
