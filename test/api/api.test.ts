/**
 * The HTTP API against a real server (random port) over a real SQLite file built by the real ingest (fixture.ts).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { openStore, type Store } from '../../src/store/store.js';
import { tempDir } from '../store/helpers.js';
import { buildFixtureStore } from './fixture.js';

const TOKEN = 'test-secret-token';
let server: RunningServer;
let store: Store;
let cleanup: () => void;

before(async () => {
  const t = tempDir('litopys-api-');
  cleanup = t.cleanup;
  const path = await buildFixtureStore(t.dir);
  store = openStore(path, { mustExist: true });
  server = await startServer({ store, port: 0, token: TOKEN, maxBodyBytes: 64 * 1024, stages: ['segment'] });
});

after(async () => {
  await server?.close();
  store?.close();
  cleanup?.();
});

async function get(path: string): Promise<{ status: number; type: string; body: any; text: string; headers: Headers }> {
  const r = await fetch(server.url + path);
  const text = await r.text();
  const type = r.headers.get('content-type') ?? '';
  return { status: r.status, type, text, body: type.includes('json') ? JSON.parse(text) : null, headers: r.headers };
}

const q = (s: string): string => encodeURIComponent(s);

test('binds to 127.0.0.1 by default and answers on a random port', () => {
  assert.equal(server.host, '127.0.0.1');
  assert.ok(server.port > 0);
});

test('GET /search: morphological full text with highlighted snippets, filters and facets', async () => {
  const r = await get(`/search?q=${q('радари')}&facets=1`);
  assert.equal(r.status, 200);
  const ids = r.body.hits.map((h: { id: string }) => h.id).sort();
  assert.deepEqual(ids, ['fx-aid', 'fx-talks']);
  assert.equal(r.body.total, 2);
  for (const h of r.body.hits) {
    assert.ok(h.highlights.length > 0, 'a snippet has highlights');
    for (const [s, e] of h.highlights) assert.match(h.snippet.slice(s, e), /^радар/i);
  }
  assert.deepEqual(r.body.facets.sources, [{ value: 'Тестовий вісник', count: 2 }]);
  assert.deepEqual(r.body.facets.eventTypes.map((f: { value: string }) => f.value).sort(), ['AID', 'CONSULT']);
  assert.ok(r.body.facets.entities.some((e: { key: string; count: number }) => e.key === 'PERS:дік схоф' && e.count === 2));

  const byEntity = await get(`/search?q=${q('гарантії безпеки')}&entity=${q('PERS:дік схоф')}`);
  assert.deepEqual(byEntity.body.hits.map((h: { id: string }) => h.id).sort(), ['fx-aid', 'fx-talks']);
  const byType = await get(`/search?q=${q('гарантії безпеки')}&type=CONSULT`);
  assert.deepEqual(byType.body.hits.map((h: { id: string }) => h.id), ['fx-talks']);
  const byDate = await get(`/search?q=${q('радари')}&from=2025-09-19&to=2025-09-30`);
  assert.deepEqual(byDate.body.hits.map((h: { id: string }) => h.id), ['fx-talks']);
  const bySource = await get(`/search?q=${q('Нідерланди')}&source=${q('Інша газета')}`);
  assert.deepEqual(bySource.body.hits.map((h: { id: string }) => h.id), ['fx-sanctions']);
  const byDateOrder = await get(`/search?q=${q('радари')}&sort=date`);
  assert.deepEqual(byDateOrder.body.hits.map((h: { id: string }) => h.id), ['fx-talks', 'fx-aid']);
  assert.equal(byDateOrder.body.sort, 'date');
  const examples = await get(`/search?q=${q('гарантії безпеки')}&limit=50`);
  assert.ok(examples.body.hits.length >= 4, 'the example articles are searchable too');
});

test('bad parameters are application/problem+json with the field at fault', async () => {
  const r = await get('/search?q=x&from=2025-02-30');
  assert.equal(r.status, 400);
  assert.match(r.type, /^application\/problem\+json/);
  assert.equal(r.body.status, 400);
  assert.equal(r.body.code, 'USAGE');
  assert.equal(r.body.field, 'from');
  const noWords = await get(`/search?q=${q('«»')}`);
  assert.equal(noWords.status, 400);
  assert.match(noWords.body.detail, /no words/);
  const badType = await get('/events?type=AID,NOPE');
  assert.equal(badType.status, 400);
  assert.equal(badType.body.field, 'type');
  const badLimit = await get('/events?limit=0');
  assert.equal(badLimit.status, 400);
  const missing = await get('/documents/no-such-doc');
  assert.equal(missing.status, 404);
  assert.match(missing.type, /^application\/problem\+json/);
  assert.equal(missing.body.code, 'NOT_FOUND');
  const noRoute = await get('/nope');
  assert.equal(noRoute.status, 404);
  assert.match(noRoute.type, /^application\/problem\+json/);
});

test('GET /documents/{id}: the text with sentences, entities and mentions, dates, events and quotes', async () => {
  const r = await get('/documents/fx-aid');
  assert.equal(r.status, 200);
  const d = r.body;
  assert.equal(d.document.title, 'Нідерланди передали Україні радари');
  assert.equal(d.sentences.length, 3);
  const text: string = d.document.text;
  const schof = d.entities.find((e: { name: string }) => e.name === 'Дік Схоф');
  assert.equal(schof.key, 'PERS:дік схоф');
  for (const e of d.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(d.entities.find((e: { id: string }) => e.id === 'E1').mentions.length, 2);
  assert.equal(d.events.length, 1);
  const v = d.events[0];
  assert.equal(v.type, 'AID');
  assert.equal(text.slice(v.trigger.start, v.trigger.end), 'передав');
  assert.deepEqual(v.sources.map((a: { name: string }) => a.name), ['Нідерланди']);
  assert.deepEqual(v.targets.map((a: { name: string }) => a.name), ['Україна']);
  assert.match(v.sentenceText, /^Уряд Нідерландів передав/);
  assert.equal(d.quotes.length, 1);
  assert.equal(d.quotes[0].speaker.key, 'PERS:дік схоф');
  assert.equal(text.slice(d.quotes[0].start, d.quotes[0].end), d.quotes[0].text);
  assert.deepEqual(d.times[0].value, { start: '2025-09-22', end: '2025-09-28' });
  const list = await get('/documents?source=' + q('Тестовий вісник'));
  assert.equal(list.body.total, 2);
  assert.deepEqual(list.body.items.map((i: { id: string }) => i.id), ['fx-talks', 'fx-aid']);
});

test('GET /events: filters, sorting, paging and CSV', async () => {
  const all = await get('/events?sort=date');
  assert.equal(all.body.total, 4);
  assert.deepEqual(all.body.items.map((e: { type: string }) => e.type), ['AID', 'CONSULT', 'SANCTION', 'SUPPORT']);
  const newest = await get('/events?sort=-date&limit=1&offset=1');
  assert.equal(newest.body.items.length, 1);
  assert.equal(newest.body.total, 4);
  assert.equal(newest.body.items[0].date.start, '2025-10-02');
  const byType = await get('/events?type=AID,CONSULT&from=2025-09-19');
  assert.deepEqual(byType.body.items.map((e: { type: string }) => e.type), ['CONSULT']);
  const byEntity = await get(`/events?entity=${q('LOC:нідерланди')}&sort=date`);
  assert.deepEqual(byEntity.body.items.map((e: { type: string }) => e.type), ['AID', 'SUPPORT']);
  const byQuery = await get(`/events?q=${q('санкцій')}`);
  assert.deepEqual(byQuery.body.items.map((e: { type: string }) => e.type).sort(), ['SANCTION', 'SUPPORT']);
  const csv = await get('/events?sort=date&format=csv');
  assert.match(csv.type, /^text\/csv/);
  const lines = csv.text.trim().split('\r\n');
  assert.equal(lines.length, 5);
  assert.match(lines[0], /^doc,id,date,type,/);
  assert.match(lines[1], /^fx-aid,V1,2025-09-18,AID,military,Нідерланди,Україна,/);
});

test('GET /timeline and /network: counts per day per type, weighted who-acts-on-whom', async () => {
  const t = await get('/timeline');
  assert.deepEqual(t.body.points, [
    { period: '2025-09-18', type: 'AID', count: 1 },
    { period: '2025-09-20', type: 'CONSULT', count: 1 },
    { period: '2025-10-02', type: 'SANCTION', count: 1 },
    { period: '2025-10-02', type: 'SUPPORT', count: 1 },
  ]);
  const m = await get('/timeline?granularity=month&type=SANCTION,SUPPORT');
  assert.deepEqual(m.body.points, [
    { period: '2025-10', type: 'SANCTION', count: 1 },
    { period: '2025-10', type: 'SUPPORT', count: 1 },
  ]);
  const n = await get('/network');
  assert.equal(n.body.edges.length, 4);
  const aid = n.body.edges.find((e: { source: string; target: string }) => e.source === 'LOC:нідерланди' && e.target === 'LOC:україна');
  assert.deepEqual(aid, { source: 'LOC:нідерланди', target: 'LOC:україна', weight: 1, types: { AID: 1 } });
  const ukr = n.body.nodes.find((x: { key: string }) => x.key === 'LOC:україна');
  assert.deepEqual(ukr, { key: 'LOC:україна', name: 'Україна', type: 'LOC', weight: 2 });
  const narrowed = await get('/network?type=SANCTION');
  assert.deepEqual(narrowed.body.edges.map((e: { source: string; target: string }) => `${e.source}>${e.target}`), ['ORG:європейський союз>LOC:росія']);
});

test('GET /entities and the entity dossier: events, quotes, co-actors over time, timeline', async () => {
  const list = await get('/entities?type=LOC');
  const top = list.body.items[0];
  assert.equal(top.key, 'LOC:нідерланди');
  assert.equal(top.documents, 2);
  assert.equal(top.events, 2);
  const byName = await get(`/entities?name=${q('схоф')}`);
  assert.deepEqual(byName.body.items.map((e: { key: string }) => e.key), ['PERS:дік схоф']);
  const d = await get(`/entities/${q('PERS:дік схоф')}`);
  assert.equal(d.status, 200);
  assert.equal(d.body.name, 'Дік Схоф');
  assert.equal(d.body.documents, 2);
  assert.equal(d.body.country, 'NLD');
  assert.equal(d.body.quotes.total, 1);
  assert.equal(d.body.recentEvents.total, 1);
  assert.equal(d.body.recentEvents.items[0].type, 'CONSULT');
  assert.deepEqual(d.body.coActors, [{ key: 'LOC:україна', name: 'Україна', type: 'LOC', count: 1, periods: [{ period: '2025-09', count: 1 }] }]);
  assert.deepEqual(d.body.timeline, [{ period: '2025-09', type: 'CONSULT', count: 1 }]);
  assert.deepEqual(d.body.documentsList.map((x: { id: string }) => x.id), ['fx-talks', 'fx-aid']);
  const none = await get(`/entities/${q('PERS:нікого немає')}`);
  assert.equal(none.status, 404);
  const bad = await get(`/entities/${q('nokey')}`);
  assert.equal(bad.status, 400);
});

test('GET /quotes filters by speaker and text', async () => {
  const r = await get(`/quotes?speaker=${q('PERS:дік схоф')}`);
  assert.equal(r.body.total, 1);
  assert.equal(r.body.items[0].cue.text, 'сказав');
  assert.equal((await get(`/quotes?text=${q('ДОПОМАГАТИМЕМО')}`)).body.total, 1);
  assert.equal((await get(`/quotes?text=${q('санкції')}`)).body.total, 0);
});

test('/openapi.json is OpenAPI 3.1 generated from the request schemas', async () => {
  const r = await get('/openapi.json');
  assert.equal(r.status, 200);
  assert.equal(r.body.openapi, '3.1.0');
  for (const p of ['/search', '/documents', '/documents/{id}', '/events', '/timeline', '/network', '/entities', '/entities/{key}', '/quotes', '/stats']) {
    assert.ok(r.body.paths[p], `documents ${p}`);
  }
  const params = r.body.paths['/search'].get.parameters.map((p: { name: string }) => p.name);
  for (const n of ['q', 'from', 'to', 'source', 'entity', 'type', 'limit', 'offset']) assert.ok(params.includes(n), `search parameter ${n}`);
  assert.deepEqual(r.body.paths['/documents'].post.security, [{ bearer: [] }]);
  assert.ok(r.body.components.schemas.Problem);
});

test('POST /documents: 401 without a token, 403 with a wrong one, ingests JSON and JSONL with one', async () => {
  const doc = { id: 'api-1', date: '2025-11-03', source: 'API', text: 'Енергетики відновили живлення після нічної атаки на підстанції.' };
  const no = await fetch(server.url + '/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) });
  assert.equal(no.status, 401);
  assert.match(no.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.match(no.headers.get('www-authenticate') ?? '', /^Bearer/);
  const wrong = await fetch(server.url + '/documents', { method: 'POST', headers: { authorization: 'Bearer nope', 'content-type': 'application/json' }, body: JSON.stringify(doc) });
  assert.equal(wrong.status, 403);
  assert.equal((await get('/documents/api-1')).status, 404, 'nothing was stored');

  const auth = { authorization: `Bearer ${TOKEN}` };
  const one = await fetch(server.url + '/documents', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(doc) });
  assert.equal(one.status, 200);
  const r1 = (await one.json()) as { ingested: number; ids: string[]; stages: string[] };
  assert.deepEqual([r1.ingested, r1.ids, r1.stages], [1, ['api-1'], ['segment']]);
  const hit = await get(`/search?q=${q('підстанції')}`);
  assert.deepEqual(hit.body.hits.map((h: { id: string }) => h.id), ['api-1']);

  const jsonl = [
    JSON.stringify({ id: 'api-2', date: '2025-11-04', text: 'Мерія повідомила про відкриття нового укриття в ліцеї.' }),
    JSON.stringify({ id: 'api-3', date: '2025-02-30', text: 'Дата неможлива.' }),
    '{broken',
    JSON.stringify(doc),
  ].join('\n');
  const many = await fetch(server.url + '/documents', { method: 'POST', headers: { ...auth, 'content-type': 'application/x-ndjson' }, body: jsonl });
  assert.equal(many.status, 200);
  const r2 = (await many.json()) as { ingested: number; duplicates: number; rejected: number; errors: { code: string; line: number }[] };
  assert.deepEqual([r2.ingested, r2.duplicates, r2.rejected], [1, 1, 2]);
  assert.deepEqual(r2.errors.map((e) => [e.code, e.line]), [['INPUT_DATE', 2], ['INPUT_JSON', 3]]);

  const bad = await fetch(server.url + '/documents', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '[{"date": "2025-01-01"}]' });
  assert.equal(bad.status, 400);
  const p = (await bad.json()) as { errors: { field: string }[] };
  assert.equal(p.errors[0].field, 'text');
});

test('POST /documents: bodies over the limit are refused with 413', async () => {
  const big = JSON.stringify({ date: '2025-01-01', text: 'слово '.repeat(20000) });
  const r = await fetch(server.url + '/documents', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: big });
  assert.equal(r.status, 413);
  assert.match(r.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(((await r.json()) as { code: string }).code, 'LIMIT');
});

test('ingest is disabled (403) when the server has no token; no other method writes', async () => {
  const s2 = await startServer({ store, port: 0, token: null });
  try {
    const r = await fetch(s2.url + '/documents', { method: 'POST', headers: { authorization: 'Bearer anything' }, body: '{}' });
    assert.equal(r.status, 403);
    assert.match(((await r.json()) as { hint: string }).hint, /--token/);
    for (const m of ['PUT', 'DELETE', 'PATCH']) {
      const x = await fetch(s2.url + '/documents/fx-aid', { method: m });
      assert.equal(x.status, 404, m);
    }
    const stats = (await (await fetch(s2.url + '/stats')).json()) as { ingest: boolean; documents: number };
    assert.equal(stats.ingest, false);
  } finally {
    await s2.close();
  }
});

test('the UI and its libraries are served; nothing outside web/ is', async () => {
  const index = await get('/');
  assert.equal(index.status, 200);
  assert.match(index.type, /^text\/html/);
  assert.match(index.text, /<script type="module" src="\/web\/js\/app.js">/);
  for (const p of ['/vendor/chart.js', '/vendor/cytoscape.js', '/web/js/app.js', '/web/style.css']) {
    const r = await get(p);
    assert.equal(r.status, 200, p);
  }
  for (const p of ['/web/../package.json', '/web/%2e%2e/package.json', '/web/..%2fpackage.json', '/vendor/..%2fpackage.json', '/web/js/../../src/api/app.ts']) {
    const r = await fetch(server.url + p);
    assert.equal(r.status, 404, p);
    assert.doesNotMatch(await r.text(), /"name": "litopys"/);
  }
});

test('relevance is computed over the most recently stored matches when there are more than the window', async () => {
  const { search: searchDocuments } = await import('../../src/store/search.js');
  const all = searchDocuments(store, { query: 'гарантії безпеки', limit: 100, facets: true });
  assert.ok(all.total! > 3);
  assert.equal(all.ranked, undefined, 'the fixture is smaller than the default window');
  const windowed = searchDocuments(store, { query: 'гарантії безпеки', limit: 3, rankWindow: 3, facets: true });
  assert.equal(windowed.ranked, 3);
  const newest = store.db
    .prepare(`SELECT d.id FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ? ORDER BY d.rowid DESC LIMIT 3`)
    .pluck()
    .all(windowed.match) as string[];
  assert.deepEqual(windowed.hits.map((h) => h.id).sort(), [...newest].sort());
});

test('POST /documents through the default pipeline fills the chronicle layers the API reads', async () => {
  const s2 = await startServer({ store, port: 0, token: TOKEN });
  try {
    const doc = {
      id: 'api-full',
      date: '2025-11-20',
      source: 'API',
      title: 'Візит до Києва',
      text: 'Президент Франції Емманюель Макрон прибув до Києва 20 листопада. «Ми залишаємося поруч з Україною», – заявив Макрон журналістам.',
    };
    const r = await fetch(s2.url + '/documents', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(doc) });
    assert.equal(r.status, 200);
    const body = (await r.json()) as { ingested: number; stages: string[] };
    assert.equal(body.ingested, 1);
    assert.ok(body.stages.includes('segment') && body.stages.length > 1, `default stages: ${body.stages.join(', ')}`);
    const d = (await (await fetch(s2.url + '/documents/api-full')).json()) as {
      stages: string[];
      document: { text: string };
      entities: { key: string; mentions: { start: number; end: number; text: string }[] }[];
      events: { trigger: { start: number; end: number; text: string } }[];
      quotes: { start: number; end: number; text: string }[];
    };
    assert.deepEqual(d.stages, body.stages);
    // Whatever the stages find, every stored span must point at its own text.
    for (const e of d.entities) {
      assert.match(e.key, /^[A-Z]+:.+/);
      for (const m of e.mentions) assert.equal(d.document.text.slice(m.start, m.end), m.text);
    }
    for (const v of d.events) assert.equal(d.document.text.slice(v.trigger.start, v.trigger.end), v.trigger.text);
    for (const q of d.quotes) assert.equal(d.document.text.slice(q.start, q.end), q.text);
    if (body.stages.includes('ner')) assert.ok(d.entities.length > 0, 'the NER stage found the named things');
    if (body.stages.includes('quotes')) assert.ok(d.quotes.some((q) => q.text.includes('залишаємося поруч')), 'the quotes stage found the quote');
  } finally {
    await s2.close();
  }
});
