/** An entity dossier: coding and names, events per month, events, quotes, co-actors over time, documents. */
import { t } from '../i18n.js';
import { api, h, route, entityHref, docHref, eventsTable, quotesList, fmtDate, timelineChart } from '../util.js';

let pending = null;

function spark(periods, all) {
  const max = Math.max(1, ...periods.map((p) => p.count));
  const by = new Map(periods.map((p) => [p.period, p.count]));
  return h('span', { class: 'spark', title: periods.map((p) => `${p.period}: ${p.count}`).join('\n') }, all.map((p) => h('i', { style: `height: ${Math.max(1, Math.round((18 * (by.get(p) ?? 0)) / max))}px; opacity: ${by.get(p) ? 1 : 0.15}` })));
}

export async function render({ arg }) {
  const d = await api('/entities/' + encodeURIComponent(arg));
  const canvas = h('canvas', { id: 'entity-chart' });
  pending = { canvas, points: d.timeline };
  const allPeriods = [...new Set(d.coActors.flatMap((c) => c.periods.map((p) => p.period)))].sort();
  const coding = [d.country, d.sector, d.role, d.kbId].filter(Boolean).join(' · ');
  return h(
    'section',
    { id: 'entity-page' },
    h('h1', { id: 'entity-name' }, d.name, ' ', h('span', { class: 'badge' }, d.type)),
    coding ? h('p', {}, h('span', { class: 'muted' }, t('entity.coding') + ': '), coding) : null,
    d.names.length > 1 ? h('p', {}, h('span', { class: 'muted' }, t('entity.names') + ': '), d.names.slice(1).join(', ')) : null,
    h(
      'div',
      { class: 'cards' },
      h('div', { class: 'card' }, h('b', {}, d.documents), t('entity.documents')),
      h('div', { class: 'card' }, h('b', {}, d.mentions), t('entity.mentions')),
      h('div', { class: 'card' }, h('b', {}, d.events), t('entity.events')),
      h('div', { class: 'card' }, h('b', {}, `${fmtDate(d.firstDate)} – ${fmtDate(d.lastDate)}`), t('entity.period')),
    ),
    d.timeline.length ? [h('h2', {}, t('entity.timeline')), h('div', { class: 'chart-box' }, canvas)] : null,
    h('h2', {}, t('entity.events.title'), ' ', h('a', { class: 'muted', href: route('/events', { entity: d.key }) }, t('entity.all'))),
    d.recentEvents.items.length ? eventsTable(d.recentEvents.items) : h('p', { class: 'muted' }, t('events.none')),
    d.quotes.items.length ? [h('h2', {}, t('entity.quotes')), quotesList(d.quotes.items)] : null,
    d.coActors.length
      ? [
          h('h2', {}, t('entity.coactors')),
          h(
            'table',
            { id: 'coactors' },
            h('thead', {}, h('tr', {}, h('th', {}, t('col.name')), h('th', {}, t('col.count')), h('th', {}, t('col.periods')))),
            h('tbody', {}, d.coActors.map((c) => h('tr', {}, h('td', {}, h('a', { href: entityHref(c.key) }, c.name), ' ', h('span', { class: 'badge' }, c.type)), h('td', {}, c.count), h('td', {}, spark(c.periods, allPeriods), ' ', h('span', { class: 'muted' }, c.periods.map((p) => p.period).join(', ')))))),
          ),
        ]
      : null,
    h('h2', {}, t('entity.docs')),
    h('ul', { id: 'entity-docs' }, d.documentsList.map((x) => h('li', {}, h('a', { href: docHref(x.id) }, x.title || x.id), h('span', { class: 'muted' }, ` ${fmtDate(x.date)}${x.source ? ' · ' + x.source : ''}`)))),
  );
}

export function mounted() {
  if (pending?.points.length) timelineChart(pending.canvas, pending.points);
  pending = null;
}
