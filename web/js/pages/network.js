/** The actor network (cytoscape): who acts on whom, edges weighted by the number of events. */
import { t } from '../i18n.js';
import { api, h, field, entityHref, typeColor } from '../util.js';
import { filterForm } from './events.js';

let pending = null;

const NODE_COLORS = { PERS: '#c0504d', ORG: '#4f81bd', LOC: '#9bbb59' };

/** Draws `net` ({nodes, edges}) into `container`; clicking a node opens its dossier. */
export function drawNetwork(container, net) {
  const maxW = Math.max(1, ...net.nodes.map((n) => n.weight));
  const maxE = Math.max(1, ...net.edges.map((e) => e.weight));
  const elements = [
    ...net.nodes.map((n) => ({ data: { id: n.key, label: n.name, size: 18 + 42 * Math.sqrt(n.weight / maxW), color: NODE_COLORS[n.type] ?? '#888' } })),
    ...net.edges.map((e, i) => {
      const top = Object.entries(e.types).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
      return { data: { id: 'e' + i, source: e.source, target: e.target, width: 1 + 7 * (e.weight / maxE), label: `${top} ${e.weight}`, color: typeColor(top) } };
    }),
  ];
  const cy = window.cytoscape({
    container,
    elements,
    layout: { name: net.nodes.length > 1 ? 'cose' : 'grid', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 110 },
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': 'data(color)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#555', 'text-rotation': 'autorotate' } },
    ],
  });
  cy.on('tap', 'node', (ev) => (window.location.hash = entityHref(ev.target.id())));
  container.dataset.nodes = String(net.nodes.length);
  return cy;
}

export async function render({ params }) {
  const r = await api('/network', { from: params.from, to: params.to, type: params.type, entity: params.entity, source: params.source, q: params.q, minWeight: params.minWeight, limit: 300 });
  const graph = h('div', { id: 'graph' });
  pending = { graph, net: r };
  const form = filterForm('/network', params, [field('minWeight', t('filter.minWeight'), params.minWeight, { type: 'number', min: 1 })]);
  return h(
    'section',
    { id: 'network-page' },
    h('h1', {}, t('network.title')),
    form,
    r.edges.length ? [h('p', { class: 'muted' }, t('network.hint')), graph] : h('p', {}, t('network.none')),
  );
}

export function mounted() {
  if (pending?.net.edges.length) drawNetwork(pending.graph, pending.net);
  pending = null;
}
