/** The entities across the store (by key), filterable by name and type, each linking to its dossier. */
import { t } from '../i18n.js';
import { api, h, route, entityHref, formValues, field, select, pager } from '../util.js';

const TYPES = ['PERS', 'ORG', 'LOC', 'MISC', 'JOB', 'DOC', 'ART', 'DATE', 'TIME', 'PERIOD', 'MON', 'PCT', 'QUANT'];
const LIMIT = 50;

export async function render({ params }) {
  const offset = Number(params.offset ?? 0);
  const page = await api('/entities', { name: params.name, type: params.type, q: params.q, from: params.from, to: params.to, limit: LIMIT, offset });
  const form = h(
    'form',
    { class: 'filters', id: 'entity-filters', onsubmit: (ev) => { ev.preventDefault(); window.location.hash = route('/entities', formValues(ev.target)); } },
    field('name', t('col.name'), params.name, { type: 'search' }),
    select('type', t('col.type'), params.type, [['', t('filter.all')], ...TYPES.map((x) => [x, x])]),
    field('q', t('filter.query'), params.q, { type: 'search' }),
    field('from', t('filter.from'), params.from, { type: 'date' }),
    field('to', t('filter.to'), params.to, { type: 'date' }),
    h('button', { type: 'submit' }, t('filter.apply')),
    h('a', { href: '#/entities' }, t('filter.clear')),
  );
  return h(
    'section',
    { id: 'entities-page' },
    h('h1', {}, t('nav.entities')),
    form,
    page.items.length
      ? h(
          'table',
          { id: 'entities-table' },
          h('thead', {}, h('tr', {}, ['col.name', 'col.type', 'entity.documents', 'entity.mentions', 'entity.events', 'entity.coding'].map((k) => h('th', {}, t(k))))),
          h(
            'tbody',
            {},
            page.items.map((e) =>
              h('tr', {}, h('td', {}, h('a', { href: entityHref(e.key) }, e.name)), h('td', {}, h('span', { class: 'badge' }, e.type)), h('td', {}, e.documents), h('td', {}, e.mentions), h('td', {}, e.events), h('td', {}, [e.country, e.sector].filter(Boolean).join(' · '))),
            ),
          ),
        )
      : h('p', {}, t('search.none')),
    pager(page, (o) => (window.location.hash = route('/entities', { ...params, offset: o }))),
  );
}
