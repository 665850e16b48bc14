/**
 * The events component turns an engine failure into "no events" so that one odd document cannot fail a batch; that
 * would also hide a bug. Here the engine runs directly, without the component's guard, on every example article and
 * on odd input, and must not throw.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline } from '../../../src/nlp/pipeline.js';
import { compile, extractEvents } from '../../../src/nlp/events/engine.js';
import { UK_EVENTS } from '../../../src/lang/uk/events.js';
import { PACKAGE_ROOT } from '../../../src/paths.js';

const before = createPipeline(['segment', 'tag', 'ner', 'resolve', 'time', 'quotes']);
const C = compile(UK_EVENTS);

test('the event engine throws on none of the example articles', () => {
  const dir = join(PACKAGE_ROOT, 'examples');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length > 0);
  let events = 0;
  for (const f of files) {
    const adoc = before.analyze({ id: f, date: '2025-09-08', lang: 'uk', text: readFileSync(join(dir, f), 'utf8') });
    events += extractEvents(adoc, C).length;
  }
  assert.ok(events > files.length, `only ${events} events in ${files.length} articles`);
});

test('the event engine throws on no odd input', () => {
  for (const text of ['', '.', '«', '– заявив.', 'Росія', 'Україна та', '«Ми вдячні», –', 'Напередодні Сили', 'а згодом і Київ.', 'Посольство України в', ',,,, – – «» і і і']) {
    const adoc = before.analyze({ id: 'odd', date: '2025-09-08', lang: 'uk', text });
    assert.doesNotThrow(() => extractEvents(adoc, C), text);
  }
});
