import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSegmenter, segment } from '../../../src/nlp/segment/segmenter.js';
import { emptyAnalysis } from '../../../src/nlp/pipeline.js';

function sentences(text: string): string[] {
  return segment(text).sentences.map((s) => text.slice(s.start, s.end));
}
function tokens(text: string): string[] {
  return segment(text).tokens.map((t) => t.text);
}

test('abbreviations keep their full stop and do not end the sentence', () => {
  const text = 'Він виступив у т.зв. «сірій зоні». Університет ім. Шевченка відкрився. На вул. Хрещатик зібралися люди.';
  assert.deepEqual(sentences(text), ['Він виступив у т.зв. «сірій зоні».', 'Університет ім. Шевченка відкрився.', 'На вул. Хрещатик зібралися люди.']);
  assert.ok(tokens(text).includes('т.зв.'));
  assert.ok(tokens(text).includes('ім.'));
  assert.deepEqual(sentences('Це т. зв. перемир’я. Далі.'), ['Це т. зв. перемир’я.', 'Далі.']);
});

test('units (р., тис., млн) end a sentence only after a number and before a capital', () => {
  assert.deepEqual(sentences('Це сталося у 2022 р. Україна вистояла.'), ['Це сталося у 2022 р.', 'Україна вистояла.']);
  assert.deepEqual(sentences('Загинуло 5 тис. осіб. Вони прийшли.'), ['Загинуло 5 тис. осіб.', 'Вони прийшли.']);
  assert.deepEqual(sentences('Бюджет становить 3 млн гривень. Далі буде.'), ['Бюджет становить 3 млн гривень.', 'Далі буде.']);
  assert.deepEqual(sentences('Міст через р. Дніпро відкрили.'), ['Міст через р. Дніпро відкрили.']);
  assert.deepEqual(tokens('у 2022 р.'), ['у', '2022', 'р.']);
  assert.deepEqual(sentences('Видобуто 11 млн т. Тому ціни впали.'), ['Видобуто 11 млн т.', 'Тому ціни впали.']);
  assert.deepEqual(sentences('Дивіться схему (мал. 8). Далі.'), ['Дивіться схему (мал. 8).', 'Далі.']);
  // a quotation opening the next sentence counts as a capital; a unit word after the stop does not
  assert.deepEqual(sentences('Фонд зібрав 40 млн. «Це лише початок», – сказав він.'), ['Фонд зібрав 40 млн.', '«Це лише початок», – сказав він.']);
  assert.deepEqual(sentences('Фонд зібрав 40 млн. "Далі буде", – додав він.'), ['Фонд зібрав 40 млн.', '"Далі буде", – додав він.']);
  assert.deepEqual(sentences('Фонд зібрав 40 млн. грн на ліки.'), ['Фонд зібрав 40 млн. грн на ліки.']);
  assert.deepEqual(sentences('Фонд зібрав 40 млн. «на ліки» у травні.'), ['Фонд зібрав 40 млн. «на ліки» у травні.']);
});

test('initials stay with the name: В. І. Вернадський, В.І.Вернадський', () => {
  const text = 'Академію заснував В. І. Вернадський у Києві. Згодом вона зросла.';
  assert.deepEqual(sentences(text), ['Академію заснував В. І. Вернадський у Києві.', 'Згодом вона зросла.']);
  assert.deepEqual(tokens('В. І. Вернадський'), ['В.', 'І.', 'Вернадський']);
  assert.deepEqual(tokens('В.І.Вернадський'), ['В.', 'І.', 'Вернадський']);
  // A capital letter before a full stop that is followed by a lowercase word is not an initial.
  assert.deepEqual(tokens('план Б. і далі'), ['план', 'Б', '.', 'і', 'далі']);
});

test('quotes «» „“ and the dash of attribution keep one sentence', () => {
  const a = '«Ми готові до переговорів», – написав Зеленський. Далі було інше.';
  assert.deepEqual(sentences(a), ['«Ми готові до переговорів», – написав Зеленський.', 'Далі було інше.']);
  const b = '«Коли це закінчиться?» – запитав журналіст. Відповіді не було.';
  assert.deepEqual(sentences(b), ['«Коли це закінчиться?» – запитав журналіст.', 'Відповіді не було.']);
  const c = '„Ми не зупинимося“, — заявив міністр. «Це лише початок.» Так він сказав.';
  assert.deepEqual(sentences(c), ['„Ми не зупинимося“, — заявив міністр.', '«Це лише початок.»', 'Так він сказав.']);
  assert.deepEqual(tokens('«Так»'), ['«', 'Так', '»']);
  // A quote that ends a sentence and a new one that starts with a quote.
  assert.deepEqual(sentences('Він сказав: «Досить!» «Ні», – відповіли йому.'), ['Він сказав: «Досить!»', '«Ні», – відповіли йому.']);
});

test('apostrophes (’ ʼ \') and hyphens stay inside words', () => {
  assert.deepEqual(tokens("пам’ять сімʼя об'єкт"), ['пам’ять', 'сімʼя', "об'єкт"]);
  assert.deepEqual(tokens('будь-який Су-34 F-16 прем’єр-міністр'), ['будь-який', 'Су-34', 'F-16', 'прем’єр-міністр']);
  assert.deepEqual(tokens("'Азов' — назва"), ["'", 'Азов', "'", '—', 'назва']);
  assert.deepEqual(tokens('Київ - столиця'), ['Київ', '-', 'столиця']);
  assert.deepEqual(tokens('наго́лос'), ['наго́лос']);
});

test('numbers with spaces, commas and dots stay whole', () => {
  assert.deepEqual(tokens('1 500 000 грн'), ['1 500 000', 'грн']);
  assert.deepEqual(tokens('1 500 000 грн').length, 2);
  assert.deepEqual(tokens('інфляція 3,5 %'), ['інфляція', '3,5', '%']);
  assert.deepEqual(tokens('04.09.2025 о 10:30'), ['04.09.2025', 'о', '10:30']);
  assert.deepEqual(tokens('у 90-х роках 5-го'), ['у', '90-х', 'роках', '5-го']);
  // A four-digit year is not a thousands group: "у 2024 200 дронів" keeps two numbers.
  assert.deepEqual(tokens('у 2024 200 дронів'), ['у', '2024', '200', 'дронів']);
  assert.deepEqual(tokens('з 2022-2023'), ['з', '2022', '-', '2023']);
  assert.equal(segment('3,5 млрд').tokens[0].kind, 'number');
});

test('URLs and e-mails are single tokens; trailing punctuation is not part of them', () => {
  const text = 'Деталі на https://www.president.gov.ua/news/123. Пишіть на press@mfa.gov.ua, дякуємо! Див. www.example.org/a?b=1)';
  const seg = segment(text);
  const urls = seg.tokens.filter((t) => t.kind === 'url').map((t) => t.text);
  const emails = seg.tokens.filter((t) => t.kind === 'email').map((t) => t.text);
  assert.deepEqual(urls, ['https://www.president.gov.ua/news/123', 'www.example.org/a?b=1']);
  assert.deepEqual(emails, ['press@mfa.gov.ua']);
  assert.equal(seg.sentences.length, 3);
});

test('blank lines end a sentence (headlines have no full stop); single line breaks end one before a capital', () => {
  assert.deepEqual(sentences('Заголовок без крапки\n\nПерший абзац тексту.'), ['Заголовок без крапки', 'Перший абзац тексту.']);
  assert.deepEqual(sentences('Речення, перенесене\nна новий рядок.'), ['Речення, перенесене\nна новий рядок.']);
  assert.deepEqual(sentences('Перший рядок\nДругий рядок'), ['Перший рядок', 'Другий рядок']);
});

test('"?" and "!" before a lowercase word do not split; ellipsis ends a sentence before a capital', () => {
  assert.deepEqual(sentences('Чи готові ми? питали всі. Так!'), ['Чи готові ми? питали всі.', 'Так!']);
  assert.deepEqual(sentences('Чекаємо... Нічого.'), ['Чекаємо...', 'Нічого.']);
  assert.deepEqual(sentences('Десь у районі ... 2023 року.'), ['Десь у районі ... 2023 року.']);
  assert.deepEqual(tokens('Що?! Так…'), ['Що', '?!', 'Так', '…']);
});

test('offsets, kinds, sentence indices and spaceAfter are consistent with the text', () => {
  const text = ' «Гарантії безпеки мають бути юридичними», – заявив він 2 вересня.\n\nДругий абзац: 1 200 людей, https://x.example.org, a@b.ua. 😀 Кінець';
  const { tokens: toks, sentences: sents } = segment(text);
  for (const t of toks) {
    assert.equal(t.text, text.slice(t.start, t.end));
    assert.equal(t.spaceAfter, t.end < text.length && /\s/.test(text[t.end]));
    assert.ok(t.start >= sents[t.sentence].start && t.end <= sents[t.sentence].end);
  }
  toks.forEach((t, i) => assert.equal(t.i, i));
  for (const s of sents) {
    assert.equal(toks[s.tokenStart].start, s.start);
    assert.equal(toks[s.tokenEnd - 1].end, s.end);
  }
  // Every non-space character is covered by exactly one token.
  const covered = new Array(text.length).fill(0);
  for (const t of toks) for (let i = t.start; i < t.end; i++) covered[i]++;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    assert.equal(covered[i], 1, `char ${i} ${JSON.stringify(text[i])}`);
  }
  assert.ok(toks.some((t) => t.kind === 'symbol' && t.text === '😀'));
});

test('odd input degrades instead of crashing', () => {
  assert.deepEqual(segment(''), { tokens: [], sentences: [] });
  assert.deepEqual(segment('   \n\n '), { tokens: [], sentences: [] });
  assert.equal(segment('....!!!???').sentences.length, 1);
  assert.equal(segment('\u0000\u0001 ₴ § ©').tokens.length, 5);
  const huge = 'Слово '.repeat(20000);
  assert.equal(segment(huge).tokens.length, 20000);
});

test('the segment component assigns doc.sentences and doc.tokens', () => {
  const c = createSegmenter();
  assert.equal(c.name, 'segment');
  assert.deepEqual(c.assigns, ['doc.sentences', 'doc.tokens']);
  const adoc = emptyAnalysis({ id: 'x', date: null, lang: 'uk', text: 'Перше речення. Друге речення.' });
  c.run(adoc);
  assert.equal(adoc.sentences.length, 2);
  assert.equal(adoc.tokens.length, 6);
});

test('a one-letter name before a sentence opened by a one-letter word ends the sentence; "Дж." is an initial', () => {
  assert.deepEqual(sentences('Він написав про це у соцмережі X. У відповідь посольство пригрозило.'),
    ['Він написав про це у соцмережі X.', 'У відповідь посольство пригрозило.']);
  assert.deepEqual(sentences('Про це написав Дональд Дж. Трамп. Згодом він уточнив.'), ['Про це написав Дональд Дж. Трамп.', 'Згодом він уточнив.']);
  // (a Latin letter before a Cyrillic word is a name, not an initial of a Ukrainian name)
  assert.deepEqual(sentences('Допис з’явився у X. Його видалили.'), ['Допис з’явився у X.', 'Його видалили.']);
});
