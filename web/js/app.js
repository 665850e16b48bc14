/* global URLSearchParams */
/** The web UI: a hash router over the pages, the navigation and the language switch. */
import { LANGS, getLang, setLang, t } from './i18n.js';
import { h, errorBox } from './util.js';
import * as search from './pages/search.js';
import * as events from './pages/events.js';
import * as timeline from './pages/timeline.js';
import * as network from './pages/network.js';
import * as documentPage from './pages/document.js';
import * as entity from './pages/entity.js';
import * as entities from './pages/entities.js';
import * as topics from './pages/topics.js';

const NAV = [
  ['/search', 'nav.search'],
  ['/events', 'nav.events'],
  ['/timeline', 'nav.timeline'],
  ['/network', 'nav.network'],
  ['/entities', 'nav.entities'],
  ['/topics', 'nav.topics'],
];

/** [pattern, page]: the first path segment picks the page; the rest is its argument. */
const PAGES = {
  search: search,
  events: events,
  timeline: timeline,
  network: network,
  doc: documentPage,
  entity: entity,
  entities: entities,
  topics: topics,
  topic: topics,
};

function parseHash() {
  const raw = window.location.hash.replace(/^#/, '') || '/search';
  const [path, qs] = raw.split('?');
  const parts = path.split('/').filter(Boolean);
  return { name: parts[0] || 'search', arg: parts.length > 1 ? decodeURIComponent(parts.slice(1).join('/')) : null, params: Object.fromEntries(new URLSearchParams(qs || '')) };
}

function renderChrome(current) {
  const nav = document.getElementById('nav');
  nav.replaceChildren(...NAV.map(([p, k]) => h('a', { href: '#' + p, class: '/' + current === p ? 'active' : null }, t(k))));
  const ls = document.getElementById('lang-switch');
  ls.replaceChildren(
    ...LANGS.map((l) =>
      h('button', { type: 'button', 'data-lang': l, 'aria-pressed': l === getLang() ? 'true' : 'false', onclick: () => { setLang(l); render(); } }, l.toUpperCase()),
    ),
  );
}

let seq = 0;
async function render() {
  const my = ++seq;
  const { name, arg, params } = parseHash();
  renderChrome(name === 'doc' || name === 'entity' || name === 'topic' ? '' : name);
  const main = document.getElementById('main');
  const page = PAGES[name] ?? search;
  main.replaceChildren(h('p', { class: 'muted' }, t('loading')));
  try {
    const view = await page.render({ name, arg, params });
    if (my !== seq) return; // a newer navigation won
    main.replaceChildren(view);
    await page.mounted?.(view);
  } catch (e) {
    if (my !== seq) return;
    main.replaceChildren(errorBox(e));
  }
  document.body.dataset.ready = String(my);
}

document.documentElement.lang = getLang();
window.addEventListener('hashchange', render);
window.addEventListener('DOMContentLoaded', render);
if (document.readyState !== 'loading') render();
