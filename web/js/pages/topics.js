/* global localStorage */
/** Topic dossiers from saved queries (kept in localStorage): documents, events over time, entities, quotes, network. */
import { t, eventLabel } from '../i18n.js';
import { api, h, route, docHref, entityHref, highlighted, fmtDate, quotesList, timelineChart } from '../util.js';
import { drawNetwork } from './network.js';

const KEY = 'litopys.topics';

export function loadTopics() {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) || '[]');
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

/** Saves (or replaces, by name) a topic {name, query, from?, to?}. */
export function saveTopic(topic) {
  const list = loadTopics().filter((x) => x.name !== topic.name);
  list.push({ ...topic, saved: new Date().toISOString() });
  localStorage.setItem(KEY, JSON.stringify(list));
}

function deleteTopic(name) {
  localStorage.setItem(KEY, JSON.stringify(loadTopics().filter((x) => x.name !== name)));
}

const topicHref = (name) => '#/topic/' + encodeURIComponent(name);

export async function render({ name, arg }) {
  if (name === 'topic' && arg) return topicPage(arg);
  const list = loadTopics();
  const ul = h('ul', { id: 'topic-list' });
  const fill = () =>
    ul.replaceChildren(
      ...loadTopics().map((x) =>
        h('li', {}, h('a', { href: topicHref(x.name) }, x.name), h('span', { class: 'muted' }, ` — ${x.query} `), h('button', { class: 'secondary', type: 'button', onclick: () => { deleteTopic(x.name); fill(); } }, t('topics.delete'))),
      ),
    );
  fill();
  return h('section', {}, h('h1', {}, t('topics.title')), list.length ? ul : h('p', { class: 'muted' }, t('topics.none')));
}

let pending = null;

async function topicPage(topicName) {
  const topic = loadTopics().find((x) => x.name === topicName) ?? { name: topicName, query: topicName };
  const base = { q: topic.query, from: topic.from, to: topic.to };
  const [found, tl, quotes, net] = await Promise.all([
    api('/search', { ...base, facets: 1, limit: 10 }),
    api('/timeline', { ...base, granularity: 'month' }),
    api('/quotes', { ...base, limit: 10 }),
    api('/network', { ...base, limit: 60 }),
  ]);
  const canvas = h('canvas', { id: 'topic-chart' });
  const graph = h('div', { id: 'graph', style: 'height: 420px' });
  pending = { canvas, points: tl.points, graph, net };
  return h(
    'section',
    { id: 'topic-page' },
    h('h1', {}, topic.name),
    h('p', { class: 'muted' }, `${t('topic.query')}: `, h('a', { href: route('/search', base) }, topic.query), ` · ${t('search.total', { n: found.total })}`),
    h('h2', {}, t('topic.timeline')),
    tl.points.length ? h('div', { class: 'chart-box' }, canvas) : h('p', { class: 'muted' }, t('timeline.none')),
    h('h2', {}, t('topic.entities')),
    h('p', {}, found.facets.entities.map((e, i) => [i ? ' · ' : '', h('a', { href: entityHref(e.key) }, e.name), h('span', { class: 'count muted' }, ` ${e.count}`)])),
    found.facets.eventTypes.length ? h('p', {}, found.facets.eventTypes.map((e) => h('span', { class: 'badge' }, `${eventLabel(e.value)} ${e.count}`)).flatMap((x) => [x, ' '])) : null,
    h('h2', {}, t('topic.docs')),
    found.hits.map((hit) => h('article', { class: 'hit' }, h('a', { class: 'hit-title', href: docHref(hit.id) }, hit.title || hit.id), h('div', { class: 'meta' }, [fmtDate(hit.date), hit.source].filter(Boolean).join(' · ')), h('p', { class: 'snippet' }, highlighted(hit.snippet, hit.highlights)))),
    h('p', {}, h('a', { href: route('/search', base) }, t('topic.search'))),
    quotes.items.length ? [h('h2', {}, t('topic.quotes')), quotesList(quotes.items)] : null,
    net.edges.length ? [h('h2', {}, t('topic.network')), graph] : null,
  );
}

export function mounted() {
  if (!pending) return;
  const p = pending;
  pending = null;
  if (p.points.length && p.canvas.isConnected) timelineChart(p.canvas, p.points);
  if (p.net.edges.length && p.graph.isConnected) drawNetwork(p.graph, p.net);
}
