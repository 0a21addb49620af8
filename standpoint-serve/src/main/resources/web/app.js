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

/** A link to the article of an event, where the event is marked and scrolled to. */
function eventLink(v, text) {
  return el('a', {href: '#/article/' + encodeURIComponent(v.article_id) + '?event=' + v.seq}, text);
}

/** The policy of a column or timeline in words, towards its target. */
function policyTitle(p) {
  return (p.label || p.policy.replace(/_/g, ' ')) + (p.target ? ' → ' + p.target : '');
}

function table(headers, rows, cls, empty) {
  return el('table', {class: cls || ''},
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {class: h.num ? 'num' : ''}, h.label || h)))),
    el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', {colspan: headers.length, class: 'muted'}, empty || 'nothing stored'))));
}

function pager(page, go, ...extra) {
  const last = page.offset + page.items.length;
  return el('div', {class: 'pager'}, extra,
    el('button', {disabled: page.offset === 0, onclick: () => go(Math.max(0, page.offset - page.limit))}, '← previous'),
    el('span', {class: 'muted'}, page.total ? `${page.offset + 1}–${last} of ${page.total}` : '0 of 0'),
    el('button', {disabled: last >= page.total, onclick: () => go(page.offset + page.limit)}, 'next →'));
}

// An event's date as filed: a date the text states as is, the article's publication date marked as such.
function eventDate(v) {
  if (!v.date) return el('td', {}, '–');
  if (v.date_basis === 'publication') {
    return el('td', {class: 'date-publication', title: 'not stated in the text: the article\'s publication date'},
      v.date, el('span', {class: 'muted'}, ' (published)'));
  }
  return el('td', {title: `stated in the text, to the ${v.date_precision}`}, v.date);
}

function eventRows(events) {
  return events.map(v => el('tr', {},
    eventDate(v),
    el('td', {}, actorLink(v.event.source, v.event.source_name)),
    el('td', {title: v.label || ''}, el('code', {}, v.event.cameo), ' ', v.label || ''),
    el('td', {}, actorLink(v.event.target, v.event.target_name)),
    el('td', {}, v.event.modality),
    el('td', {}, eventLink(v, v.event.evidence))));
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
    pager(page, o => { location.hash = '#/articles?q=' + encodeURIComponent(q) + '&offset=' + o; },
      download('articles', {q}, 'these articles')),
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
    pager(page, o => { location.hash = '#/actors?q=' + encodeURIComponent(q) + '&offset=' + o; },
      download('actors', {q}, 'these actors')),
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
    pager(page, o => { location.hash = '#/events?' + query(o); }, download('events', values, 'these events')),
  ];
}

/** A timeline's chart and its steps; every chart of a page takes the same {@code range}. */
function timelineSection(t, range) {
  const canvas = el('canvas', {'aria-label': `${t.holder} on ${t.label}`});
  const section = el('section', {class: 'timeline', dataset: {policy: t.policy, target: t.target || '', holder: t.holder}},
    el('h3', {}, policyTitle(t), el('span', {class: 'muted'}, ' · ', t.holder)),
    el('div', {class: 'chart-box'}, canvas),
    table(['date', 'position', 'holder', 'evidence'], t.steps.map(s => el('tr', {class: 'step', dataset: {polarity: s.polarity, date: s.date || ''}},
      el('td', {}, s.date || '–'), el('td', {}, pill(s.polarity), s.change ? el('span', {class: 'change'}, ' changed from ' + s.before) : ''),
      el('td', {}, s.stance.holder_name || s.stance.holder), el('td', {}, articleLink(s.article_id, s.stance.evidence)))), 'steps'));
  setTimeout(() => timelineChart(canvas, t, range), 0);
  return section;
}

async function actor(code) {
  const a = await api('actors/' + encodeURIComponent(code));
  const quotes = a.quotes.map(q => el('li', {}, '“' + q.quote.text + '” — ', q.quote.speaker || q.quote.speaker_code,
    el('span', {class: 'muted'}, ' (', q.published || '', ') '), articleLink(q.article_id, 'article')));
  // One date range for every policy chart, so the same month is at the same place in each.
  const range = dateRange(a.timelines.flatMap(t => t.steps.map(s => s.date)));
  return [
    el('h1', {}, a.name, ' ', el('span', {class: 'muted'}, a.code)),
    el('p', {class: 'muted'}, 'Codes: ', a.codes.map((c, i) => [i ? ', ' : '', actorLink(c.code, c.name)])),
    el('h2', {}, 'Stances over time'),
    a.timelines.length ? el('div', {id: 'timelines'}, a.timelines.map(t => timelineSection(t, range))) : el('p', {class: 'muted'}, 'No stance stored.'),
    el('h2', {}, `Events done (${a.events_done})`), table(EVENT_HEADERS, eventRows(a.done), 'events-done'),
    el('h2', {}, `Events suffered (${a.events_suffered})`), table(EVENT_HEADERS, eventRows(a.suffered), 'events-suffered'),
    el('div', {class: 'toolbar'}, download('events', {actor: a.code}, `every event of ${a.code}`),
      download('stances', {holder: a.code}, 'its stances'), download('quotes', {speaker: a.code}, 'its quotes')),
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
  const labels = new Map(m.columns.map(col => [columnKey(col.policy, col.target), policyTitle(col)]));
  const rows = m.actors.map(actorCode => el('tr', {dataset: {actor: actorCode}},
    el('th', {}, actorLink(actorCode, m.names[actorCode])),
    m.columns.map(col => {
      const c = cells.get(actorCode + ' ' + columnKey(col.policy, col.target));
      if (!c) return el('td', {class: 'cell muted'}, '·');
      return el('td', {class: 'cell ' + c.polarity, dataset: {actor: actorCode, policy: c.policy, target: c.target || '', polarity: c.polarity},
        title: c.evidence,
        onclick: () => evidence.replaceChildren(el('strong', {}, `${m.names[actorCode] || actorCode} (${actorCode}) on ${labels.get(columnKey(c.policy, c.target))}: `),
          pill(c.polarity), ` as of ${c.date} (${c.stances} stance${c.stances > 1 ? 's' : ''}): “${c.evidence}” `,
          articleLink(c.article_id, 'read the article'))},
        c.polarity);
    })));
  const go = day => { location.hash = '#/matrix?date=' + day; };
  return [
    el('h1', {}, 'Stance matrix'),
    el('form', {class: 'filters', onsubmit: e => { e.preventDefault(); go(input.value); }},
      el('label', {}, 'as of', input), el('button', {type: 'submit'}, 'Show'),
      m.first ? dateSlider('matrix-date', 'move through time', m.first, m.last, m.date, go) : null),
    el('p', {class: 'muted'}, 'Each actor\'s latest stated position on each policy as of ', m.date,
      '. A government, its opposition, its armed forces and its media are rows of their own.'),
    table(['actor'].concat(m.columns.map(col => policyTitle(col))), rows, 'matrix'),
    el('div', {class: 'toolbar'}, download('stances', {to: m.date}, 'the stances up to this date')),
    evidence,
  ];
}

async function network(params) {
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const actor = params.get('actor') || '';
  const cameo = params.get('cameo') || '';
  const n = await api('network', {from, to, actor, cameo});
  const nodes = new Map(n.nodes.map(x => [x.id, x]));
  const named = id => { const x = nodes.get(id); return x && x.name !== id ? `${x.name} (${id})` : id; };
  const fromInput = el('input', {type: 'date', name: 'from', value: from});
  const toInput = el('input', {type: 'date', name: 'to', value: to});
  const actorInput = el('input', {type: 'text', name: 'actor', value: actor, size: 8, placeholder: 'e.g. SYR'});
  const cameoInput = el('input', {type: 'text', name: 'cameo', value: cameo, size: 5, placeholder: 'e.g. 19'});
  const container = el('div', {id: 'graph'});
  const detail = el('div', {id: 'edge-events'}, el('p', {class: 'muted'}, 'Click an edge for its events.'));
  const go = (f, t) => {
    const q = new URLSearchParams({from: f, to: t, actor: actorInput.value.trim(), cameo: cameoInput.value.trim()});
    location.hash = `#/network?${q}`;
  };
  setTimeout(() => {
    graph = cytoscape({
      container,
      elements: [
        ...n.nodes.map(x => ({data: {id: x.id, label: named(x.id), weight: x.events}})),
        ...n.edges.map((e, i) => ({data: {id: 'e' + i, source: e.source, target: e.target, events: e.events,
          color: QUAD[e.dominant_quad_class].color, width: 1 + Math.log2(1 + e.events) * 2}})),
      ],
      style: [
        // Labels on a light ground, so that where edges cross under them they stay legible.
        {selector: 'node', style: {label: 'data(label)', 'font-size': 11, 'background-color': '#1f4e79',
          width: 'mapData(weight, 1, 40, 18, 60)', height: 'mapData(weight, 1, 40, 18, 60)',
          'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 2}},
        {selector: 'edge', style: {'line-color': 'data(color)', 'target-arrow-color': 'data(color)', width: 'data(width)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85}},
      ],
      layout: {name: 'cose', animate: false, randomize: false},
    });
    graph.on('tap', 'edge', async evt => {
      const d = evt.target.data();
      // The API filters by code prefix; a node is a group of exact codes (SYR is not SYROPP), so keep those.
      const found = await api('events', {source: d.source, target: d.target, cameo, from, to, limit: 1000});
      const items = found.items.filter(v => nodes.get(d.source).codes.includes(v.event.source)
        && nodes.get(d.target).codes.includes(v.event.target));
      detail.replaceChildren(el('h2', {}, `${named(d.source)} → ${named(d.target)}: ${items.length} events`),
        table(EVENT_HEADERS, eventRows(items)));
    });
  }, 0);
  return [
    el('h1', {}, 'Event network'),
    el('form', {class: 'filters', onsubmit: e => { e.preventDefault(); go(fromInput.value, toInput.value); }},
      el('label', {}, 'from', fromInput), el('label', {}, 'to', toInput),
      el('label', {title: 'code prefix of either side'}, 'actor', actorInput),
      el('label', {title: 'CAMEO code or root prefix'}, 'CAMEO', cameoInput), el('button', {type: 'submit'}, 'Show'),
      n.first ? [dateSlider('network-from', 'from', n.first, n.last, from || n.first, day => go(day, to)),
        dateSlider('network-to', 'to', n.first, n.last, to || n.last, day => go(from, day))] : null),
    el('div', {class: 'legend'}, Object.values(QUAD).map(q => el('span', {}, el('span', {class: 'sw', style: 'background:' + q.color}), q.name)),
      el('span', {class: 'muted'}, 'A government, its opposition, its armed forces and its media are nodes of their own.')),
    container,
    el('h2', {}, `Interactions (${n.edges.length})`),
    table(['source', 'target', {label: 'events', num: true}, 'mostly', {label: 'mean Goldstein', num: true}], n.edges.map(e => el('tr', {class: 'edge', dataset: {source: e.source, target: e.target}},
      el('td', {}, actorLink(e.source, (nodes.get(e.source) || {}).name)),
      el('td', {}, actorLink(e.target, (nodes.get(e.target) || {}).name)),
      el('td', {class: 'num'}, e.events), el('td', {}, QUAD[e.dominant_quad_class].name), el('td', {class: 'num'}, e.mean_goldstein.toFixed(1)))), 'edges'),
    el('div', {class: 'toolbar'}, download('events', {from, to}, 'the events in this range')),
    detail,
  ];
}

/** Claimed figures: one chart per kind, one line per claimant, bounds drawn and written as bounds. */
async function figures(params) {
  const what = params.get('what') || '';
  const page = await api('figures', {what, limit: 1000});
  const kinds = new Map();
  page.items.forEach(f => {
    const kind = f.figure.figure.what;
    if (!kinds.has(kind)) kinds.set(kind, []);
    kinds.get(kind).push(f);
  });
  // The same time axis under every chart, so one month is at one place down the page.
  const range = dateRange(page.items.map(f => f.date));
  const sections = [...kinds.entries()].map(([kind, items]) => {
    const canvas = el('canvas', {'aria-label': `claimed figures of ${kind} over time`});
    setTimeout(() => figureChart(canvas, kind, items, range), 0);
    return el('section', {class: 'figure-chart', dataset: {what: kind}}, el('h2', {}, kind),
      el('div', {class: 'chart-box'}, canvas));
  });
  const whatInput = el('input', {type: 'text', value: what, placeholder: 'e.g. killed'});
  const fig = f => f.figure.figure;
  return [
    el('h1', {}, 'Claimed figures'),
    el('form', {class: 'filters', onsubmit: e => { e.preventDefault(); location.hash = '#/figures?what=' + encodeURIComponent(whatInput.value); }},
      el('label', {}, 'kind', whatInput), el('button', {type: 'submit'}, 'Show')),
    el('p', {class: 'muted'}, 'One chart per kind of figure and one line per claimant, so conflicting counts stand side by side. ',
      Object.entries({exact: 'exact count', about: 'about', up_to: 'up to (an upper bound)', at_least: 'at least / more than (a lower bound)'})
        .map(([b, words]) => el('span', {class: 'bound-key'}, BOUND[b].mark, ' ', words)),
      ' A dashed line joins a bound.'),
    sections.length ? el('div', {id: 'figure-charts'}, sections) : el('p', {class: 'muted'}, 'No figure stored.'),
    el('h2', {}, 'Every figure'),
    table(['as of', 'claimant', {label: 'count', num: true}, 'what', 'conflict', 'evidence'], page.items.map(f => el('tr', {class: 'figure', dataset: {bound: fig(f).bound}},
      el('td', {}, f.date || '–'),
      el('td', {}, fig(f).claimant ? actorLink(fig(f).claimant, f.claimant_label || fig(f).claimant_name) : 'unattributed'),
      el('td', {class: 'num'}, countText(fig(f))),
      el('td', {}, fig(f).what), el('td', {}, f.figure.conflict || '–'),
      el('td', {}, articleLink(f.figure.article_id, fig(f).evidence)))), 'figures'),
    el('div', {class: 'toolbar'}, download('figures', {what}, 'these figures')),
  ];
}

async function council(params) {
  const policies = await api('policies');
  const policy = params.get('policy') || (policies.find(p => p.policy === 'un_condemnation') || policies[0] || {}).policy || '';
  const target = params.get('target') || 'SYR';
  const date = params.get('date') || new Date().toISOString().substring(0, 10);
  const policySelect = el('select', {name: 'policy'}, policies.map(p => el('option', {value: p.policy, selected: p.policy === policy}, p.label)));
  const targetInput = el('input', {type: 'text', name: 'target', value: target, size: 5});
  const dateInput = el('input', {type: 'date', name: 'date', value: date});
  const form = el('form', {class: 'filters', onsubmit: e => {
    e.preventDefault();
    location.hash = `#/council?policy=${encodeURIComponent(policySelect.value)}&target=${encodeURIComponent(targetInput.value)}&date=${dateInput.value}`;
  }}, el('label', {}, 'policy', policySelect), el('label', {}, 'target', targetInput), el('label', {}, 'vote on', dateInput),
  el('button', {type: 'submit'}, 'Count'));
  if (!policy) return [el('h1', {}, 'Council board'), form, el('p', {class: 'muted'}, 'No stance stored yet.')];
  const b = await api('council/projection', {policy, target, date});
  // Earlier drafts are those voted before the day of the projected vote, never a draft voted that day.
  const dayBefore = isoDay(dateMs(b.date) - DAY_MS);
  const drafts = b.agenda ? await api('council/drafts', {topic: b.agenda, to: dayBefore, limit: 5}) : {items: []};
  const label = (policies.find(p => p.policy === b.policy) || {}).label || b.policy;
  const cards = b.projections.map(p => el('div', {class: 'member ' + (p.vote || 'uncommitted'), dataset: {iso: p.iso3, vote: p.vote || 'none'}},
    el('span', {class: 'seat'}, p.permanent ? 'permanent' : 'elected'),
    el('div', {class: 'iso'}, p.iso3), el('div', {class: 'muted'}, p.name),
    el('div', {}, p.vote ? pill(p.vote) : el('span', {class: 'pill'}, 'not committed'), ' ', (p.basis || '').replace(b.policy, label)),
    p.evidence ? el('div', {class: 'muted'}, '“' + p.evidence + '”', p.date ? ' (' + p.date + ')' : '') : null,
    p.undecided ? el('div', {}, pill('undecided'), ' “' + p.undecided + '”') : null));
  return [
    el('h1', {}, 'Council board'),
    form,
    el('p', {}, `${label} (${b.policy}) on ${b.target}, vote on ${b.date}: ${b.needed} of ${b.members} affirmative votes needed; a permanent member's no is a veto, an abstention is not.`),
    el('div', {class: 'outcome', id: 'outcome-back'}, el('strong', {}, 'If every uncommitted member backs it: '), b.outcome_if_back),
    el('div', {class: 'outcome', id: 'outcome-not'}, el('strong', {}, 'If none does: '), b.outcome_if_not),
    el('p', {id: 'must-change'}, 'Must change for it to pass: ', b.must_change.length ? b.must_change.join(', ') : 'nobody',
      ' · not committed: ', b.uncommitted.join(', ') || 'none'),
    el('div', {class: 'board'}, cards),
    el('h2', {}, `Earlier drafts on ${b.agenda || b.target}, before ${b.date}`),
    table(['date', 'symbol', 'tally', 'outcome', 'vetoed by'], drafts.items.map(d => el('tr', {class: 'draft', dataset: {date: d.draft.date}},
      el('td', {}, d.draft.date), el('td', {}, d.draft.symbol), el('td', {}, d.tally), el('td', {}, d.draft.outcome),
      el('td', {}, d.draft.vetoed_by.join(', ') || '–'))), 'drafts', `no failed draft on ${b.agenda || b.target} before ${b.date}`),
    b.agenda ? el('div', {class: 'toolbar'}, download('council/drafts', {topic: b.agenda, to: dayBefore}, 'every earlier draft')) : null,
  ];
}

/**
 * The clean text with every extracted item marked in place; hovering an item in the lists marks its span, and
 * the event named in the address ({@code ?event=SEQ}, as event lists link) is marked strongly and scrolled to.
 */
async function article(id, params) {
  const [v, policies] = await Promise.all([api('articles/' + encodeURIComponent(id)), api('policies')]);
  const policyWords = new Map(policies.map(p => [p.policy, p.label]));
  const body = v.article.body;
  const items = [];
  // One id per record, in list order; a record without a span in the text has none.
  const add = (kind, span, label) => {
    if (!span || span.end <= span.start) return null;
    items.push({kind, span, label, id: kind + items.length});
    return items[items.length - 1].id;
  };
  const ids = {
    ev: v.events.map(e => add('ev', e.event.span, `event ${e.event.cameo} ${e.label || ''}: ${e.event.source} → ${e.event.target}`)),
    st: v.stances.map(s => add('st', s.span, `stance: ${s.holder} ${s.polarity} ${policyWords.get(s.policy) || s.policy}`)),
    qu: v.quotes.map(q => add('qu', q.span, `quote by ${q.speaker || 'unknown'}`)),
    fg: v.figures.map(f => add('fg', f.span, `figure: ${countText(f)} ${f.what}, claimed by ${f.claimant_name || f.claimant || 'nobody named'}`)),
  };
  const chosenEvent = v.events.findIndex(e => String(e.seq) === params.get('event'));
  const chosen = chosenEvent >= 0 ? ids.ev[chosenEvent] : null;
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
      const marks = [...new Set(covering.map(c => c.kind))].concat(covering.some(c => c.id === chosen) ? ['chosen'] : []);
      parts.push(covering.length ? el('span', {class: 'hl ' + marks.join(' '),
        dataset: {items: covering.map(c => c.id).join(' ')}, title: covering.map(c => c.label).join('\n')}, text) : text);
    }
    return el('p', {}, parts);
  });
  const focus = (itemId, on) => document.querySelectorAll('.hl').forEach(n => {
    if (n.dataset.items.split(' ').includes(itemId)) n.classList.toggle('focus', on);
  });
  const list = (kind, title, rows) => el('section', {}, el('h2', {}, `${title} (${rows.length})`),
    el('ul', {class: 'side-list ' + kind}, rows.map(([label, extra], i) => {
      const itemId = ids[kind][i];
      return el('li', {class: itemId && itemId === chosen ? 'chosen' : null,
        onmouseenter: () => itemId && focus(itemId, true), onmouseleave: () => itemId && focus(itemId, false)}, label, extra || '');
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
      list('st', 'Stances', v.stances.map(s => [`${s.holder_name || s.holder} `,
        [pill(s.polarity), ' ', policyTitle({policy: s.policy, target: s.target, label: policyWords.get(s.policy)})]])),
      list('qu', 'Quotes', v.quotes.map(q => [`${q.speaker || 'unknown'}: `, '“' + q.text + '”'])),
      list('fg', 'Figures', v.figures.map(f => [`${countText(f)} ${f.what}`, ` — ${f.claimant_name || f.claimant || 'unattributed'}`]))),
  ];
}

// ---- routing ----

const ROUTES = [
  {pattern: /^#?\/?$/, nav: 'overview', view: () => overview()},
  {pattern: /^#\/articles$/, nav: 'articles', view: (m, p) => articles(p)},
  {pattern: /^#\/article\/(.+)$/, nav: 'articles', view: (m, p) => article(decodeURIComponent(m[1]), p)},
  {pattern: /^#\/actors$/, nav: 'actors', view: (m, p) => actors(p)},
  {pattern: /^#\/actor\/(.+)$/, nav: 'actors', view: m => actor(decodeURIComponent(m[1]))},
  {pattern: /^#\/events$/, nav: 'events', view: (m, p) => events(p)},
  {pattern: /^#\/matrix$/, nav: 'matrix', view: (m, p) => matrix(p)},
  {pattern: /^#\/network$/, nav: 'network', view: (m, p) => network(p)},
  {pattern: /^#\/figures$/, nav: 'figures', view: (m, p) => figures(p)},
  {pattern: /^#\/council$/, nav: 'council', view: (m, p) => council(p)},
];

async function render() {
  destroyCharts();
  if (graph) { graph.destroy(); graph = null; }
  const [path, query] = (location.hash || '#/').split('?');
  const params = new URLSearchParams(query || '');
  const route = ROUTES.find(r => r.pattern.test(path));
  document.body.removeAttribute('data-ready');
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', route && a.dataset.nav === route.nav));
  try {
    if (!route) throw new Error('no page ' + path);
    const content = await route.view(path.match(route.pattern), params);
    // A view returns nodes, lists of nodes and nothing where a part does not apply.
    main.replaceChildren(...content.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
    document.body.dataset.page = route.nav;
  } catch (e) {
    main.replaceChildren(el('h1', {}, 'Not available'), el('p', {class: 'error', id: 'error'}, e.message));
    document.body.dataset.page = 'error';
  }
  // Charts and the graph draw in a task after the content is placed; readiness follows them.
  setTimeout(() => {
    const chosen = document.querySelector('#article-body .hl.chosen');
    if (chosen) chosen.scrollIntoView({block: 'center'});
    document.body.dataset.ready = 'true';
  }, 50);
}

window.addEventListener('hashchange', render);
render();
