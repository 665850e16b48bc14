/* global localStorage, navigator */
/** UI strings in Ukrainian and English; `t(key, vars)` looks one up in the current language. */

export const LANGS = ['uk', 'en'];

const DICT = {
  uk: {
    'nav.search': 'Пошук', 'nav.events': 'Події', 'nav.timeline': 'Хронологія', 'nav.network': 'Мережа акторів', 'nav.entities': 'Сутності', 'nav.topics': 'Теми',
    'search.placeholder': 'Слова, «фрази», префікс*', 'search.submit': 'Шукати', 'search.none': 'Нічого не знайдено.',
    'search.total': 'Знайдено документів: {n}', 'search.save': 'Зберегти як тему', 'search.saved': 'Тему «{name}» збережено.',
    'search.hint': 'Введіть запит: кожне слово шукається в усіх формах (гарантії → гарантія).',
    'filter.from': 'Від', 'filter.to': 'До', 'filter.source': 'Джерело', 'filter.entity': 'Сутність', 'filter.type': 'Тип події',
    'filter.query': 'Запит', 'filter.sort': 'Порядок', 'filter.apply': 'Застосувати', 'filter.clear': 'Скинути', 'filter.all': 'усі',
    'filter.granularity': 'Крок', 'filter.minWeight': 'Мін. вага',
    'sort.-date': 'спершу нові', 'sort.date': 'спершу старі', 'sort.type': 'за типом',
    'gran.day': 'день', 'gran.month': 'місяць', 'gran.year': 'рік',
    'facet.sources': 'Джерела', 'facet.eventTypes': 'Типи подій', 'facet.entities': 'Сутності', 'facet.months': 'Місяці',
    'page.prev': '← Назад', 'page.next': 'Далі →', 'page.of': '{a}–{b} з {n}',
    'events.title': 'Події', 'events.csv': 'Експорт CSV', 'events.json': 'Експорт JSON', 'events.none': 'Подій не знайдено.',
    'col.date': 'Дата', 'col.type': 'Тип', 'col.source': 'Хто', 'col.target': 'Кому / на кого', 'col.trigger': 'Дія', 'col.place': 'Місце',
    'col.doc': 'Документ', 'col.count': 'Подій', 'col.name': 'Назва', 'col.periods': 'За місяцями', 'col.modality': 'Модальність',
    'timeline.title': 'Хронологія подій', 'timeline.none': 'Немає датованих подій.',
    'network.title': 'Мережа акторів: хто діє щодо кого', 'network.none': 'Немає подій з обома сторонами.', 'network.hint': 'Клацніть вузол, щоб відкрити досьє.',
    'doc.entities': 'Сутності', 'doc.events': 'Події', 'doc.quotes': 'Цитати', 'doc.dates': 'Дати', 'doc.none': 'Розмітки ще немає (етапи конвеєра: {stages}).',
    'doc.legend.mention': 'сутність', 'doc.legend.trigger': 'подія', 'doc.legend.quote': 'цитата', 'doc.legend.time': 'дата', 'doc.source': 'Першоджерело',
    'entity.documents': 'документів', 'entity.mentions': 'згадок', 'entity.events': 'подій', 'entity.period': 'Період', 'entity.names': 'Також як',
    'entity.timeline': 'Події за місяцями', 'entity.events.title': 'Події', 'entity.quotes': 'Цитати', 'entity.coactors': 'Співучасники подій',
    'entity.docs': 'Документи', 'entity.coding': 'Кодування', 'entity.all': 'усі події →',
    'topics.title': 'Теми', 'topics.none': 'Збережених тем немає. Виконайте пошук і натисніть «Зберегти як тему».', 'topics.delete': 'Видалити',
    'topics.name': 'Назва теми', 'topic.query': 'Запит', 'topic.docs': 'Документи', 'topic.timeline': 'Події в документах теми',
    'topic.entities': 'Головні сутності', 'topic.quotes': 'Цитати', 'topic.network': 'Мережа акторів теми', 'topic.search': 'усі результати →',
    'loading': 'Завантаження…', 'error': 'Помилка: {msg}', 'unknown': 'невідомо', 'undated': 'без дати', 'negated': 'заперечено',
  },
  en: {
    'nav.search': 'Search', 'nav.events': 'Events', 'nav.timeline': 'Timeline', 'nav.network': 'Actor network', 'nav.entities': 'Entities', 'nav.topics': 'Topics',
    'search.placeholder': 'Words, "phrases", prefix*', 'search.submit': 'Search', 'search.none': 'No matches.',
    'search.total': '{n} documents found', 'search.save': 'Save as topic', 'search.saved': 'Topic "{name}" saved.',
    'search.hint': 'Type a query: each word is found in every form (гарантії → гарантія).',
    'filter.from': 'From', 'filter.to': 'To', 'filter.source': 'Source', 'filter.entity': 'Entity', 'filter.type': 'Event type',
    'filter.query': 'Query', 'filter.sort': 'Order', 'filter.apply': 'Apply', 'filter.clear': 'Clear', 'filter.all': 'all',
    'filter.granularity': 'Step', 'filter.minWeight': 'Min. weight',
    'sort.-date': 'newest first', 'sort.date': 'oldest first', 'sort.type': 'by type',
    'gran.day': 'day', 'gran.month': 'month', 'gran.year': 'year',
    'facet.sources': 'Sources', 'facet.eventTypes': 'Event types', 'facet.entities': 'Entities', 'facet.months': 'Months',
    'page.prev': '← Previous', 'page.next': 'Next →', 'page.of': '{a}–{b} of {n}',
    'events.title': 'Events', 'events.csv': 'Export CSV', 'events.json': 'Export JSON', 'events.none': 'No events.',
    'col.date': 'Date', 'col.type': 'Type', 'col.source': 'Who', 'col.target': 'To / against whom', 'col.trigger': 'Action', 'col.place': 'Place',
    'col.doc': 'Document', 'col.count': 'Events', 'col.name': 'Name', 'col.periods': 'By month', 'col.modality': 'Modality',
    'timeline.title': 'Events over time', 'timeline.none': 'No dated events.',
    'network.title': 'Actor network: who acts on whom', 'network.none': 'No events with both sides.', 'network.hint': 'Click a node to open its dossier.',
    'doc.entities': 'Entities', 'doc.events': 'Events', 'doc.quotes': 'Quotes', 'doc.dates': 'Dates', 'doc.none': 'No annotations yet (pipeline stages: {stages}).',
    'doc.legend.mention': 'entity', 'doc.legend.trigger': 'event', 'doc.legend.quote': 'quote', 'doc.legend.time': 'date', 'doc.source': 'Original',
    'entity.documents': 'documents', 'entity.mentions': 'mentions', 'entity.events': 'events', 'entity.period': 'Period', 'entity.names': 'Also as',
    'entity.timeline': 'Events per month', 'entity.events.title': 'Events', 'entity.quotes': 'Quotes', 'entity.coactors': 'Co-actors in events',
    'entity.docs': 'Documents', 'entity.coding': 'Coding', 'entity.all': 'all events →',
    'topics.title': 'Topics', 'topics.none': 'No saved topics. Run a search and press "Save as topic".', 'topics.delete': 'Delete',
    'topics.name': 'Topic name', 'topic.query': 'Query', 'topic.docs': 'Documents', 'topic.timeline': 'Events in the topic\'s documents',
    'topic.entities': 'Main entities', 'topic.quotes': 'Quotes', 'topic.network': 'The topic\'s actor network', 'topic.search': 'all results →',
    'loading': 'Loading…', 'error': 'Error: {msg}', 'unknown': 'unknown', 'undated': 'undated', 'negated': 'negated',
  },
};

const EVENT_LABELS = {
  uk: {
    AGREE: 'домовленість', CONSULT: 'консультації', SUPPORT: 'підтримка', CONCEDE: 'поступка', COOPERATE: 'співпраця', AID: 'допомога',
    RETREAT: 'відступ', REQUEST: 'запит', ACCUSE: 'звинувачення', REJECT: 'відмова', THREATEN: 'погроза', PROTEST: 'протест',
    SANCTION: 'санкції', MOBILIZE: 'мобілізація', COERCE: 'примус', ASSAULT: 'напад',
  },
  en: {
    AGREE: 'agree', CONSULT: 'consult', SUPPORT: 'support', CONCEDE: 'concede', COOPERATE: 'cooperate', AID: 'aid', RETREAT: 'retreat',
    REQUEST: 'request', ACCUSE: 'accuse', REJECT: 'reject', THREATEN: 'threaten', PROTEST: 'protest', SANCTION: 'sanction',
    MOBILIZE: 'mobilize', COERCE: 'coerce', ASSAULT: 'assault',
  },
};

export const EVENT_TYPES = Object.keys(EVENT_LABELS.en);

let lang = (() => {
  const saved = localStorage.getItem('litopys.lang');
  if (LANGS.includes(saved)) return saved;
  return (navigator.language || 'uk').startsWith('en') ? 'en' : 'uk';
})();

export function getLang() {
  return lang;
}

export function setLang(l) {
  if (!LANGS.includes(l)) return;
  lang = l;
  localStorage.setItem('litopys.lang', l);
  document.documentElement.lang = l;
}

export function t(key, vars = {}) {
  const s = DICT[lang][key] ?? DICT.en[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}

/** "AID — допомога" */
export function eventLabel(type) {
  const l = EVENT_LABELS[lang][type];
  return l ? `${type} · ${l}` : type;
}
