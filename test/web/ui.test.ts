/**
 * The web UI in a real browser (Debian's Chromium, driven by playwright-core) against a real server over a real
 * SQLite file: search, open a document, follow an entity, the events table, timeline, network, a saved topic and
 * the language switch. Screenshots go to test-results/ (git-ignored).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { openStore, type Store } from '../../src/store/store.js';
import { tempDir } from '../store/helpers.js';
import { ROOT } from '../cli/run.js';
import { buildFixtureStore } from '../api/fixture.js';

const CHROMIUM = process.env.LITOPYS_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const SHOTS = join(ROOT, 'test-results');

let server: RunningServer;
let store: Store;
let context: BrowserContext;
let page: Page;
const cleanups: (() => void)[] = [];
const pageErrors: string[] = [];

const skip = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM} (apt-get install -y chromium; .ci/run installs it)`;

before(async () => {
  if (skip) return;
  const t = tempDir('litopys-web-');
  cleanups.push(t.cleanup);
  store = openStore(await buildFixtureStore(t.dir), { mustExist: true });
  server = await startServer({ store, port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'litopys-chromium-'));
  cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, locale: 'uk-UA', viewport: { width: 1280, height: 900 } });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await context?.close();
  await server?.close();
  store?.close();
  for (const c of cleanups.reverse()) c();
});

/** Navigates by hash and waits for the page to finish rendering. */
async function open(hash: string): Promise<void> {
  const before = await page.evaluate(() => document.body.dataset.ready ?? '0').catch(() => '0');
  await page.goto(`${server.url}/${hash}`);
  await page.waitForFunction((b) => (document.body.dataset.ready ?? '0') !== b, before);
}

test('search → document → entity dossier, in a real browser', { skip }, async () => {
  await page.goto(server.url + '/');
  await page.waitForSelector('#search-form');
  assert.equal(await page.textContent('nav a.active'), 'Пошук', 'Ukrainian by default');
  await page.fill('#q', 'радари');
  await page.press('#q', 'Enter');
  await page.waitForSelector('.hit a.hit-title');
  const titles = await page.$$eval('.hit a.hit-title', (as) => as.map((a) => a.textContent));
  assert.deepEqual([...titles].sort(), ['Нідерланди передали Україні радари', 'Телефонна розмова про радари']);
  const marks = await page.$$eval('.hit mark', (ms) => ms.map((m) => m.textContent?.toLowerCase()));
  assert.ok(marks.length >= 2 && marks.every((m) => m?.startsWith('радар')), `highlighted: ${marks.join(', ')}`);
  const facetText = await page.textContent('#facets');
  assert.match(facetText ?? '', /Тестовий вісник/);
  assert.match(facetText ?? '', /Дік Схоф/);
  await page.screenshot({ path: join(SHOTS, 'ui-search.png'), fullPage: true });

  await page.click('text=Нідерланди передали Україні радари');
  await page.waitForSelector('#doc-text a.mention');
  assert.equal(await page.textContent('#doc-title'), 'Нідерланди передали Україні радари');
  const mentions = await page.$$eval('#doc-text a.mention', (as) => as.map((a) => [a.textContent, a.getAttribute('data-key')]));
  assert.deepEqual(mentions, [
    ['Нідерландів', 'LOC:нідерланди'],
    ['Україні', 'LOC:україна'],
    ['Нідерландів', 'LOC:нідерланди'],
    ['Дік Схоф', 'PERS:дік схоф'],
    ['України', 'LOC:україна'],
  ]);
  assert.equal(await page.textContent('#doc-text .trigger'), 'передав');
  assert.match((await page.textContent('#doc-text .quote')) ?? '', /^Ми допомагатимемо/);
  assert.equal(await page.textContent('#doc-text .time'), 'наступного тижня');
  await page.screenshot({ path: join(SHOTS, 'ui-document.png'), fullPage: true });

  await page.click('#doc-text a.mention[data-key="PERS:дік схоф"]');
  await page.waitForSelector('#entity-name');
  assert.match((await page.textContent('#entity-name')) ?? '', /^Дік Схоф/);
  assert.match((await page.textContent('#coactors')) ?? '', /Україна/);
  assert.match((await page.textContent('#entity-page blockquote')) ?? '', /Ми допомагатимемо/);
  const docs = await page.$$eval('#entity-docs a', (as) => as.map((a) => a.textContent));
  assert.deepEqual(docs, ['Телефонна розмова про радари', 'Нідерланди передали Україні радари']);
  await page.waitForFunction(() => !!(window as unknown as { Chart: { getChart(c: unknown): unknown } }).Chart.getChart(document.getElementById('entity-chart')));
  await page.screenshot({ path: join(SHOTS, 'ui-entity.png'), fullPage: true });
});

test('events table with filters and export links; timeline chart; actor network graph', { skip }, async () => {
  await open('#/events?sort=date');
  const types = await page.$$eval('table.events tbody tr td:nth-child(2)', (tds) => tds.map((td) => td.textContent?.split(' ')[0]));
  assert.deepEqual(types, ['AID', 'CONSULT', 'SANCTION', 'SUPPORT']);
  await page.selectOption('#filters select[name=type]', 'SANCTION');
  await page.click('#filters button[type=submit]');
  await page.waitForFunction(() => document.querySelectorAll('table.events tbody tr').length === 1);
  const csv = await page.getAttribute('#export-csv', 'href');
  assert.match(csv ?? '', /^\/events\?.*type=SANCTION.*format=csv/);
  const res = await page.evaluate(async (u) => (await fetch(u)).text(), csv ?? '');
  assert.equal(res.trim().split('\r\n').length, 2, 'the CSV export holds the filtered events');

  await open('#/timeline');
  await page.waitForFunction(() => !!(window as unknown as { Chart: { getChart(c: unknown): unknown } }).Chart.getChart(document.getElementById('timeline-chart')));
  const labels = await page.evaluate(() => (window as unknown as { Chart: { getChart(c: unknown): { data: { labels: string[] } } } }).Chart.getChart(document.getElementById('timeline-chart')).data.labels);
  assert.deepEqual(labels, ['2025-09-18', '2025-09-20', '2025-10-02']);

  await open('#/entities?type=LOC');
  const names = await page.$$eval('#entities-table tbody tr td:first-child a', (as) => as.map((a) => a.textContent));
  assert.deepEqual(names, ['Нідерланди', 'Україна', 'Росія']);

  await open('#/network');
  await page.waitForFunction(() => document.getElementById('graph')?.dataset.nodes === '5');
  await page.screenshot({ path: join(SHOTS, 'ui-network.png') });
});

test('a saved query becomes a topic dossier; the language switch changes the UI strings', { skip }, async () => {
  await open('#/search?q=' + encodeURIComponent('гарантії безпеки'));
  await page.fill('#topic-name', 'Гарантії безпеки');
  await page.click('#save-topic button');
  await page.waitForSelector('#save-status:not(:empty)');
  await open('#/topics');
  await page.click('#topic-list a');
  await page.waitForSelector('#topic-page h1');
  assert.equal(await page.textContent('#topic-page h1'), 'Гарантії безпеки');
  assert.ok((await page.$$('#topic-page .hit')).length >= 3);
  assert.match((await page.textContent('#topic-page')) ?? '', /Дік Схоф/);
  await page.screenshot({ path: join(SHOTS, 'ui-topic.png'), fullPage: true });

  await page.click('#lang-switch button[data-lang=en]');
  await page.waitForFunction(() => document.querySelector('nav')?.textContent?.includes('Search'));
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await open('#/search');
  assert.equal(await page.textContent('#search-form button[type=submit]'), 'Search');
  await page.click('#lang-switch button[data-lang=uk]');
  await page.waitForFunction(() => document.querySelector('#search-form button[type=submit]')?.textContent === 'Шукати');
  assert.deepEqual(pageErrors, [], 'no errors in the page');
});
