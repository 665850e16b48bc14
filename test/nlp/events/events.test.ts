/**
 * The events stage on sentences written for these tests (not taken from any article): PLOVER type, mode, actors,
 * negation, modality, date and place, through the real default pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('phone call: CONSULT/phone, the caller as source and the partner in "з + instrumental" as target', () => {
  const a = analyse('Канцлер Німеччини Фрідріх Мерц провів телефонну розмову з президентом Фінляндії Александром Стуббом.');
  const e = only(a, 'CONSULT');
  assert.equal(e.mode, 'phone');
  assert.deepEqual(names(a, e.source), ['Фрідріх Мерц']);
  assert.deepEqual(names(a, e.target), ['Александр Стубб']);
  assert.equal(e.modality, 'occurred');
  assert.equal(e.negated, false);
  assert.equal(e.dateReported, true, 'no date in the clause: the article date, marked as reported');
  assert.deepEqual(e.date, { start: '2025-06-12', end: '2025-06-12' });
  assert.ok(a.doc.text.slice(e.trigger.start, e.trigger.end).includes('розмову'));
});

test('strike: ASSAULT/missile by Росія ("російські війська") on the city, dated by its clause, placed there', () => {
  const a = analyse('Вчора російські війська завдали ракетного удару по Запоріжжю.');
  const e = only(a, 'ASSAULT');
  assert.equal(e.mode, 'missile');
  assert.deepEqual(names(a, e.source), ['Росія']);
  assert.deepEqual(names(a, e.target), ['Запоріжжя']);
  assert.deepEqual(e.date, { start: '2025-06-11', end: '2025-06-11' });
  assert.ok(!e.dateReported);
  assert.deepEqual(names(a, e.location ? [e.location] : []), ['Запоріжжя']);
});

test('sanctions: SANCTION/economic, "проти Росії" as target', () => {
  const a = analyse('Канада запровадила нові санкції проти Росії.');
  const e = only(a, 'SANCTION');
  assert.equal(e.mode, 'economic');
  assert.deepEqual(names(a, e.source), ['Канада']);
  assert.deepEqual(names(a, e.target), ['Росія']);
});

test('aid: AID/military, dative recipient, future tense → planned', () => {
  const a = analyse('Норвегія передасть Україні нові системи протиповітряної оборони.');
  const e = only(a, 'AID');
  assert.equal(e.mode, 'military');
  assert.deepEqual(names(a, e.source), ['Норвегія']);
  assert.deepEqual(names(a, e.target), ['Україна']);
  assert.equal(e.modality, 'planned');
});

test('coordination: every coordinated country is a target', () => {
  const a = analyse('Прем’єр-міністр Польщі Дональд Туск провів відеодзвінок із лідерами Литви, Латвії та Естонії.');
  const e = only(a, 'CONSULT');
  assert.equal(e.mode, 'video');
  assert.deepEqual(names(a, e.source), ['Дональд Туск']);
  assert.deepEqual(names(a, e.target), ['Естонія', 'Латвія', 'Литва']);
});

test('negation: "не підтримала" is a negated SUPPORT', () => {
  const a = analyse('Угорщина не підтримала Україну на засіданні.');
  const e = only(a, 'SUPPORT');
  assert.equal(e.negated, true);
  assert.deepEqual(names(a, e.source), ['Угорщина']);
  assert.deepEqual(names(a, e.target), ['Україна']);
});

test('modality: a threat is threatened and the threatened act is not a second event; a capital stands for its state', () => {
  const a = analyse('Москва пригрозила Польщі ударами у відповідь.');
  const e = only(a, 'THREATEN');
  assert.equal(e.modality, 'threatened');
  assert.deepEqual(names(a, e.source), ['Росія']);
  assert.deepEqual(names(a, e.target), ['Польща']);
  assert.equal(a.events.filter((x) => x.type === 'ASSAULT').length, 0);
});

test('modality: a request is requested; denial of a strike is denied', () => {
  const a = analyse('Литва закликала Німеччину пришвидшити рішення. Росія заперечила удар по лікарні.');
  const r = only(a, 'REQUEST');
  assert.equal(r.modality, 'requested');
  assert.deepEqual(names(a, r.source), ['Литва']);
  assert.deepEqual(names(a, r.target), ['Німеччина']);
  const s = only(a, 'ASSAULT');
  assert.equal(s.modality, 'denied');
  assert.equal(s.negated, false);
});

test('odd input degrades to no events instead of failing', () => {
  for (const text of ['', '…', '«»', 'удар', '123 456']) {
    const a = analyse(text);
    assert.ok(Array.isArray(a.events));
  }
});
