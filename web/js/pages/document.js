/** A document with its annotations: entity mentions (linked to their dossiers), event triggers, quotes and dates. */
import { t, eventLabel } from '../i18n.js';
import { api, h, entityHref, actorLinks, fmtDate, quotesList } from '../util.js';

/** The text as nodes, each stretch wrapped in the annotations covering it. */
export function annotatedText(text, ann) {
  const spans = [];
  for (const e of ann.entities) for (const m of e.mentions) spans.push({ start: m.start, end: m.end, kind: 'mention', entity: e });
  for (const v of ann.events) spans.push({ start: v.trigger.start, end: v.trigger.end, kind: 'trigger', event: v });
  for (const q of ann.quotes) spans.push({ start: q.start, end: q.end, kind: 'quote', quote: q });
  for (const x of ann.times) spans.push({ start: x.start, end: x.end, kind: 'time', time: x });
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    const cover = valid.filter((s) => s.start <= a && s.end >= b);
    let node = document.createTextNode(text.slice(a, b));
    const time = cover.find((s) => s.kind === 'time');
    if (time) node = h('span', { class: 'time', title: time.time.value ? `${time.time.value.start} … ${time.time.value.end}` : '' }, node);
    const trig = cover.find((s) => s.kind === 'trigger');
    if (trig) {
      const v = trig.event;
      node = h('span', { class: 'trigger', 'data-event': v.id, title: `${eventLabel(v.type)}: ${v.sources.map((x) => x.name).join(', ') || '?'} → ${v.targets.map((x) => x.name).join(', ') || '?'}` }, node);
    }
    const men = cover.find((s) => s.kind === 'mention');
    if (men) node = h('a', { class: 'mention', href: entityHref(men.entity.key), 'data-key': men.entity.key, 'data-type': men.entity.type, title: `${men.entity.name} (${men.entity.type})` }, node);
    if (cover.some((s) => s.kind === 'quote')) node = h('span', { class: 'quote' }, node);
    out.push(node);
  }
  return out;
}

export async function render({ arg }) {
  const d = await api('/documents/' + encodeURIComponent(arg));
  const doc = d.document;
  const hasAnn = d.entities.length || d.events.length || d.quotes.length || d.times.length;
  const side = h(
    'aside',
    { id: 'doc-side' },
    h('h2', {}, t('doc.entities')),
    d.entities.length
      ? h('ul', { id: 'doc-entities' }, d.entities.map((e) => h('li', {}, h('a', { href: entityHref(e.key) }, e.name), ' ', h('span', { class: 'badge' }, e.type), h('span', { class: 'muted' }, ` ×${e.mentions.length}`))))
      : h('p', { class: 'muted' }, '—'),
    h('h2', {}, t('doc.events')),
    d.events.length
      ? h('ul', { id: 'doc-events' }, d.events.map((v) => h('li', {}, h('span', { class: 'badge' }, eventLabel(v.type)), ' ', actorLinks(v.sources), ' → ', actorLinks(v.targets), h('span', { class: 'muted' }, ` «${v.trigger.text}» ${fmtDate(v.date?.start)}`))))
      : h('p', { class: 'muted' }, '—'),
    h('h2', {}, t('doc.quotes')),
    d.quotes.length ? quotesList(d.quotes) : h('p', { class: 'muted' }, '—'),
    d.times.length ? [h('h2', {}, t('doc.dates')), h('ul', {}, d.times.map((x) => h('li', {}, `«${x.text}» → ${x.value ? (x.value.start === x.value.end ? x.value.start : x.value.start + ' … ' + x.value.end) : '?'}`)))] : null,
  );
  return h(
    'article',
    { id: 'doc-page' },
    h('h1', { id: 'doc-title' }, doc.title || untitled(doc.text)),
    h('p', { class: 'muted' }, [fmtDate(doc.date), doc.source, doc.lang, doc.id].filter(Boolean).join(' · '), /^https?:\/\//i.test(doc.url ?? '') ? [' · ', h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, t('doc.source'))] : null),
    hasAnn
      ? h('p', { class: 'legend' }, h('span', { class: 'mention-legend', style: 'border-bottom: 2px solid #7aa7d6' }, t('doc.legend.mention')), h('span', { class: 'trigger' }, t('doc.legend.trigger')), h('span', { class: 'quote' }, t('doc.legend.quote')), h('span', { class: 'time' }, t('doc.legend.time')))
      : h('p', { class: 'muted' }, t('doc.none', { stages: d.stages.join(', ') || '—' })),
    h('div', { class: 'doc-grid' }, h('div', { class: 'doc-text', id: 'doc-text' }, annotatedText(doc.text, d)), side),
  );
}

/** A heading for an article without a title: its first words. */
function untitled(text) {
  const first = text.split(/(?<=[.!?…])\s/)[0].trim();
  return first.length > 90 ? first.slice(0, 90).replace(/\s+\S*$/, '') + '…' : first;
}
