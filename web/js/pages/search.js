/** Search with snippets and facets; "save as topic". */
import { t, eventLabel } from '../i18n.js';
import { api, h, route, docHref, highlighted, fmtDate, formValues, field, pager, select } from '../util.js';
import { EVENT_TYPES } from '../i18n.js';
import { saveTopic } from './topics.js';

export async function render({ params }) {
  const form = h(
    'form',
    { class: 'filters', id: 'search-form', onsubmit: (ev) => { ev.preventDefault(); window.location.hash = route('/search', formValues(ev.target)); } },
    h('label', {}, t('filter.query'), h('input', { type: 'search', name: 'q', id: 'q', value: params.q ?? '', placeholder: t('search.placeholder'), autofocus: true })),
    field('from', t('filter.from'), params.from, { type: 'date' }),
    field('to', t('filter.to'), params.to, { type: 'date' }),
    field('source', t('filter.source'), params.source),
    params.entity ? field('entity', t('filter.entity'), params.entity) : null,
    select('type', t('filter.type'), params.type, [['', t('filter.all')], ...EVENT_TYPES.map((x) => [x, eventLabel(x)])]),
    h('button', { type: 'submit' }, t('search.submit')),
  );
  const wrap = h('section', { id: 'search-page' }, h('h1', {}, t('nav.search')), form);
  if (!params.q) {
    wrap.append(h('p', { class: 'muted' }, t('search.hint')));
    return wrap;
  }
  const offset = Number(params.offset ?? 0);
  const r = await api('/search', { q: params.q, from: params.from, to: params.to, source: params.source, entity: params.entity, type: params.type, facets: 1, limit: 20, offset });
  const status = h('p', { class: 'muted', id: 'save-status' });
  const nameInput = h('input', { name: 'topic', id: 'topic-name', value: params.q, 'aria-label': t('topics.name') });
  const save = h(
    'form',
    { class: 'filters', id: 'save-topic', onsubmit: (ev) => { ev.preventDefault(); const name = nameInput.value.trim() || params.q; saveTopic({ name, query: params.q, from: params.from, to: params.to }); status.textContent = t('search.saved', { name }); } },
    nameInput,
    h('button', { type: 'submit', class: 'secondary' }, t('search.save')),
  );
  const hits = r.hits.length
    ? r.hits.map((hit) =>
        h(
          'article',
          { class: 'hit' },
          h('a', { class: 'hit-title', href: docHref(hit.id) }, hit.title || hit.id),
          h('div', { class: 'meta' }, [fmtDate(hit.date), hit.source].filter(Boolean).join(' · ')),
          h('p', { class: 'snippet' }, highlighted(hit.snippet, hit.highlights)),
        ),
      )
    : [h('p', {}, t('search.none'))];
  const facet = (titleKey, items, toParams, label) =>
    items.length
      ? [h('h3', {}, t(titleKey)), h('ul', {}, items.map((f) => h('li', {}, h('a', { href: route('/search', { ...params, offset: undefined, ...toParams(f) }) }, label(f)), h('span', { class: 'count' }, f.count))))]
      : [];
  const facets = h(
    'aside',
    { class: 'facets', id: 'facets' },
    facet('facet.sources', r.facets.sources, (f) => ({ source: f.value }), (f) => f.value),
    facet('facet.eventTypes', r.facets.eventTypes, (f) => ({ type: f.value }), (f) => eventLabel(f.value)),
    facet('facet.entities', r.facets.entities, (f) => ({ entity: f.key }), (f) => f.name),
    facet('facet.months', r.facets.months, (f) => ({ from: f.value + '-01', to: monthEnd(f.value) }), (f) => f.value),
  );
  const go = (o) => (window.location.hash = route('/search', { ...params, offset: o }));
  wrap.append(
    h('p', { id: 'total' }, t('search.total', { n: r.total })),
    save,
    status,
    h('div', { class: 'layout' }, facets, h('div', { id: 'hits' }, hits, pager({ total: r.total, limit: 20, offset }, go))),
  );
  return wrap;
}

/** The last day of a YYYY-MM month, as YYYY-MM-DD. */
function monthEnd(ym) {
  const [y, m] = ym.split('-').map(Number);
  return `${ym}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
