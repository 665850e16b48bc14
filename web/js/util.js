/* global URLSearchParams, Node */
/** DOM building (no innerHTML with data), API calls, hash-route parameters, shared renderers. */
import { t, eventLabel, getLang, EVENT_TYPES } from './i18n.js';

/** h('a', {href: '#'}, 'text', child…) — attributes starting with "on" become listeners. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'error');
    this.problem = problem;
  }
}

/** GET an API path with parameters (empty values dropped); throws ApiError with the problem details. */
export async function api(path, params = {}) {
  const qs = query(params);
  const r = await fetch(path + (qs ? '?' + qs : ''), { headers: { accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) throw new ApiError(body);
  return body;
}

export function query(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  return p.toString();
}

export function route(path, params = {}) {
  const qs = query(params);
  return '#' + path + (qs ? '?' + qs : '');
}

export const entityHref = (key) => '#/entity/' + encodeURIComponent(key);
export const docHref = (id) => '#/doc/' + encodeURIComponent(id);

/** Text with [start, end) ranges wrapped in <mark>. */
export function highlighted(text, ranges) {
  const out = [];
  let pos = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (s < pos) continue;
    out.push(text.slice(pos, s), h('mark', {}, text.slice(s, e)));
    pos = e;
  }
  out.push(text.slice(pos));
  return out;
}

export function errorBox(e) {
  return h('p', { class: 'error', role: 'alert' }, t('error', { msg: e.message }));
}

export function actorLinks(list) {
  if (!list?.length) return '—';
  return list.map((a, i) => [i ? ', ' : '', a.key ? h('a', { href: entityHref(a.key), class: 'actor' }, a.name) : a.name]);
}

export function fmtDate(d) {
  return d ? d : t('undated');
}

/** A table of events with links to their actors and documents. */
export function eventsTable(items) {
  return h(
    'table',
    { class: 'events' },
    h('thead', {}, h('tr', {}, ['col.date', 'col.type', 'col.source', 'col.trigger', 'col.target', 'col.place', 'col.doc'].map((k) => h('th', {}, t(k))))),
    h(
      'tbody',
      {},
      items.map((e) =>
        h(
          'tr',
          {},
          h('td', {}, fmtDate(e.date?.start ?? e.docDate)),
          h('td', {}, h('span', { class: 'badge', title: e.mode ?? '' }, eventLabel(e.type)), e.negated ? [' ', h('span', { class: 'badge' }, t('negated'))] : null),
          h('td', {}, actorLinks(e.sources)),
          h('td', { title: e.sentenceText }, e.trigger.text, e.modality !== 'occurred' ? h('span', { class: 'muted' }, ` (${e.modality})`) : null),
          h('td', {}, actorLinks(e.targets)),
          h('td', {}, e.location ? actorLinks([e.location]) : ''),
          h('td', {}, h('a', { href: docHref(e.doc) }, e.docTitle || e.doc)),
        ),
      ),
    ),
  );
}

export function quotesList(items) {
  return items.map((q) =>
    h(
      'blockquote',
      { class: 'q' },
      q.direct ? `«${q.text}»` : q.text,
      h('div', { class: 'muted' }, '— ', q.speaker ? h('a', { href: entityHref(q.speaker.key) }, q.speaker.name) : t('unknown'), ', ', h('a', { href: docHref(q.doc) }, q.docTitle || q.doc), ` (${fmtDate(q.docDate)})`),
    ),
  );
}

export function pager(page, go) {
  const { total, limit, offset } = page;
  if (total <= limit && offset === 0) return null;
  return h(
    'div',
    { class: 'pager' },
    h('button', { class: 'secondary', disabled: offset <= 0, onclick: () => go(Math.max(0, offset - limit)) }, t('page.prev')),
    h('span', { class: 'muted' }, t('page.of', { a: total ? offset + 1 : 0, b: Math.min(offset + limit, total), n: total })),
    h('button', { class: 'secondary', disabled: offset + limit >= total, onclick: () => go(offset + limit) }, t('page.next')),
  );
}

/** One distinct colour per PLOVER event type (16), a hashed one for anything else. */
const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#17becf', '#bcbd22', '#8c564b', '#d62728', '#1f77b4', '#9467bd', '#7f7f7f'];
export function typeColor(type) {
  const i = EVENT_TYPES.indexOf(type);
  if (i >= 0) return PALETTE[i % PALETTE.length];
  let x = 0;
  for (const c of type) x = (x * 31 + c.charCodeAt(0)) >>> 0;
  return PALETTE[x % PALETTE.length];
}

/** A stacked bar chart of timeline points ({period, type, count}) into `canvas`; returns the Chart. */
export function timelineChart(canvas, points) {
  const periods = [...new Set(points.map((p) => p.period))].sort();
  const types = [...new Set(points.map((p) => p.type))].sort();
  const idx = new Map(periods.map((p, i) => [p, i]));
  const datasets = types.map((type) => {
    const data = new Array(periods.length).fill(0);
    for (const p of points) if (p.type === type) data[idx.get(p.period)] += p.count;
    return { label: eventLabel(type), data, backgroundColor: typeColor(type), stack: 'events', maxBarThickness: 48 };
  });
  return new window.Chart(canvas, {
    type: 'bar',
    data: { labels: periods, datasets },
    options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }, locale: getLang() },
  });
}

/** Reads a form's named fields into an object (empty ones left out). */
export function formValues(form) {
  const out = {};
  for (const el of form.elements) if (el.name && el.value !== '') out[el.name] = el.value;
  return out;
}

export function field(name, label, value, attrs = {}) {
  return h('label', {}, label, h('input', { name, value: value ?? '', ...attrs }));
}

export function select(name, label, value, options) {
  return h('label', {}, label, h('select', { name }, options.map(([v, text]) => h('option', { value: v, selected: v === (value ?? '') }, text))));
}
