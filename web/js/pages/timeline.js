/** Events per day (month, year) per event type, as a stacked bar chart. */
import { t } from '../i18n.js';
import { api, h, select, timelineChart } from '../util.js';
import { filterForm } from './events.js';

let pending = null;

export async function render({ params }) {
  const granularity = params.granularity || 'day';
  const r = await api('/timeline', { from: params.from, to: params.to, type: params.type, entity: params.entity, source: params.source, q: params.q, granularity });
  const canvas = h('canvas', { id: 'timeline-chart' });
  pending = { canvas, points: r.points };
  const form = filterForm('/timeline', params, [select('granularity', t('filter.granularity'), granularity, ['day', 'month', 'year'].map((g) => [g, t('gran.' + g)]))]);
  return h(
    'section',
    { id: 'timeline-page' },
    h('h1', {}, t('timeline.title')),
    form,
    r.points.length ? h('div', { class: 'chart-box' }, canvas) : h('p', {}, t('timeline.none')),
  );
}

export function mounted() {
  if (pending?.points.length) timelineChart(pending.canvas, pending.points);
  pending = null;
}
