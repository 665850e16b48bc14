/** The events table: filters, sorting, paging, CSV/JSON export of everything the filters select. */
import { t, eventLabel, EVENT_TYPES } from '../i18n.js';
import { api, h, route, query, eventsTable, pager, formValues, field, select } from '../util.js';

const LIMIT = 50;

export function filterForm(path, params, extra = []) {
  return h(
    'form',
    { class: 'filters', id: 'filters', onsubmit: (ev) => { ev.preventDefault(); window.location.hash = route(path, formValues(ev.target)); } },
    field('q', t('filter.query'), params.q, { type: 'search' }),
    field('from', t('filter.from'), params.from, { type: 'date' }),
    field('to', t('filter.to'), params.to, { type: 'date' }),
    select('type', t('filter.type'), params.type, [['', t('filter.all')], ...EVENT_TYPES.map((x) => [x, eventLabel(x)])]),
    field('entity', t('filter.entity'), params.entity, { placeholder: 'PERS:…' }),
    field('source', t('filter.source'), params.source),
    extra,
    h('button', { type: 'submit' }, t('filter.apply')),
    h('a', { href: '#' + path }, t('filter.clear')),
  );
}

export async function render({ params }) {
  const offset = Number(params.offset ?? 0);
  const filters = { from: params.from, to: params.to, type: params.type, entity: params.entity, source: params.source, q: params.q, sort: params.sort || '-date' };
  const page = await api('/events', { ...filters, limit: LIMIT, offset });
  const exportAll = { ...filters, limit: 10000 };
  const form = filterForm('/events', params, [select('sort', t('filter.sort'), filters.sort, ['-date', 'date', 'type'].map((s) => [s, t('sort.' + s)]))]);
  return h(
    'section',
    { id: 'events-page' },
    h('h1', {}, t('events.title')),
    form,
    h(
      'p',
      {},
      h('a', { id: 'export-csv', href: '/events?' + query({ ...exportAll, format: 'csv' }), download: 'events.csv' }, t('events.csv')),
      ' · ',
      h('a', { id: 'export-json', href: '/events?' + query(exportAll), download: 'events.json' }, t('events.json')),
      h('span', { class: 'muted' }, ` · ${page.total}`),
    ),
    page.items.length ? eventsTable(page.items) : h('p', {}, t('events.none')),
    pager(page, (o) => (window.location.hash = route('/events', { ...params, offset: o }))),
  );
}
