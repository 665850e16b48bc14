/**
 * Ukrainian event data for the PLOVER event engine (src/nlp/events): trigger lemmas with their type, mode and
 * argument slots, mode cues, modality cues, and actor words. Conventions: eval/gold/README.md. Lemmas are the
 * tagger's (VESUM) lemmas; slots are described in src/nlp/events/lexicon.ts.
 */
import type { EventLanguage, TriggerEntry } from '../../nlp/events/lexicon.js';
import { fullOblastGenitive, gazetteerEntries, rolesOn, sectorLexicon, SETTLEMENT_NOUN_LEMMAS, VESSEL_NOUN_LEMMAS, type GazetteerEntry } from './gazetteer/index.js';
import { inflect } from '../../nlp/morph/index.js';
import { GUEST_NOUNS, LEADING_CONNECTORS, MISSION_HEADS, STATE_WORDS } from './speech.js';
import { genitiveOfState } from './states.js';

let placeStems: Set<string> | undefined;
let townIdSet: Set<string> | undefined;

/** Plurals of another stem than the singular lemma. */
const SUPPLETIVE_PLURALS: Record<string, string> = { людина: 'люди', дитина: 'діти' };

// Frequent slot lists.
/** Words of troops and warships: their arrival somewhere is a deployment, not a visit. */
const ARRIVING_FORCES = ['авіаносець', 'авіаносний', 'військовий', 'військовослужбовець', 'підрозділ', 'війська', 'військо', 'батальйон', 'бригада', 'контингент', 'ескадра', 'есмінець', 'фрегат', 'десант'];
const ATTACK_TARGET = ['по+*', 'на+zna', 'zna', 'проти+rod', 'над+oru'];
const RECIPIENT = ['dav', 'для+rod', 'до+rod'];
const PARTNER = ['з+oru', 'між+oru'];
const VISIT_TARGET = ['з+oru', 'до+rod', 'в+zna', 'zna'];
const AGAINST = ['проти+rod', 'щодо+rod', 'на+zna', 'zna', 'dav'];

const T: TriggerEntry[] = [
  // CONSULT
  { lemma: ['розмова', 'переговори', 'переговор'], pos: 'noun', type: 'CONSULT', target: [...PARTNER, 'rod'], source: ['rod'] },
  { lemma: ['телефонний'], pos: 'adj', type: 'CONSULT', mode: 'phone', requires: ['розмова'], target: PARTNER },
  { lemma: ['телефон'], pos: 'noun', type: 'CONSULT', mode: 'phone', requires: ['поговорити', 'розмовляти', 'говорити', 'обговорити', 'обговорювати'], window: 6, target: PARTNER },
  { lemma: ['поговорити', 'розмовляти'], pos: 'verb', type: 'CONSULT', target: PARTNER },
  { lemma: ['переговорити', 'порозмовляти'], pos: 'verb', type: 'CONSULT', target: PARTNER },
  { lemma: ['зателефонувати', 'подзвонити'], pos: 'verb', type: 'CONSULT', mode: 'phone', target: ['dav', ...PARTNER] },
  { lemma: ['відеодзвінок', 'відеозв’язок', 'відеоконференція', 'відеорозмова', 'відеозустріч'], pos: 'noun', type: 'CONSULT', mode: 'video', target: [...PARTNER, 'rod'] },
  // (not a meeting hosted: "Канада приймає саміт Групи семи" says where it is held)
  { lemma: ['зустріч', 'консультація', 'саміт', 'перемовини', 'засідання', 'конференція'], pos: 'noun', type: 'CONSULT', mode: 'meeting', target: PARTNER, source: ['rod'],
    excludes: ['приймати', 'прийняти'], excludesWindow: 1 },
  { lemma: ['зустрітися', 'зустрічатися', 'зустрінутися'], pos: 'verb', type: 'CONSULT', mode: 'meeting', target: PARTNER },
  { lemma: ['провести'], pos: 'verb', type: 'CONSULT', mode: 'meeting', requires: ['переговори', 'консультація', 'зустріч', 'нарада'], window: 3, weak: true, target: PARTNER },
  { lemma: ['поїздка', 'турне', 'відвідини'], pos: 'noun', type: 'CONSULT', mode: 'visit', requires: ['до', 'в', 'у'], window: 2, target: VISIT_TARGET, source: ['rod'] },
  { lemma: ['візит'], pos: 'noun', type: 'CONSULT', mode: 'visit', target: VISIT_TARGET, source: ['rod'] },
  // (not "нікуди звідси не поїду": staying put)
  // (troops or warships arriving are a deployment: below)
  { lemma: ['прибути', 'приїхати', 'відвідати', 'завітати', 'прилетіти', 'їздити', 'поїхати'], pos: 'verb', type: 'CONSULT', mode: 'visit', target: VISIT_TARGET, needsTarget: true,
    excludes: ['нікуди', ...ARRIVING_FORCES], excludesWindow: 5 },
  { lemma: ['прийняти'], pos: 'verb', type: 'CONSULT', mode: 'visit', requires: ['візит', 'у', 'в'], excludes: ['рішення', 'закон', 'законопроєкт', 'участь'], window: 6, target: ['zna'], needsObject: true },
  // ("приймав у Лондоні голову Єврокомісії …": the imperfective hosts persons; a state or body it "прийматиме" hosts a
  // summit, no one's visit)
  { lemma: ['приймати'], pos: 'verb', type: 'CONSULT', mode: 'visit', requires: ['у', 'в'], excludes: ['рішення', 'закон', 'законопроєкт', 'участь', 'саміт', 'переговори', 'зустріч', 'форум', 'конференція'], window: 6, target: ['zna'], needsObject: true, personTarget: true },
  { lemma: ['обговорити', 'обговорювати'], pos: 'verb', type: 'CONSULT', weak: true, target: PARTNER },
  // "питання … під час розмови не порушували": raising (or not raising) an issue is talking about it.
  { lemma: ['порушити', 'порушувати', 'піднімати', 'підняти'], pos: 'verb', type: 'CONSULT', requires: ['питання', 'тема'], window: 10, weak: true, target: PARTNER },

  // ASSAULT
  { lemma: ['удар'], pos: 'noun', type: 'ASSAULT', target: ATTACK_TARGET, source: ['adj', 'rod', 'rel'], excludes: ['спина'] },
  // (not a count of them: "це вже третій випадок атаки на …")
  { lemma: ['атака', 'обстріл', 'наступ', 'штурм', 'бомбардування', 'кібератака', 'диверсія', 'напад', 'авіаудар', 'авіаналіт'], pos: 'noun', type: 'ASSAULT', target: [...ATTACK_TARGET, 'rod'], source: ['adj', 'rod', 'rel'],
    // (a "hybrid attack" is a charge, not a strike: "перетворити кулі на інструмент гібридної атаки")
    // (nor one an investigation is of: "спільне розслідування атаки" is the attack told before)
    excludes: ['випадок', 'гібридний', 'розслідування'], excludesWindow: 1 },
  // ("запустили в місті Воєнс … перше спільне виробництво дронів": production started, within a wider reach)
  { lemma: ['запустити', 'запускати'], pos: 'verb', type: 'ASSAULT', target: [...ATTACK_TARGET, 'в+zna'], excludesWindow: 10,
    excludes: ['рекорд', 'програма', 'процес', 'виробництво', 'механізм', 'переговори', 'ініціатива', 'проєкт', 'проект', 'платформа', 'кампанія', 'сервіс', 'розслідування', 'лінія', 'завод', 'підприємство', 'конвеєр', 'супутник',
      // ("з четверга запускає резервний маршрут": a train service)
      'маршрут', 'рейс', 'поїзд', 'потяг', 'сполучення', 'перевезення'] },
  // "війська просунулися на кілька кілометрів від Добропілля": an advance of troops is a ground assault near the place
  { lemma: ['просунутися', 'просуватися'], pos: 'verb', type: 'ASSAULT', mode: 'ground', requires: ['війська', 'військо', 'військовий', 'підрозділ', 'армія', 'противник', 'ворог', 'окупант', 'угруповання', 'бойовик'], window: 6,
    target: ['до+rod', 'від+rod', 'біля+rod', 'поблизу+rod', 'в+zna', 'у+zna'] },
  // ("намагалися прорватися до Куп’янська": a ground assault on the place)
  { lemma: ['прорватися', 'прориватися'], pos: 'verb', type: 'ASSAULT', mode: 'ground', target: ['до+rod', 'в+zna', 'у+zna'],
    // (nor protesters pushing into a building: "демонстрантів, які намагалися прорватися до парламенту")
    excludes: ['оточення', 'кільце', 'блокада', 'демонстрант', 'протестувальник', 'протестуючий', 'мітингувальник', 'натовп', 'активіст', 'фанат'], excludesWindow: 8 },
  { lemma: ['атакувати', 'вдарити', 'ударити', 'обстріляти', 'обстрілювати', 'бити', 'бомбардувати', 'скинути', 'випустити', 'уразити', 'вразити', 'штурмувати', 'наступати', 'влучити', 'поцілити', 'обстрілювати'], pos: 'verb', type: 'ASSAULT', target: [...ATTACK_TARGET, 'в+zna'],
    excludes: ['рекорд', 'програма', 'процес', 'виробництво', 'механізм', 'переговори', 'ініціатива', 'проєкт', 'проект', 'платформа', 'кампанія', 'сервіс', 'розслідування', 'тривога',
      // ("нові обмеження вдарять по економіках": measures hit figuratively)
      'обмеження', 'санкція', 'мито', 'тариф', 'економіка', 'ціна', 'гаманець', 'бюджет'] },
  { lemma: ['ударний'], pos: 'adj', type: 'ASSAULT', mode: 'drone', requires: ['дрон', 'безпілотник', 'БпЛА'], window: 6, target: ATTACK_TARGET, source: ['adj'],
    // (nor beside the attack's own verb or noun: "завдала удару …, випустивши … ракет і … ударних дронів" is one attack)
    excludes: ['виробляти', 'виробництво', 'виготовляти', 'закупити', 'передати', 'передавати', 'постачати', 'постачання', 'розробляти', 'вироблятимуть',
      'випустити', 'випускати', 'запустити', 'запускати', 'атакувати', 'атака', 'удар',
      // (nor weapons a document or a purchase covers: "декларація охоплює … радари та ударні дрони")
      'охоплювати', 'придбання', 'контракт', 'декларація'], excludesWindow: 10 },
  // "дрони пошкодили церкву": damage done by the weapon named as the subject (not by debris or a blast wave)
  { lemma: ['пошкодити', 'пошкоджувати', 'зруйнувати', 'руйнувати', 'знищити'], pos: 'verb', type: 'ASSAULT', requires: ['дрон', 'безпілотник', 'БпЛА', 'ракета', 'шахед', 'Шахед', 'авіабомба', 'снаряд'], window: 6, target: ['zna'], personalOnly: true, requiresBefore: true,
    excludes: ['уламок', 'уламки', 'хвиля', 'падіння', 'вибух'] },
  // ("бої між X та Y": clashes between two named sides — the first the source, the other the target)
  { lemma: ['бій', 'сутичка', 'зіткнення', 'перестрілка'], pos: 'noun', type: 'ASSAULT', mode: 'ground', requires: ['між'], window: 2, requiresBefore: false, target: ['між+oru'], source: ['між+oru'] },
  // "бойовики напали на поліцейський блокпост": an armed attack on a place or a post
  { lemma: ['напасти', 'нападати'], pos: 'verb', type: 'ASSAULT', mode: 'ground', target: ['на+zna', ...ATTACK_TARGET], needsTarget: true },
  { lemma: ['замах'], pos: 'noun', type: 'ASSAULT', target: ['в+zna', 'на+zna', 'rod'], source: ['adj', 'rod'] },
  { lemma: ['вторгнутися', 'вдертися'], pos: 'verb', type: 'ASSAULT', target: ['в+zna', 'на+zna'] },
  // "хакери проникли до внутрішніх мереж трьох оборонних компаній": a break-in to networks is a cyberattack on their owner.
  { lemma: ['проникнути', 'проникати'], pos: 'verb', type: 'ASSAULT', mode: 'cyber', requires: ['мережа', 'сервер', 'система', 'хакер'], window: 5, target: ['до+rod', 'в+zna'], needsTarget: true },
  // "дрони порушили повітряний простір Польщі": an incursion is an attack on the state whose airspace it is.
  { lemma: ['порушити', 'порушувати'], pos: 'verb', type: 'ASSAULT', requires: ['простір'], window: 3, target: ['rod'] },
  // (an incursion during an attack told in its clause is a detail of that attack: "під час атаки на Ізмаїл залетіли в
  // повітряний простір Румунії")
  { lemma: ['залетіти'], pos: 'verb', type: 'ASSAULT', mode: 'drone', target: ['в+zna', 'до+rod', 'над+oru'], excludes: ['атака', 'удар', 'обстріл'], excludesWindow: 4 },
  // "звільнили село Новоекономічне": a place retaken is a ground assault (captives set free are a concession).
  { lemma: ['звільнити', 'визволити', 'відбити'], pos: 'verb', type: 'ASSAULT', mode: 'ground', requires: ['село', 'селище', 'місто', 'населений', 'територія', 'висота', 'плацдарм'], window: 6, target: ['zna'],
    excludes: ['полон', 'полонений', 'заручник', 'в’язень', 'посада', 'обов’язок', 'податок', 'мито'] },
  // "підпалили колону цистерн поблизу міста": arson by armed men or partisans is a ground attack on the place (not
  // tyres or candles lit in a protest or a vigil)
  // (by protesters it is their protest: "протестувальники підпалили будівлю парламенту")
  { lemma: ['підпалити', 'підпалювати'], pos: 'verb', type: 'PROTEST', requires: ['протестувальник', 'протестувальниця', 'демонстрант', 'мітингувальник'], window: 3, target: [] },
  // "закидали камінням кортеж президента": stones or bottles thrown at someone are an attack on them
  { lemma: ['закидати', 'закидувати', 'жбурляти', 'кидати', 'кинути'], pos: 'verb', type: 'ASSAULT', mode: 'ground', requires: ['камінь', 'каміння', 'пляшка', 'коктейль', 'бруківка'], window: 4, target: ['zna', 'в+zna', 'у+zna'], needsTarget: true, groupSubject: true },
  { lemma: ['підпалити', 'підпалювати'], pos: 'verb', type: 'ASSAULT', mode: 'ground', target: ['zna'], excludes: ['шина', 'покришка', 'свічка', 'факел', 'вогонь', 'багаття', 'опудало', 'прапор'] },
  // "захопили більшу частину міста": a place taken by ground forces (not power, not captives, not vessels).
  // "взяли під контроль Ель-Фашер": a town taken
  // (not a company's plant or assets taken over by a state: "візьме під контроль нафтопереробний завод Лукойлу")
  { lemma: ['взяти', 'брати'], pos: 'verb', type: 'ASSAULT', mode: 'ground', requires: ['контроль'], window: 2, target: ['zna'], needsTarget: true,
    excludes: ['завод', 'компанія', 'підприємство', 'актив', 'активи', 'комбінат', 'банк', 'термінал', 'філія'], excludesWindow: 5 },
  { lemma: ['захопити', 'захоплювати'], pos: 'verb', type: 'ASSAULT', mode: 'ground', target: ['zna'], needsTarget: true,
    // (an attempt one is accused of is no capture: "звинуватив у спробі силою захопити регіон")
    excludes: ['влада', 'полон', 'танкер', 'судно', 'корабель', 'суховантаж', 'літак', 'заручник', 'ініціатива', 'ринок', 'увага', 'спроба'] },

  // AID
  { lemma: ['передати', 'передавати', 'надати', 'надавати', 'постачати', 'поставити', 'виділити', 'виділяти', 'відправити', 'направити', 'спрямувати', 'спрямовувати', 'виплатити', 'профінансувати', 'фінансувати', 'прибути', 'передання', 'перерахувати', 'перераховувати'], pos: 'verb', type: 'AID', target: RECIPIENT,
    requires: ['допомога', 'пакет', 'зброя', 'намет', 'ліки', 'медикамент', 'ковдра', 'продовольство', 'одяг', 'система', 'ракета', 'снаряд', 'винищувач', 'танк', 'кредит', 'транш', 'грант', 'гуманітарний', 'тонна', 'євро', 'долар', 'фунт', 'генератор', 'літак', 'F-16', 'IRIS-T', 'Patriot', 'ППО', 'боєприпас', 'техніка', 'дрон', 'безпілотник', 'зерно', 'продовольство', 'мільйон', 'мільярд', 'млн', 'млрд', 'вантаж', 'обладнання', 'установка', 'комплекс', 'тіло',
      'ствол', 'гаубиця', 'гармата', 'артилерія', 'артилерійський', 'міномет', 'бронетехніка', 'бронемашина', 'БМП', 'БТР', 'бронетранспортер', 'бронеавтомобіль', 'тральщик', 'протимінний', 'гелікоптер', 'катер', 'радар', 'РЕБ', 'зенітний', 'автомобіль', 'позашляховик', 'машина', 'вантажівка', 'трансформатор', 'кіберінструмент',
      // (rescuers and field hospitals sent after a disaster; shelters for schools; building materials for repairs)
      'рятувальник', 'рятувальний', 'госпіталь', 'укриття', 'автобус', 'будівельний'],
    excludes: ['тіло', 'полонений', 'військо', 'затриманий'], window: 8 },
  // "перші два кораблі Японія передасть Філіппінам": warships handed to a recipient named in the dative (ships sent
  // with no recipient are deployed: "направив до району маневрів кораблі")
  { lemma: ['передати', 'передавати', 'надати', 'надавати', 'поставити', 'постачати'], pos: 'verb', type: 'AID', mode: 'military', target: ['dav'], needsTarget: true,
    requires: ['корабель', 'есмінець', 'фрегат', 'корвет'], window: 8 },
  // "Ізраїль дозволив вантажівкам із гуманітарними вантажами в’їхати": letting aid or people through eases a restriction
  { lemma: ['дозволити', 'дозволяти'], pos: 'verb', type: 'CONCEDE', requires: ['гуманітарний', 'вантажівка', 'в’їхати', 'в’їзд', 'проїзд', 'ввезення', 'евакуація', 'доставка', 'виїзд', 'виїхати', 'виїжджати', 'перетинати', 'перетнути', 'вилетіти', 'виліт'], window: 6, target: ['dav'] },
  // ("Мінфін США дозволив NIS вести переговори": a permission given to a named side eases what bound it — only a
  // permission given, to a side named in the dative; not one refused, nor what a law or a decision allows)
  { lemma: ['дозволити'], pos: 'verb', type: 'CONCEDE', target: ['dav'], needsTarget: true, excludesWindow: 4,
    excludes: ['не', 'ні', 'нікому', 'жодний', 'закон', 'рішення', 'інструмент', 'механізм', 'угода', 'допомога', 'технологія', 'конституція', 'правило', 'зміна'] },
  // "оголосили внесок до Зеленого кліматичного фонду": a contribution pledged or paid into a fund
  { lemma: ['внесок'], pos: 'noun', type: 'AID', mode: 'economic', requires: ['оголосити', 'оголошувати', 'зробити', 'робити', 'внести', 'вносити', 'сплатити', 'перерахувати'], window: 3, target: ['до+rod', 'в+zna'] },
  // "ЄС погодив репараційний кредит Україні": a loan or package approved for a recipient
  { lemma: ['погодити', 'погоджувати', 'схвалити', 'схвалювати', 'затвердити', 'затверджувати'], pos: 'verb', type: 'AID', target: RECIPIENT, needsTarget: true,
    requires: ['кредит', 'позика', 'транш', 'грант', 'допомога', 'пакет', 'фінансування'], window: 4, excludes: ['санкція', 'санкційний'] },
  // "Польща розпочала підготовку бійців Українського легіону": training another state's troops is military aid (not
  // what an agreement "передбачає": that is the agreement's content)
  { lemma: ['підготовка'], pos: 'noun', type: 'AID', mode: 'military', requires: ['боєць', 'військовий', 'військовослужбовець', 'солдат', 'пілот', 'курсант', 'новобранець'], window: 2, target: ['rod'], source: ['adj'],
    excludes: ['передбачати', 'передбачатиме'], excludesWindow: 3 },
  // "Копенгаген закупить для Збройних сил України першу партію ракет": weapons bought for another state's army
  { lemma: ['закупити', 'закуповувати', 'придбати', 'купити'], pos: 'verb', type: 'AID', target: ['для+rod'], needsTarget: true,
    requires: ['ракета', 'снаряд', 'боєприпас', 'зброя', 'система', 'комплекс', 'дрон', 'безпілотник', 'техніка', 'партія', 'гаубиця', 'ППО', 'винищувач', 'генератор'], window: 10 },
  // "доставила до Краматорська 14 вантажівок із продуктами": delivered aid (the place it went to is no recipient)
  { lemma: ['доставити', 'доставляти'], pos: 'verb', type: 'AID', requires: ['вантажівка', 'продукт', 'допомога', 'гуманітарний', 'вантаж', 'ліки', 'генератор', 'продовольство', 'медикамент', 'намет'], window: 10, target: RECIPIENT },
  // (a commodity sold or piped is trade, not aid: "постачання нафти трубопроводом", "умови постачання газу")
  { lemma: ['передача', 'надання', 'постачання', 'поставка', 'виділення', 'фінансування', 'виплата'], pos: 'noun', type: 'AID', target: RECIPIENT, source: ['adj'],
    // (nor a supply chain: "ланцюги постачання компонентів")
    excludes: ['нафта', 'газ', 'електроенергія', 'нафтопродукт', 'вугілля', 'пальне', 'паливо', 'трубопровід', 'газопровід', 'нафтопровід', 'ланцюг', 'ланцюжок',
      // (nor words, papers or permissions given: "для надання пояснень")
      'пояснення', 'інформація', 'відповідь', 'коментар', 'доказ', 'статус', 'громадянство', 'дозвіл', 'ліцензія'], window: 3 },
  // "Україна отримала від Данії першу партію винищувачів": received aid, the giver after "від".
  { lemma: ['отримати', 'отримувати', 'одержати'], pos: 'verb', type: 'AID', recipientSubject: true, target: ['від+rod'],
    requires: ['допомога', 'пакет', 'зброя', 'система', 'ракета', 'снаряд', 'винищувач', 'танк', 'кредит', 'транш', 'грант', 'партія', 'боєприпас', 'техніка', 'генератор', 'електростанція', 'трансформатор', 'обладнання', 'комплекс', 'мільйон', 'мільярд', 'млн', 'млрд',
      'літак', 'гелікоптер', 'дрон', 'безпілотник', 'катер', 'корабель', 'бронетехніка', 'ППО'], window: 8 },
  // (not aid a law restricted: "поправка, яка обмежувала американську допомогу Азербайджану")
  { lemma: ['допомога'], pos: 'noun', type: 'AID', target: RECIPIENT, source: ['adj'], weak: true, excludes: ['обмежувати', 'обмежити'], excludesWindow: 3 },
  // "Румунія й надалі допомагатиме Україні технікою", "Єврокомісія допоможе Україні профінансувати імпорт": a state or
  // body helping another named in the dative
  // (with what it helps, as means or as the step paid for: not "допомагають Росії обходити санкції")
  { lemma: ['допомогти', 'допомагати'], pos: 'verb', type: 'AID', target: ['dav'], needsTarget: true, requiresAfter: true, window: 5,
    requires: ['техніка', 'зброя', 'озброєння', 'боєприпас', 'кошти', 'гроші', 'профінансувати', 'фінансувати', 'закупити', 'закуповувати', 'придбати', 'кредит', 'грант', 'генератор', 'обладнання'] },
  // "досі не відкрили безпечного коридору для виходу цивільних": a humanitarian corridor opened (or not) is a concession
  { lemma: ['відкрити', 'відкривати'], pos: 'verb', type: 'CONCEDE', requires: ['коридор'], requiresAfter: true, window: 4, target: ['для+rod'] },
  // "Мінфін США відкрило Центральному банку Аргентини лінію валютного свопу": a credit or swap line opened to a named side
  { lemma: ['відкрити', 'відкривати'], pos: 'verb', type: 'AID', mode: 'economic', requires: ['лінія', 'кредит', 'своп', 'кредитний'], requiresAfter: true, window: 5, target: ['dav'], needsTarget: true },
  // "Пентагон оголосив пакет на 1 млрд доларів": an aid package announced or approved (not one of sanctions).
  { lemma: ['пакет'], pos: 'noun', type: 'AID', target: RECIPIENT, requires: ['оголосити', 'оголошувати', 'затвердити', 'схвалити', 'представити', 'оприлюднити', 'анонсувати', 'ухвалити'], window: 2,
    excludes: ['санкція', 'санкційний', 'законопроєкт', 'документ', 'реформа'] },

  // SANCTION
  { lemma: ['санкція'], pos: 'noun', type: 'SANCTION', mode: 'economic', target: AGAINST, source: ['adj', 'rel'] },
  { lemma: ['обмеження'], pos: 'noun', type: 'SANCTION', mode: 'economic', requires: ['запровадити', 'запроваджувати', 'ввести', 'накласти', 'оголосити', 'оголошувати', 'розширити', 'проти'], target: AGAINST },
  // "запровадили додаткові мита на індійські товари": tariffs imposed as a penalty are an economic sanction.
  { lemma: ['мито', 'тариф', 'ембарго'], pos: 'noun', type: 'SANCTION', mode: 'economic', requires: ['запровадити', 'запроваджувати', 'ввести', 'вводити', 'накласти', 'підвищити', 'оголосити', 'відповісти', 'відповідати'], window: 3, target: [...AGAINST, 'на+zna'] },
  // ("мита на індійські товари, запроваджені Вашингтоном": duties named with the participle of their imposing, its
  // agent in the instrumental)
  { lemma: ['мито', 'тариф', 'ембарго'], pos: 'noun', type: 'SANCTION', mode: 'economic', requires: ['запроваджений', 'введений', 'накладений'], requiresAfter: true, window: 6, target: [...AGAINST, 'на+zna'], source: ['participleAgent'] },
  // ("безстроково заблокувати активи центрального банку": blocked assets are frozen, not a refusal)
  { lemma: ['заблокувати', 'блокувати'], pos: 'verb', type: 'SANCTION', mode: 'economic', requires: ['актив', 'рахунок', 'майно', 'кошти'], requiresAfter: true, window: 3, target: ['rod', 'zna'] },
  // ("анулював візи двом членам комісії": visas taken away are a personal sanction on their holders)
  { lemma: ['анулювати', 'анульовувати'], pos: 'verb', type: 'SANCTION', mode: 'personal', requires: ['віза'], requiresAfter: true, window: 2, target: ['dav'] },
  // "заблокував доступ до соцмереж": access cut off is a restriction imposed (censorship), not a refusal
  { lemma: ['заблокувати', 'блокувати', 'обмежити', 'обмежувати', 'закрити', 'закривати'], pos: 'verb', type: 'COERCE', requires: ['доступ'], requiresAfter: true, window: 2, target: ['до+rod'],
    // (an attempt is no restriction imposed: "зловмисники намагалися заблокувати доступ до реєстрів")
    excludes: ['намагатися', 'спробувати', 'намагання', 'спроба', 'прагнути'], excludesWindow: 4 },
  { lemma: ['заморозити', 'заморожувати'], pos: 'verb', type: 'SANCTION', mode: 'economic', requires: ['актив', 'рахунок', 'майно', 'кошти'], window: 3, target: ['rod', 'zna'] },
  // (an export ban names its target after "до": "заборонило експорт до Японії товарів …")
  { lemma: ['заборонити', 'забороняти'], pos: 'verb', type: 'SANCTION', mode: 'economic', requires: ['імпорт', 'експорт', 'ввезення', 'вивезення', 'транзит'], window: 3, target: ['rod', 'з+rod', 'до+rod', 'в+zna'] },
  // "призупинив імпорт японських морепродуктів": trade stopped by a state's decision.
  { lemma: ['призупинити', 'призупиняти', 'обмежити', 'обмежувати'], pos: 'verb', type: 'SANCTION', mode: 'economic', requires: ['імпорт', 'експорт', 'ввезення', 'вивезення'], window: 2, target: ['rod', 'з+rod', 'до+rod', 'в+zna'] },
  { lemma: ['заборона'], pos: 'noun', type: 'SANCTION', mode: 'personal', requires: ['в’їзд'], target: ['dav', 'для+rod', 'щодо+rod', 'проти+rod'] },
  // "заборонила в’їзд до країни телеведучому": barring a person from entry.
  { lemma: ['заборонити', 'забороняти'], pos: 'verb', type: 'SANCTION', mode: 'personal', requires: ['в’їзд'], window: 3, target: ['dav', 'для+rod', 'zna'] },
  // "заборонив литовським вантажівкам виїжджати з країни": a state's carriers barred
  { lemma: ['заборонити', 'забороняти'], pos: 'verb', type: 'SANCTION', mode: 'economic', requires: ['вантажівка', 'фура', 'перевізник', 'авіакомпанія', 'судно'], requiresAfter: true, window: 3, target: ['dav', 'для+rod'], needsTarget: true },
  // "до британських обмежень приєдналися Канада та Нова Зеландія": joining sanctions named before is a sanction of
  // one's own against the same target.
  { lemma: ['приєднатися', 'приєднуватися'], pos: 'verb', type: 'SANCTION', mode: 'economic', requires: ['санкція', 'обмеження', 'санкційний', 'рестрикція'], window: 5, target: [], joinsLast: true },
  // "розширила список громадян ЄС, яким заборонено в’їзд": a list of people barred from entry, made or extended.
  // (a list that only counts its entries adds no one: "Санкційний список … налічує 1400 позицій")
  { lemma: ['список', 'перелік'], pos: 'noun', type: 'SANCTION', mode: 'personal', requires: ['в’їзд', 'санкційний', 'стоп-лист'], window: 8, target: ['rod'],
    excludes: ['налічувати', 'нараховувати', 'містити', 'охоплювати', 'становити'], excludesWindow: 10 },
  { lemma: ['вислати', 'висилати', 'закрити', 'видворити', 'видворяти'], pos: 'verb', type: 'SANCTION', mode: 'diplomatic', requires: ['дипломат', 'посол', 'консул', 'генконсул', 'аташе', 'консульство', 'посольство', 'генконсульство', 'делегація', 'дипломатичний', 'повірений'], window: 6, target: ['rod', 'zna'] },
  // ("оголосила про закриття російського консульства в Гданську": the closure by noun, its state by the demonym)
  { lemma: ['закриття'], pos: 'noun', type: 'SANCTION', mode: 'diplomatic', requires: ['консульство', 'посольство', 'генконсульство', 'представництво'], window: 3, target: ['rod'], source: [] },
  // "закрив повітряний простір для індійських авіакомпаній": closing one's airspace to a state's carriers is a sanction.
  { lemma: ['закрити', 'закривати'], pos: 'verb', type: 'SANCTION', mode: 'economic', requires: ['простір', 'небо'], window: 2, target: ['для+rod', 'dav'] },
  // "закрила … пункти пропуску на кордоні з Білоруссю": a border closed to a neighbour
  { lemma: ['закрити', 'закривати'], pos: 'verb', type: 'SANCTION', mode: 'economic', requires: ['пропуск', 'кордон', 'КПП'], window: 5, target: ['з+oru', 'для+rod'],
    excludes: ['залишатися', 'залишитися'] },
  // "обмежили пересування російських дипломатів": restricting a mission's diplomats is a diplomatic sanction.
  { lemma: ['обмежити', 'обмежувати'], pos: 'verb', type: 'SANCTION', mode: 'diplomatic', requires: ['дипломат', 'посол', 'посольство', 'консульство', 'дипмісія'], window: 4, target: ['rod', 'zna', 'dav'] },
  // "оголосила трьох російських дипломатів персонами нон грата", "рішення про вислання співробітників посольства"
  { lemma: ['оголосити', 'оголошувати', 'визнати'], pos: 'verb', type: 'SANCTION', mode: 'diplomatic', requires: ['грата', 'ґрата'], window: 8, target: ['zna', 'rod'] },
  // "розірвала дипломатичні відносини з Руандою": relations broken off (the order for diplomats to leave is the same act).
  // (not the relations "розірвані" years ago that two sides now agree to restore)
  { lemma: ['розірвати', 'розривати'], pos: 'verb', type: 'SANCTION', mode: 'diplomatic', requires: ['відносини', 'відносина'], window: 4, target: PARTNER, excludes: ['відновити', 'відновлювати', 'відновлення'] },
  { lemma: ['розрив'], pos: 'noun', type: 'SANCTION', mode: 'diplomatic', requires: ['відносини', 'відносина'], window: 3, target: PARTNER, source: ['adj', 'rod'] },
  { lemma: ['вислання', 'видворення', 'висилка'], pos: 'noun', type: 'SANCTION', mode: 'diplomatic', requires: ['дипломат', 'посол', 'посольство', 'консульство', 'співробітник', 'аташе'], window: 6, target: ['rod'], source: ['adj'] },

  // ACCUSE
  { lemma: ['звинуватити', 'звинувачувати', 'засудити', 'засуджувати', 'розкритикувати', 'критикувати', 'обвинуватити', 'обвинувачувати', 'осудити', 'дорікнути', 'дорікати'], pos: 'verb', type: 'ACCUSE', target: ['zna', 'rod', 'dav', 'oru'] },
  // "вручили ноту протесту", "висловили протест": a diplomatic protest is an accusation (not a street protest)
  { lemma: ['нота'], pos: 'noun', type: 'ACCUSE', requires: ['протест', 'вручити', 'надіслати', 'направити'], window: 3, target: ['dav', 'rod'] },
  { lemma: ['протест'], pos: 'noun', type: 'ACCUSE', requires: ['висловити', 'висловлювати', 'заявити', 'заявляти'], window: 4, target: ['dav', 'rod'] },
  // "поклала відповідальність за атаку на ГРУ": laying the blame is an accusation.
  { lemma: ['покласти', 'покладати'], pos: 'verb', type: 'ACCUSE', requires: ['відповідальність'], window: 2, target: ['на+zna'] },
  { lemma: ['звинувачення', 'засудження'], pos: 'noun', type: 'ACCUSE', target: ['на+zna', 'проти+rod', 'rod'], excludes: ['відкинути', 'відкидати', 'заперечити'] },
  { lemma: ['занепокоєння'], pos: 'noun', type: 'ACCUSE', requires: ['висловити', 'висловлювати'], target: ['через+zna', 'щодо+rod', 'rod'] },
  // "Румунія викликала посла Росії": summoning a state's envoy is a diplomatic protest against that state
  { lemma: ['викликати'], pos: 'verb', type: 'ACCUSE', requires: ['посол', 'посолка', 'повірений', 'тимчасовий', 'дипломат'], window: 3, target: ['rod', 'zna'] },
  // (calling a claim baseless rejects it; calling a decision or a measure so criticises it: ACCUSE below)
  { lemma: ['назвати', 'називати'], pos: 'verb', type: 'REJECT', requires: ['фейк', 'фейковий', 'вигадка', 'дезінформація', 'брехня', 'неправдивий', 'безпідставний', 'абсурдний', 'маячня'], window: 8, target: ['zna', 'rod'],
    excludes: ['рішення', 'санкція', 'указ', 'закон', 'крок', 'арешт', 'вирок', 'обмеження', 'заборона'] },
  { lemma: ['назвати', 'називати'], pos: 'verb', type: 'ACCUSE', requires: ['безпідставний', 'абсурдний'], window: 8, target: ['zna', 'rod'] },
  // ("охарактеризувала дії Токіо як «ворожі»")
  { lemma: ['назвати', 'називати', 'охарактеризувати', 'характеризувати'], pos: 'verb', type: 'ACCUSE', requires: ['атака', 'удар', 'злочин', 'терор', 'тероризм', 'варварство', 'провокація', 'агресія', 'недружній', 'шантаж', 'порушення', 'злочинний', 'назад', 'помилка', 'ганебний', 'жахливий', 'боягузливий', 'неприйнятний',
    'піратство', 'пропаганда', 'русофобія', 'авантюра', 'свавілля', 'беззаконня', 'грабіж', 'крадіжка', 'дискримінація', 'дискримінаційний', 'незаконний', 'нелегітимний', 'лицемірство', 'цинізм', 'цинічний', 'ворожий', 'провокаційний', 'безвідповідальний', 'теракт', 'геноцид', 'окупація', 'ескалація', 'ганьба', 'фарс', 'зрада', 'диверсія', 'агресивний',
    'несправедливий', 'необґрунтований', 'неправомірний', 'протиправний', 'свавільний', 'шкідливий', 'руйнівний', 'нечесний',
    'антидержавний', 'антиукраїнський', 'антинародний', 'зрадницький', 'підривний', 'популістський', 'пропагандистський', 'неадекватний',
    'переворот', 'розправа', 'репресія', 'репресивний', 'вмотивований', 'замовний', 'узурпація', 'диктатура', 'дестабілізація', 'втручання', 'маніпуляція', 'фальсифікація', 'загроза', 'погроза', 'небезпечний',
    'нікчемний', 'свавілля', 'рейдерство', 'шантаж', 'терористичний', 'варварський',
    // ("«економічним самогубством»", "«полюванням на відьом»", "«оголошенням війни»", "«політичним інструментом»")
    'самогубство', 'відьма', 'війна', 'інструмент', 'виклик', 'вторгнення', 'репетиція',
    // ("«кроком у неправильному напрямку»": a step judged wrong)
    'неправильний', 'помилковий', 'хибний', 'непрозорий'], window: 8, target: ['zna', 'rod'] },

  // REQUEST
  { lemma: ['закликати', 'закликати', 'попросити', 'просити', 'вимагати', 'зажадати', 'звернутися', 'звертатися'], pos: 'verb', type: 'REQUEST', modality: 'requested', target: ['zna', 'до+rod', 'dav', 'від+rod', 'у+rod'] },
  // "наполягає, щоб Москва розірвала контракти" ("наполягають, що …" asserts, no request)
  { lemma: ['наполягати', 'наполягти'], pos: 'verb', type: 'REQUEST', modality: 'requested', requires: ['щоб', 'аби'], window: 2, target: ['zna', 'dav'] },
  // ("запропонував Москві продовжити тишу": a proposal to a party to do something asks it of them — only with a party named)
  { lemma: ['запропонувати', 'пропонувати'], pos: 'verb', type: 'REQUEST', modality: 'requested', target: ['dav'], needsTarget: true },
  { lemma: ['прохання', 'запит', 'заклик', 'вимога'], pos: 'noun', type: 'REQUEST', modality: 'requested', target: ['до+rod', 'dav'], excludes: ['звернутися', 'звертатися', 'погодитися', 'погоджуватися'] },

  // REJECT
  { lemma: ['відкинути', 'відкидати', 'відмовити', 'відмовляти', 'заблокувати', 'ветувати', 'відхилити', 'відхиляти'], pos: 'verb', type: 'REJECT', target: ['zna', 'від+rod', 'dav', 'rod', 'з+oru'],
    // (declining to comment rejects nothing)
    excludes: ['коментувати', 'прокоментувати', 'коментар'], window: 2 },
  // (giving up one's own demand or condition is a concession, below)
  { lemma: ['відмовитися', 'відмовлятися'], pos: 'verb', type: 'REJECT', target: ['zna', 'від+rod', 'dav', 'rod', 'з+oru'],
    // (nor a refusal to rule something out, which keeps it open: "відмовився виключити застосування сили")
    excludes: ['коментувати', 'прокоментувати', 'коментар', 'вимога', 'умова', 'виключити', 'виключати'], window: 2 },
  { lemma: ['відмова'], pos: 'noun', type: 'REJECT', target: ['dav', 'rod'] },
  // "не відкриватиме ринок для українського зерна": keeping a market or border closed is a refusal.
  { lemma: ['відкрити', 'відкривати'], pos: 'verb', type: 'REJECT', negatedOnly: true, requires: ['ринок', 'кордон'], target: ['для+rod', 'dav'] },
  // ("опозиція" is mostly the political opposition: only with "щодо"/"до" after it, never "з лідерів опозиції")
  // (the opposition as a group is no act: "причетним до переслідування опозиції")
  { lemma: ['опозиція'], pos: 'noun', type: 'REJECT', requires: ['до', 'щодо'], window: 2, target: ['до+rod', 'щодо+rod'], source: ['adj', 'rod'],
    excludes: ['переслідування', 'лідер', 'прихильник', 'представник', 'утиск', 'репресія', 'тиск', 'арешт', 'затримання', 'політик', 'активіст'] },
  { lemma: ['незгода'], pos: 'noun', type: 'REJECT', requires: ['до', 'щодо', 'з'], window: 3, target: ['до+rod', 'щодо+rod'], source: ['adj', 'rod'] },
  { lemma: ['сприйматися', 'сприймати'], pos: 'verb', type: 'REJECT', requires: ['не'], window: 2, target: ['rod', 'zna'] },
  // "виступив проти вступу України до НАТО": opposing is rejecting (the "проти" phrase, or the actor of the act noun in
  // it, is the target). The imperfective ("Токіо виступає проти …", "ми не виступаємо проти …") states a position, no act.
  { lemma: ['виступити'], pos: 'verb', type: 'REJECT', requires: ['проти'], excludes: ['ми', 'я'], window: 2, target: ['проти+rod'] },
  // "не визнає результатів виборів": refusing to recognise.
  { lemma: ['визнати', 'визнавати'], pos: 'verb', type: 'REJECT', negatedOnly: true, requires: ['результат', 'вибори', 'легітимність', 'анексія', 'референдум', 'суверенітет', 'юрисдикція'], window: 4, target: ['rod', 'zna'] },

  // THREATEN
  { lemma: ['пригрозити', 'погрожувати', 'погрозити'], pos: 'verb', type: 'THREATEN', modality: 'threatened', target: ['dav', 'zna', 'проти+rod', 'для+rod'] },
  // "пообіцяли відповісти на закриття консульства": a promised response is a threat.
  { lemma: ['відповісти', 'відповідати'], pos: 'verb', type: 'THREATEN', modality: 'threatened', requires: ['пообіцяти', 'обіцяти'], window: 2, target: ['dav'] },
  // "пообіцяло, що це «не залишиться без відповіді»", "пообіцяла жорстку відповідь": a promised response is a threat.
  { lemma: ['пообіцяти', 'обіцяти'], pos: 'verb', type: 'THREATEN', modality: 'threatened', requires: ['відповідь', 'наслідок', 'помста', 'відплата'], window: 10, target: ['dav'] },
  { lemma: ['погроза'], pos: 'noun', type: 'THREATEN', modality: 'threatened', target: ['dav', 'на+zna'], source: ['rod', 'adj'] },
  // "Китай «рішуче відповість»": a response announced with force is a threat.
  { lemma: ['відповісти', 'відповідати'], pos: 'verb', type: 'THREATEN', modality: 'threatened', requires: ['рішуче', 'жорстко', 'дзеркально', 'адекватно', 'симетрично'], window: 2, target: ['dav', 'на+zna'], notPast: true },
  { lemma: ['ультиматум'], pos: 'noun', type: 'THREATEN', modality: 'threatened', requires: ['висунути', 'поставити', 'пред’явити'], window: 3, target: ['dav'] },
  // (also "розглядатимуть завод як «законну ціль»")
  // (and "продовжуватиме наступ, доки …", "час безкарності закінчився", "як «акт війни»")
  { lemma: ['застерегти', 'застерігати'], pos: 'verb', type: 'THREATEN', modality: 'threatened', target: ['zna'], requires: ['якщо', 'наслідок', 'відповідь', 'відповісти', 'санкція', 'удар', 'згорнути', 'доки', 'ціна', 'ескалація', 'залежати'], window: 25 },
  { lemma: ['попередити', 'попереджати'], pos: 'verb', type: 'THREATEN', modality: 'threatened', target: ['zna'], requires: ['наслідок', 'відповідь', 'відповісти', 'санкція', 'якщо', 'удар', 'ціна', 'ціль', 'наступ', 'доки', 'безкарність', 'війна', 'ескалація', 'збивати', 'збити', 'вжити', 'вживати', 'дзеркальний', 'жорстко', 'жорсткий'], window: 25 },

  // SUPPORT
  // ("заступився за Манілу": spoke up for)
  { lemma: ['заступитися', 'заступатися', 'вступитися'], pos: 'verb', type: 'SUPPORT', target: ['за+zna'], needsTarget: true },
  { lemma: ['подякувати', 'дякувати', 'привітати', 'вітати', 'підтримати', 'підтримувати'], pos: 'verb', type: 'SUPPORT', target: ['dav', 'zna', 'за+zna'],
    excludes: ['закон', 'законопроєкт', 'постанова', 'бюджет', 'депутат'] },
  // "ми вдячні саудівській стороні": gratitude told by a predicative adjective.
  { lemma: ['вдячний'], pos: 'adj', type: 'SUPPORT', target: ['dav', 'zna', 'за+zna'] },
  { lemma: ['похвалити', 'хвалити'], pos: 'verb', type: 'SUPPORT', target: ['zna', 'за+zna'] },
  // "запевнив його в «повній солідарності» союзників": assuring someone of support.
  { lemma: ['запевнити', 'запевняти'], pos: 'verb', type: 'SUPPORT', requires: ['солідарність', 'підтримка', 'допомога'], window: 5, target: ['zna'] },
  // "цінує принципову позицію Азербайджану", "високо оцінив внесок Данії": praise of a stand or a contribution.
  { lemma: ['цінувати', 'оцінити', 'оцінювати'], pos: 'verb', type: 'SUPPORT', requires: ['позиція', 'внесок', 'підтримка', 'допомога', 'зусилля', 'роль', 'солідарність', 'лідерство'], window: 5, target: ['zna', 'rod', 'за+zna'] },
  // (also support confirmed or reaffirmed: "альянс підтвердив «непохитну підтримку» України")
  { lemma: ['солідарність', 'співчуття', 'вдячність', 'подяка', 'підтримка'], pos: 'noun', type: 'SUPPORT', requires: ['висловити', 'висловлювати', 'висловив', 'підтвердити', 'підтверджувати'], target: ['dav', 'з+oru', 'rod'] },

  // AGREE
  // ("парафували мирну угоду")
  // ("відмовився від погрози запровадити мита": giving up one's own threat, plan or claim is a concession)
  // (also one's own demand or condition: "Вашингтон відмовився від вимоги зарахувати надану Україні допомогу як борг" —
  // yielded to the side it was made of, named in the dative in the demand)
  { lemma: ['відмовитися', 'відмовлятися'], pos: 'verb', type: 'CONCEDE', requires: ['погроза', 'ідея', 'план', 'намір', 'задум', 'претензія', 'ультиматум', 'вимога', 'умова'], requiresAfter: true, window: 3, target: ['dav', 'до+rod'] },
  // ("погодилася на вимогу опозиції перерахувати голоси": giving in to a demand yields to whoever made it)
  { lemma: ['погодитися', 'погоджуватися', 'пристати', 'поступитися'], pos: 'verb', type: 'CONCEDE', requires: ['вимога', 'ультиматум'], window: 2, target: ['на+zna'] },
  { lemma: ['погодитися', 'погоджуватися', 'домовитися', 'підписати', 'ратифікувати', 'укласти', 'парафувати'], pos: 'verb', type: 'AGREE', target: ['з+oru', 'на+zna', 'rod'],
    excludes: ['закон', 'законопроєкт', 'указ', 'бюджет'] },
  // (approving an act of aid is that act — "схвалив виділення 900 млн доларів" — not an agreement; a contract signed
  // "на постачання" is one)
  // "Генасамблея ухвалила резолюцію": a body adopting a resolution or declaration agrees on it (not its participle,
  // "ухвалена резолюція", which refers back)
  // ("так і не ухвалили окремої заяви": a statement of a body's members)
  { lemma: ['ухвалити', 'ухвалювати', 'схвалити', 'схвалювати'], pos: 'verb', type: 'AGREE', requires: ['резолюція', 'декларація', 'заява'], requiresAfter: true, window: 2, target: [] },
  // "оприлюднили спільну заяву", "ухвалили спільне комюніке": a joint text published is agreed.
  { lemma: ['оприлюднити', 'оприлюднювати', 'ухвалити', 'опублікувати', 'видати'], pos: 'verb', type: 'AGREE', requires: ['спільний'], window: 2, target: ['з+oru'] },
  // "У Кремлі схвалили рішення Праги": approving another's decision or step backs its maker
  { lemma: ['схвалити', 'схвалювати'], pos: 'verb', type: 'SUPPORT', requires: ['рішення', 'крок', 'позиція', 'намір'], requiresAfter: true, window: 2, target: ['dav', 'zna', 'за+zna'] },
  { lemma: ['схвалити'], pos: 'verb', type: 'AGREE', target: ['з+oru', 'на+zna', 'rod'],
    excludes: ['закон', 'законопроєкт', 'указ', 'бюджет', 'виділення', 'надання', 'фінансування', 'передача', 'постачання'] },
  // "сторони погодили механізм повідомлень" (not "погодили надання кредиту": that act is the event)
  { lemma: ['погодити', 'погоджувати', 'узгодити'], pos: 'verb', type: 'AGREE', target: ['з+oru'], window: 3,
    excludes: ['надання', 'виділення', 'передача', 'постачання', 'фінансування', 'кредит', 'пакет', 'закон', 'законопроєкт', 'указ', 'бюджет', 'кандидатура', 'призначення'] },
  { lemma: ['угода', 'меморандум', 'домовленість'], pos: 'noun', type: 'AGREE', requires: ['підписати', 'укласти', 'досягти'], target: ['з+oru', 'між+oru'], weak: true },
  // "Домовленості про повернення тіл сторони поки не досягли": the verb, with its object fronted.
  { lemma: ['досягти', 'досягати'], pos: 'verb', type: 'AGREE', requires: ['домовленість', 'згода', 'компроміс', 'консенсус'], window: 10, target: ['з+oru', 'між+oru'] },
  { lemma: ['погоджений'], pos: 'adj', type: 'AGREE', target: [] },
  { lemma: ['підписання'], pos: 'noun', type: 'AGREE', requires: ['угода', 'меморандум', 'договір', 'декларація'], window: 3, target: ['з+oru', 'між+oru'], weak: true },
  { lemma: ['згода'], pos: 'noun', type: 'AGREE', requires: ['дійти', 'досягти'], window: 2, target: ['з+oru', 'між+oru'] },
  // "Рада Безпеки продовжила на рік мандат місії": a body's consent to go on (extended sanctions stay SANCTION)
  { lemma: ['продовжити', 'продовжувати'], pos: 'verb', type: 'AGREE', requires: ['мандат', 'повноваження'], window: 4, target: [] },

  // COOPERATE
  { lemma: ['спільно', 'разом'], pos: 'any', type: 'COOPERATE', target: ['з+oru'], window: 6,
    requires: ['працювати', 'виробляти', 'виробництво', 'документувати', 'розслідувати', 'відновлювати', 'будувати', 'закупити', 'закуповувати',
      'розробляти', 'виготовляти', 'навчання', 'навчати', 'тренувати', 'патрулювати', 'розподіл', 'розподіляти', 'здійснювати', 'розслідування', 'розробка', 'фінансувати', 'протидіяти',
      'випускати', 'випустити', 'виготовити', 'збирати', 'зводити', 'модернізувати', 'ремонтувати', 'обслуговувати', 'з’ясовувати', 'з’ясувати',
      // ("спільно проведуть ексгумації")
      'провести', 'проводити',
      // ("спільно з поліцією розшукує втікачів")
      'розшукувати', 'шукати',
      // ("спільно з данськими колегами перевіряють, чи …")
      'перевіряти', 'перевірити',
      // ("гелікоптери … Індії та Шрі-Ланки спільно евакуюють людей")
      'евакуювати', 'евакуйовувати', 'рятувати'] },
  // ("сформує спільні сили": a joint force formed; not "спільними силами", together, in the instrumental)
  { lemma: ['спільний'], pos: 'adj', type: 'COOPERATE', requires: ['виробництво', 'розслідування', 'навчання', 'патрулювання', 'підприємство', 'закупівля', 'розробка', 'операція', 'розмінування', 'група', 'центр', 'робота', 'оцінка', 'інспекція', 'перевірка', 'експертиза', 'моніторинг', 'сили', 'контингент'], target: PARTNER,
    // (a shared border is no joint act: "відновлять роботу пунктів пропуску на спільному кордоні")
    excludes: ['кордон'], excludesWindow: 1 },
  { lemma: ['співпрацювати', 'взаємодіяти'], pos: 'verb', type: 'COOPERATE', target: PARTNER },
  // "Укроборонпром і CSG домовилися налагодити виробництво боєприпасів": production set up by two sides together
  { lemma: ['виробництво'], pos: 'noun', type: 'COOPERATE', requires: ['налагодити', 'налагоджувати', 'розгорнути', 'розгортати'], window: 2, target: PARTNER },
  // "тристоронні навчання": exercises of three sides are joint
  { lemma: ['тристоронній', 'двосторонній', 'багатосторонній'], pos: 'adj', type: 'COOPERATE', requires: ['навчання', 'маневри', 'патрулювання'], window: 2, target: PARTNER },
  { lemma: ['співпраця', 'співробітництво'], pos: 'noun', type: 'COOPERATE', requires: ['розширити', 'поглибити', 'налагодити', 'посилити', 'розширювати', 'поглиблювати', 'відновити', 'відновлювати'], window: 3, target: ['з+oru', 'між+oru'] },
  { lemma: ['обмін'], pos: 'noun', type: 'COOPERATE', requires: ['розвіддані', 'інформація', 'даний', 'розвідувальний'], target: ['з+oru', 'dav', 'rod'] },
  // "домовилися обмінюватися розвідувальними даними": sharing intelligence (not prisoners: CONCEDE below)
  // "ГУР передало службі розвідки протоколи допитів": records or intelligence handed to a partner body (not prisoners)
  { lemma: ['передати', 'передавати'], pos: 'verb', type: 'COOPERATE', requires: ['протокол', 'розвіддані', 'дані', 'даний', 'інформація', 'матеріал', 'докази', 'доказ'], requiresAfter: true, window: 4, target: ['dav'], needsTarget: true },
  { lemma: ['обмінятися', 'обмінюватися'], pos: 'verb', type: 'COOPERATE', requires: ['розвіддані', 'розвідувальний', 'дані', 'даний', 'інформація'], window: 3, target: PARTNER },

  // CONCEDE
  { lemma: ['обмін'], pos: 'noun', type: 'CONCEDE', requires: ['полонений', 'полон', 'військовополонений', 'тіло'], target: ['з+oru', 'між+oru'] },
  { lemma: ['обмінятися', 'обмінюватися', 'обміняти', 'обмінювати'], pos: 'verb', type: 'CONCEDE', requires: ['полонений', 'полон', 'військовополонений', 'тіло'], window: 4, target: ['з+oru'] },
  // "оголосив про свою відставку", "подав у відставку": stepping down.
  { lemma: ['відставка'], pos: 'noun', type: 'CONCEDE', requires: ['оголосити', 'подати', 'піти', 'заявити'], window: 4, target: [] },
  { lemma: ['повернути', 'звільнити', 'визволити'], pos: 'verb', type: 'CONCEDE', requires: ['полон', 'полонений', 'військовий', 'захисник', 'цивільний', 'дитина', 'депортований', 'варта', 'політв’язень', 'в’язень', 'ув’язнений', 'заручник', 'бранець', 'громадянин', 'затриманий'], window: 10, target: ['з+rod', 'zna', 'dav', 'в+zna', 'до+rod'] },
  // "повернула до КНДР шістьох рибалок": people of the sea sent back home
  { lemma: ['повернути', 'повертати'], pos: 'verb', type: 'CONCEDE', requires: ['рибалка', 'моряк', 'екіпаж'], window: 10, target: ['до+rod', 'dav'], undoesLast: 'COERCE' },
  { lemma: ['повернення', 'звільнення'], pos: 'noun', type: 'CONCEDE', requires: ['полонений', 'захисник', 'цивільний', 'дитина', 'депортований'], window: 4, target: ['з+rod'], source: ['adj', 'rod'] },
  { lemma: ['передати'], pos: 'verb', type: 'CONCEDE', requires: ['тіло', 'полонений', 'підліток', 'дитина', 'військовополонений', 'цивільний', 'заручник'], window: 6, target: ['dav'], personalOnly: true,
    excludes: ['протокол', 'розвіддані', 'дані', 'інформація', 'матеріал', 'доказ'], excludesWindow: 4 },
  // "зняла свої заперечення", "зняли вето", "припинили вогонь": lifting a block, ceasing fire.
  // "відтермінував заборону соцмережі": a ban, tariff or sanction put off is a concession to whom it would hit.
  { lemma: ['відтермінувати', 'відстрочити', 'відкласти', 'відкладати'], pos: 'verb', type: 'CONCEDE', requires: ['заборона', 'мито', 'санкція', 'обмеження', 'тариф'], window: 5, target: ['zna', 'rod', 'dav', 'для+rod', 'проти+rod', 'на+zna'] },
  { lemma: ['зняти', 'знімати'], pos: 'verb', type: 'CONCEDE', requires: ['заперечення', 'вето', 'блокування', 'блокада', 'санкція', 'обмеження', 'ембарго'], window: 3, target: ['з+rod', 'dav', 'для+rod'] },
  { lemma: ['припинити', 'припиняти'], pos: 'verb', type: 'CONCEDE', requires: ['вогонь'], window: 2, target: [] },
  // ("оголосив про скасування частини санкцій проти …": the noun of the same act)
  { lemma: ['скасування', 'зняття', 'послаблення', 'пом’якшення'], pos: 'noun', type: 'CONCEDE', requires: ['санкція', 'обмеження', 'мито', 'ембарго'], window: 5, target: ['проти+rod', 'щодо+rod', 'для+rod', 'з+rod'], source: ['adj', 'rod'] },
  { lemma: ['скасувати', 'скасовувати', 'послабити', 'пом’якшити'], pos: 'verb', type: 'CONCEDE', requires: ['санкція', 'обмеження', 'мито', 'ембарго', 'заборона', 'обмежувальний'], window: 3, target: ['проти+rod', 'щодо+rod', 'для+rod', 'з+rod', 'з+oru'] },
  { lemma: ['помилувати'], pos: 'verb', type: 'CONCEDE', target: ['zna'] },
  // "визнав поразку": a defeat conceded in an election is a concession to the winner (found by concededDefeats in the
  // engine: the one congratulated on the victory); not one refused ("аби не визнавати поразки")
  { lemma: ['визнати', 'визнавати'], pos: 'verb', type: 'CONCEDE', requires: ['поразка'], requiresAfter: true, window: 2, target: [], excludes: ['не'], excludesWindow: 1 },
  // "бойовики спалили свою зброю": an armed group disarming (not "складуть зброю", mostly a demand or a condition)
  { lemma: ['спалити', 'здати'], pos: 'verb', type: 'CONCEDE', requires: ['зброя'], requiresAfter: true, window: 3, target: [] },
  // "спростить видачу віз громадянам Індії": eased entry for another state's citizens
  { lemma: ['спростити', 'спрощувати', 'полегшити'], pos: 'verb', type: 'CONCEDE', requires: ['віза', 'візовий', 'в’їзд'], window: 3, target: ['dav', 'для+rod'] },
  // "відпустили затриманих рибалок": people held let go.
  { lemma: ['звільнити', 'звільняти'], pos: 'verb', type: 'CONCEDE', requires: ['затриманий', 'рибалка', 'екіпаж', 'моряк'], window: 4, target: ['zna'], undoesLast: 'COERCE',
    excludes: ['застава'] },
  { lemma: ['відпустити', 'відпускати'], pos: 'verb', type: 'CONCEDE', requires: ['затриманий', 'рибалка', 'чоловік', 'жінка', 'екіпаж', 'моряк', 'журналіст', 'активіст', 'громадянин', 'заручник', 'полонений', 'ув’язнений', 'людина', 'член', 'турист', 'волонтер', ...VESSEL_NOUN_LEMMAS], window: 4, target: ['zna'], undoesLast: 'COERCE',
    excludes: ['застава'] },
  // "відпустив під заставу": a release on bail.
  { lemma: ['відпустити', 'звільнити', 'відпускати', 'звільняти'], pos: 'verb', type: 'CONCEDE', requires: ['застава'], window: 3, target: [] },
  { lemma: ['поступка'], pos: 'noun', type: 'CONCEDE', requires: ['піти', 'йти', 'зробити', 'робити'], window: 3, target: ['dav'] },
  // "наказав на 30 днів припинити удари по об’єктах енергетики": stopping one's own strikes is a ceasefire step
  { lemma: ['припинити', 'зупинити'], pos: 'verb', type: 'CONCEDE', requires: ['удар', 'обстріл', 'атака', 'вогонь', 'наступ', 'бомбардування'], window: 2, target: ['по+*'] },
  // "відновлять роботу пунктів пропуску", "відновлять поставки": links that were cut, restored (not "відновив обмін
  // розвідданими", a cooperation in articles/019)
  { lemma: ['відновити', 'відновлювати'], pos: 'verb', type: 'CONCEDE', requires: ['пункт', 'пропуск', 'авіасполучення', 'сполучення', 'транзит', 'поставка', 'посольство'], requiresAfter: true, window: 4,
    target: ['з+oru', 'dav', 'для+rod'] },
  // "поступився вимогам протестувальників": yielding to someone's demands is a concession to them
  { lemma: ['поступитися', 'поступатися'], pos: 'verb', type: 'CONCEDE', target: ['dav'] },
  // "пішов назустріч протестувальникам": meeting someone's demands is a concession to them
  { lemma: ['піти', 'йти'], pos: 'verb', type: 'CONCEDE', requires: ['назустріч'], window: 1, target: ['dav'] },
  { lemma: ['перемир’я', 'припинення'], pos: 'noun', type: 'CONCEDE', requires: ['оголосити', 'запровадити'], window: 4, target: ['з+oru', 'проти+rod'] },
  // "продовжив до 30 квітня тимчасове перемир’я": a ceasefire extended (not one broken on: "продовжують порушувати")
  { lemma: ['продовжити', 'продовжувати'], pos: 'verb', type: 'CONCEDE', requires: ['перемир’я'], requiresAfter: true, window: 6, target: [],
    excludes: ['порушувати', 'порушити', 'порушення', 'обстріл', 'обстрілювати', 'попри', 'незважаючи', 'всупереч'], excludesWindow: 5 },

  // RETREAT
  // "прихильники зібралися біля будівлі МВС, вимагаючи …": a gathering is a protest when a demand or a protest word is near
  { lemma: ['зібратися'], pos: 'verb', type: 'PROTEST', requires: ['вимагати', 'протест', 'протестувати', 'мітинг', 'акція', 'прихильник', 'протестувальник', 'демонстрант', 'мітингувальник'], window: 10, target: ['проти+rod'] },
  // "вийшли на проспект Руставелі", "вийшли на акцію": going out onto the streets is a protest (tried before the
  // retreat below, as an entry with a context requirement)
  // (also by who went out: "кілька тисяч демонстрантів вийшли з прапорами на площу")
  { lemma: ['вийти', 'виходити'], pos: 'verb', type: 'PROTEST', requires: ['проспект', 'вулиця', 'площа', 'майдан', 'акція', 'протест', 'мітинг', 'марш', 'демонстрант', 'протестувальник', 'мітингувальник'], window: 3, target: ['проти+rod'] },
  // "кілька сотень активістів вийшли з прапорами на набережну, вимагаючи …": people out with banners and demands
  // "десятки тисяч студентів заповнили центр Белграда, вимагаючи …": crowds filling a city's streets
  { lemma: ['заповнити', 'заполонити'], pos: 'verb', type: 'PROTEST', requires: ['вулиця', 'площа', 'центр', 'проспект', 'майдан'], window: 2, target: ['проти+rod'] },
  { lemma: ['вийти', 'виходити'], pos: 'verb', type: 'PROTEST', requires: ['набережна', 'активіст', 'гасло', 'плакат', 'транспарант', 'вимагати', 'вимагаючи', 'протестуючи'], window: 8, target: ['проти+rod'] },
  // (leaving is from something: with nothing left, "вийти на повну потужність", "вийшли на дороги" are no retreat)
  // "вийшла з коаліції з Робітничою партією": a party leaving a coalition leaves its partner named after it; one
  // leaving "з урядової коаліції" with no partner named leaves no one named (the coalition is no actor)
  { lemma: ['вийти', 'виходити'], pos: 'verb', type: 'RETREAT', requires: ['коаліція'], requiresAfter: true, window: 3, target: ['з+oru'] },
  { lemma: ['вийти', 'виходити'], pos: 'verb', type: 'RETREAT', target: ['з+rod'], needsTarget: true,
    // (nor a ship leaving port: "судно вийшло з порту Джидди")
    excludes: ['акція', 'протест', 'мітинг', 'вулиця', 'демонстрація', 'марш', 'площа', 'пікет', 'страйк', 'ефір', 'демонстрант', 'протестувальник', 'мітингувальник', 'порт', 'гавань'] },
  // (not "без виходу до моря": access to the sea)
  { lemma: ['вихід'], pos: 'noun', type: 'RETREAT', target: ['з+rod'], source: ['rod', 'adj'], excludes: ['море', 'океан'], excludesWindow: 3 },
  { lemma: ['денонсувати'], pos: 'verb', type: 'RETREAT', target: ['zna', 'з+oru'] },
  // "компанія евакуювала з Арліта своїх працівників", "евакуювали посольство": a side pulling its own people out (not
  // residents evacuated from a town: "евакуювали понад 600 людей")
  { lemma: ['евакуювати'], pos: 'verb', type: 'RETREAT', requires: ['працівник', 'співробітник', 'персонал', 'дипломат', 'посольство', 'фахівець', 'контингент'], requiresAfter: true, window: 6, target: [] },
  // "підрозділи «Вагнера» залишили Центральноафриканську Республіку", "урядові війська залишили ще дві бази": troops
  // leaving a place (not "залишили місто без світла", not troops kept somewhere: the troops are the subject)
  { lemma: ['залишити', 'залишати'], pos: 'verb', type: 'RETREAT', requires: ['підрозділ', 'війська', 'військо', 'військовий', 'бригада', 'контингент', 'батальйон', 'гарнізон', 'бойовик'], window: 8, requiresBefore: true, target: [], excludes: ['без'] },
  // "достроково залишив саміт", "делегація покинула зал засідань": walking out of a meeting (the meeting itself is no
  // event of that sentence)
  { lemma: ['залишити', 'покинути'], pos: 'verb', type: 'RETREAT', requires: ['саміт', 'переговори', 'перемовини', 'засідання', 'конференція', 'зал', 'форум'], requiresAfter: true, window: 3, target: [] },
  // "інспектори агентства покинуть Іран": a body's mission or troops leaving a country (not people fleeing their homes).
  { lemma: ['покинути', 'покидати'], pos: 'verb', type: 'RETREAT', requires: ['інспектор', 'дипломат', 'місія', 'спостерігач', 'контингент', 'війська', 'військо', 'військовий', 'підрозділ', 'персонал', 'посол', 'миротворець'], window: 6, requiresBefore: true, target: ['zna'] },
  // "від’єдналися від енергосистеми БРЕЛЛ": leaving a shared system or union.
  { lemma: ['від’єднатися', 'від’єднуватися', 'відокремитися'], pos: 'verb', type: 'RETREAT', requires: ['енергосистема', 'система', 'мережа', 'союз', 'організація', 'угода', 'федерація'], window: 4, target: ['від+rod'] },
  // "армія вивела на вулиці бронетехніку": troops brought out into the streets are mobilised, not withdrawn
  // ("рух вивів на вулиці десятки тисяч людей": people brought out into the streets protest)
  { lemma: ['вивести', 'виводити'], pos: 'verb', type: 'PROTEST', requires: ['вулиця', 'площа'], window: 3, excludes: ['техніка', 'бронетехніка', 'війська', 'військо', 'танк', 'армія', 'військовий', 'солдат', 'підрозділ', 'поліція', 'гвардія', 'поліцейський', 'правоохоронець', 'гвардієць', 'силовик', 'рятувальник', 'військовослужбовець'], excludesWindow: 10, target: [] },
  // "виводить тисячі людей на вулиці": a movement bringing people out is its protest (an army's troops out on the
  // streets, below, are a mobilisation)
  { lemma: ['вивести', 'виводити'], pos: 'verb', type: 'PROTEST', requires: ['людина', 'прихильник', 'громадянин', 'мешканець', 'студент', 'молодь'], requiresAfter: true, window: 4, target: ['проти+rod'] },
  { lemma: ['вивести', 'виводити'], pos: 'verb', type: 'MOBILIZE', requires: ['вулиця'], window: 3, target: [] },
  // "перевізники вивели свої вантажівки на під’їзди до міста": vehicles driven out in a protest
  { lemma: ['вивести', 'виводити'], pos: 'verb', type: 'PROTEST', requires: ['вантажівка', 'трактор', 'фура', 'тягач', 'автобус'], requiresAfter: true, window: 3, target: ['проти+rod'] },
  { lemma: ['відійти', 'відступити', 'відвести', 'вивести', 'виводити', 'відводити', 'відходити', 'відступати'], pos: 'verb', type: 'RETREAT', target: ['з+rod', 'від+rod'],
    // ("рятувальники вивели з потяга понад 150 людей": people led out are rescued, not withdrawn)
    // (nor "виведено з ладу": put out of action)
    excludes: ['протест', 'акція', 'мітинг', 'демонстрація', 'вулиця', 'людина', 'прихильник', 'пасажир', 'мешканець', 'житель', 'дитина', 'цивільний', 'лад'], excludesWindow: 6 },
  // (not a step back from values: "звинуватив еліти у відступі від демократичних принципів")
  { lemma: ['відведення', 'виведення', 'відступ'], pos: 'noun', type: 'RETREAT', target: ['з+rod'], source: ['rod', 'adj'],
    excludes: ['цінність', 'принцип', 'ідеал', 'демократія', 'норма', 'правило', 'традиція', 'ідея'], excludesWindow: 4 },

  // "відкликала для консультацій свого посла в Росії": recalling an envoy withdraws from the host state.
  // ("Африканський союз призупинив членство Мадагаскару": a body suspending another's membership sanctions it)
  { lemma: ['призупинити', 'призупиняти'], pos: 'verb', type: 'SANCTION', mode: 'diplomatic', requires: ['членство'], window: 2, target: ['rod'], needsTarget: true },
  { lemma: ['призупинити', 'призупиняти'], pos: 'verb', type: 'RETREAT', requires: ['участь', 'членство'], window: 2, target: ['в+mis'] },
  // "призупинивши на 90 днів підвищені тарифи": duties or restrictions suspended are eased
  { lemma: ['призупинити', 'призупиняти'], pos: 'verb', type: 'CONCEDE', requires: ['мито', 'тариф', 'санкція', 'обмеження'], requiresAfter: true, window: 5, target: ['для+rod'] },
  // "призупинив співпрацю з МАГАТЕ": cooperation stopped is a step back from the partner.
  { lemma: ['призупинити', 'призупиняти', 'припинити', 'припиняти', 'згорнути', 'згортати'], pos: 'verb', type: 'RETREAT', requires: ['співпраця', 'співробітництво'], window: 2, target: ['з+oru'] },
  // "Нігер розірвав військову угоду зі США": an agreement torn up is left, toward its other party
  { lemma: ['розірвати', 'розривати'], pos: 'verb', type: 'RETREAT', requires: ['угода', 'договір', 'контракт', 'меморандум', 'пакт'], window: 3, target: ['з+oru', 'rod'] },
  // "призупинила дію договору про води Інду з Пакистаном": a treaty suspended is left, toward its other party
  // ("призупинив діалог з АНВ", "згорне переговори": breaking off talks with a party)
  { lemma: ['призупинити', 'призупиняти', 'згорнути', 'згортати', 'заморозити'], pos: 'verb', type: 'RETREAT', requires: ['діалог', 'переговори', 'переговорний'], window: 2, target: ['з+oru'] },
  { lemma: ['призупинити', 'призупиняти'], pos: 'verb', type: 'RETREAT', requires: ['дія'], window: 2, target: ['rod', 'з+oru'],
    excludes: ['ліцензія', 'дозвіл', 'закон', 'постанова', 'мораторій'] },
  // "перебазували частину літаків із Морозовська": moving forces away from a place is a withdrawal from it
  { lemma: ['перебазувати', 'перебазовувати'], pos: 'verb', type: 'RETREAT', requires: ['з', 'із', 'зі'], window: 6, target: ['з+rod'] },
  // "скасовує запланований саміт із Путіним": calling off a meeting is a withdrawal from it (the meeting is no event)
  // ("скасовує запланований у Будапешті саміт": the summit's qualifiers between)
  { lemma: ['скасувати', 'скасовувати'], pos: 'verb', type: 'RETREAT', requires: ['саміт', 'зустріч', 'візит', 'переговори', 'консультація', 'засідання', 'підписання', 'дебати', 'теледебати', 'теледебат'], window: 5, target: ['з+oru', 'rod', 'до+rod'] },
  // ("скасував усі культурні заходи …, а також запланований візит до Баку віцепрем’єра Росії": a visit further on in
  // the list of things called off)
  { lemma: ['скасувати', 'скасовувати'], pos: 'verb', type: 'RETREAT', requires: ['візит', 'саміт', 'зустріч', 'переговори'], requiresAfter: true, window: 16, target: ['з+oru', 'rod', 'до+rod'] },
  // ("відкликала згоду на роботу російського консульства": the consulate closed — a diplomatic sanction)
  { lemma: ['відкликати', 'відкликувати'], pos: 'verb', type: 'SANCTION', mode: 'diplomatic', requires: ['згода'], requiresAfter: true, window: 2, target: ['на+zna', 'zna'] },
  // (also a negotiator recalled from talks: "відкликав свого переговірника з діалогу з Приштиною" — the other side is the target)
  // (and troops or a mission's police: "не відкликатиме свій контингент")
  // "уряд відкликав проєкт бюджету з парламенту": a bill or decree withdrawn (after protests) is a concession
  { lemma: ['відкликати', 'відкликувати'], pos: 'verb', type: 'CONCEDE', requires: ['проєкт', 'законопроєкт', 'закон', 'указ', 'постанова', 'бюджет', 'реформа'], requiresAfter: true, window: 3, target: [] },
  { lemma: ['відкликати', 'відкликувати'], pos: 'verb', type: 'RETREAT', requires: ['посол', 'повірений', 'дипломат', 'консул', 'представник', 'посланець', 'переговірник', 'переговорник', 'делегація', 'контингент', 'миротворець', 'військо', 'поліцейський'], window: 6, target: ['з+rod', 'у+mis', 'при+mis', 'з+oru'] },

  // "повернули до місць постійної дислокації": units sent back to their bases.
  { lemma: ['повернути', 'повертати'], pos: 'verb', type: 'RETREAT', requires: ['дислокація'], window: 6, target: ['від+rod'] },

  // MOBILIZE
  // (not a campaign unfolded: "звинуватив Київ у розгортанні кампанії")
  { lemma: ['мобілізація', 'призов', 'розгортання', 'укріплення'], pos: 'noun', type: 'MOBILIZE', target: [], source: ['adj'],
    excludes: ['кампанія', 'пропаганда', 'дискусія', 'програма', 'проєкт', 'мережа'], excludesWindow: 3 },
  // "підвищила рівень кіберзагрози": raising an alert level is a mobilisation
  { lemma: ['підвищити', 'підвищувати'], pos: 'verb', type: 'MOBILIZE', requires: ['рівень'], window: 2, target: [] },
  // ("залучила до гасіння понад 2300 пожежників", "залучить до охорони … до 10 тисяч військових": forces or crews
  // drawn in by a named side — not aircraft drawn into an exercise, which is the exercise's, nor the impersonal "було
  // залучено", the numbers of a deployment unseen62 counts no act of)
  { lemma: ['залучити', 'залучати'], pos: 'verb', type: 'MOBILIZE', requires: ['пожежник', 'рятувальник', 'військовий', 'військовослужбовець', 'поліцейський', 'правоохоронець', 'медик', 'солдат', 'гвардієць'],
    requiresAfter: true, window: 12, target: [], personalOnly: true },
  // "у прикордонних районах запроваджено воєнний стан": martial law or a state of emergency declared (or extended) puts
  // a state on a war footing
  // (also "ввів у країні стан облоги", "запровадив режим підвищеної готовності")
  { lemma: ['запровадити', 'запроваджувати', 'оголосити', 'оголошувати', 'ввести', 'вводити', 'продовжити', 'продовжувати'], pos: 'verb', type: 'MOBILIZE', requires: ['воєнний', 'надзвичайний', 'облога', 'підвищений'], requiresAfter: true, window: 6, target: [] },
  { lemma: ['зосередити', 'зосереджувати', 'стягнути', 'стягувати', 'накопичувати', 'накопичити', 'перекидати', 'перекинути', 'розгорнути', 'розгортати', 'направити', 'мобілізувати', 'нарощувати', 'наростити'], pos: 'verb', type: 'MOBILIZE',
    requires: ['війська', 'військо', 'військовий', 'сила', 'угруповання', 'підрозділ', 'солдат', 'техніка', 'загін', 'вогневий', 'бронетехніка', 'винищувач', 'літак', 'батальйон', 'бригада', 'рота', 'рот', 'полк', 'дивізіон', 'тисяча', 'присутність', 'контингент', 'комплекс', 'ППО', 'авіаносець', 'корабель', 'фрегат', 'есмінець', 'ескадрилья', 'флот', 'резерв', 'дивізія', 'батарея', 'артилерія', 'танк', 'гаубиця'], window: 10, target: [],
    // ("перекинуто додаткові російські зенітні комплекси": the state whose forces were moved)
    source: ['passiveAfter'] },
  // "до країни прибули 1500 військовослужбовців", "прибула авіаносна група на чолі з авіаносцем": forces arriving
  // (not a person come in uniform: "прибув у військовій формі на командний пункт")
  { lemma: ['прибути', 'прибувати'], pos: 'verb', type: 'MOBILIZE', requires: ARRIVING_FORCES, excludes: ['форма'], window: 5, target: [], source: ['adj', 'after'] },
  // "розмістила в Білорусі ядерну зброю": weapons or troops deployed.
  { lemma: ['розмістити', 'розміщувати'], pos: 'verb', type: 'MOBILIZE', requires: ['зброя', 'війська', 'військо', 'ракета', 'комплекс', 'контингент', 'військовий', 'підрозділ', 'батальйон', 'бригада', 'винищувач', 'літак', 'ППО', 'система', 'корабель', 'ескадрилья', 'фрегат', 'дрон', 'безпілотник'], excludes: ['спроба'], window: 8, target: [] },
  // "Китай розпочав масштабні військово-морські навчання": one side's war exercises (joint ones are COOPERATE)
  { lemma: ['навчання'], pos: 'noun', type: 'MOBILIZE', requires: ['військово-морський', 'військовий', 'стратегічний', 'масштабний', 'ядерний', 'командно-штабний', 'раптовий', 'позаплановий'], window: 3, target: [],
    excludes: ['спільний', 'спільно'] },
  // "посилила охорону кордону", "посилення патрулювання Балтійського моря", "наказав посилити бойову готовність":
  // guards, patrols and readiness reinforced.
  { lemma: ['посилити', 'посилювати'], pos: 'verb', type: 'MOBILIZE', requires: ['охорона', 'патрулювання', 'патруль', 'присутність', 'контингент', 'угруповання'], window: 2, target: [] },
  // "поліція виставила посилені наряди": guards posted
  { lemma: ['виставити', 'виставляти'], pos: 'verb', type: 'MOBILIZE', requires: ['наряд', 'патруль', 'кордон', 'блокпост', 'оточення'], requiresAfter: true, window: 3, target: [] },
  { lemma: ['посилити', 'посилювати', 'підвищити', 'підвищувати'], pos: 'verb', type: 'MOBILIZE', requires: ['бойовий', 'боєготовність'], window: 3, target: [] },
  { lemma: ['посилення'], pos: 'noun', type: 'MOBILIZE', requires: ['охорона', 'патрулювання', 'присутність', 'контингент'], window: 2, target: [], source: ['rod'] },
  { lemma: ['підняти'], pos: 'verb', type: 'MOBILIZE', requires: ['повітря', 'авіація', 'винищувач', 'літак', 'тривога'], window: 5, target: [] },
  // "привели в підвищену готовність підрозділи": readiness raised.
  { lemma: ['привести', 'приводити', 'перевести', 'переводити'], pos: 'verb', type: 'MOBILIZE', requires: ['готовність', 'боєготовність'], window: 6, target: [] },
  { lemma: ['готувати'], pos: 'verb', type: 'MOBILIZE', requires: ['фронт', 'відправлення'], window: 6, target: [] },
  { lemma: ['перевірка'], pos: 'noun', type: 'MOBILIZE', requires: ['боєготовність', 'боєздатність'], window: 2, target: [] },
  { lemma: ['збільшення'], pos: 'noun', type: 'MOBILIZE', requires: ['армія', 'чисельність', 'військо'], window: 5, target: [] },

  // COERCE
  // "засудив до 14 років колонії": a sentence handed down is coercion, not condemnation (entries with a context
  // requirement are tried first)
  { lemma: ['засудити', 'засуджувати'], pos: 'verb', type: 'COERCE', requires: ['рік', 'колонія', 'ув’язнення', 'позбавлення', 'довічний', 'штраф', 'місяць', 'кара'], window: 5, target: ['zna'] },
  // (the term further on, after a long title: "засудив президента Республіки Сербської Мілорада Додіка до одного року
  // позбавлення волі")
  { lemma: ['засудити', 'засуджувати'], pos: 'verb', type: 'COERCE', requires: ['позбавлення', 'ув’язнення', 'колонія', 'довічний'], requiresAfter: true, window: 10, target: ['zna'] },
  { lemma: ['розігнати', 'розганяти', 'викрасти', 'викрадати', 'ув’язнити', 'інтернувати'], pos: 'verb', type: 'COERCE', target: ['zna'] },
  // "суд визнав медіамагната винним у змові": a conviction (not "визнав себе винним", a plea); weak, as the sentence
  // told beside it ("визнала … винним і засудила до …") is the one act
  { lemma: ['визнати', 'визнавати'], pos: 'verb', type: 'COERCE', requires: ['винний', 'винуватий'], requiresAfter: true, window: 6, target: ['zna'], excludes: ['себе', 'свою', 'свій'], excludesWindow: 3, weak: true },
  // "відправив під варту", "взяли під варту", "обрав запобіжний захід": custody ordered.
  { lemma: ['відправити', 'взяти', 'помістити', 'брати'], pos: 'verb', type: 'COERCE', requires: ['варта'], window: 2, target: ['zna'] },
  // "помістив колишнього президента Жаїра Болсонару під домашній арешт": custody ordered, its object named before it
  { lemma: ['помістити', 'поміщати'], pos: 'verb', type: 'COERCE', requires: ['арешт'], requiresAfter: true, window: 10, target: ['zna'] },
  // "взяли в полон двох найманців": captives taken
  { lemma: ['взяти', 'брати'], pos: 'verb', type: 'COERCE', requires: ['полон'], window: 2, target: ['zna'] },
  { lemma: ['обрати', 'обирати'], pos: 'verb', type: 'COERCE', requires: ['запобіжний'], window: 2, target: ['dav', 'для+rod'] },
  { lemma: ['оштрафувати'], pos: 'verb', type: 'COERCE', target: ['zna'] },
  // "заборонив діяльність трьох партій": a body banned by authority.
  { lemma: ['заборонити', 'забороняти'], pos: 'verb', type: 'COERCE', requires: ['діяльність'], window: 2, target: ['zna'] },
  // ("поліція заборонила марш": a march or rally banned is coerced, its organisers unnamed)
  { lemma: ['заборонити'], pos: 'verb', type: 'COERCE', requires: ['марш', 'хода', 'мітинг', 'демонстрація', 'прайд', 'пікет'], requiresAfter: true, window: 2, target: [] },
  // "директорат зобов’язав Air India провести перевірки": an order a body's authority imposes on a named side
  // (an order to leave the country is the expulsion told beside it: "оголосив посла персоною нон грата й зобов’язав його
  // залишити країну")
  { lemma: ['зобов’язати', 'зобов’язувати'], pos: 'verb', type: 'COERCE', target: ['zna'], needsTarget: true, excludes: ['угода', 'договір', 'закон', 'документ', 'резолюція', 'залишити', 'покинути', 'виїхати'], excludesWindow: 4 },
  // "позбавило університет права приймати іноземних студентів": a right or licence taken away by authority
  { lemma: ['позбавити', 'позбавляти'], pos: 'verb', type: 'COERCE', requires: ['право', 'ліцензія', 'акредитація', 'статус', 'мандат'], requiresAfter: true, window: 5, target: ['zna'], needsTarget: true },
  // "поліція запровадила комендантську годину": a curfew imposed
  { lemma: ['запровадити', 'запроваджувати', 'ввести', 'оголосити'], pos: 'verb', type: 'COERCE', requires: ['комендантський'], requiresAfter: true, window: 5, target: [] },
  // "суд … заборонив компанії розміщувати …": a court's ban on a named side
  { lemma: ['заборонити', 'забороняти'], pos: 'verb', type: 'COERCE', requires: ['суд', 'трибунал'], requiresBefore: true, window: 8, target: ['dav'], needsTarget: true },
  // "оголосив Додіка в міжнародний розшук": a wanted notice is a coercive act against the person.
  { lemma: ['оголосити', 'оголошувати'], pos: 'verb', type: 'COERCE', requires: ['розшук'], window: 6, target: ['zna'] },
  // "указ про позбавлення громадянства", "позбавив громадянства": citizenship taken away.
  { lemma: ['позбавлення', 'припинення'], pos: 'noun', type: 'COERCE', requires: ['громадянство'], window: 3, target: ['rod'] },
  { lemma: ['позбавити', 'позбавляти'], pos: 'verb', type: 'COERCE', requires: ['громадянство'], window: 3, target: ['zna'] },
  // "відібрали в мешканців понад 300 квартир": property taken from people by force of authority
  { lemma: ['відібрати', 'відбирати'], pos: 'verb', type: 'COERCE', requires: ['квартира', 'житло', 'будинок', 'майно', 'земля', 'бізнес', 'підприємство', 'паспорт', 'власність'], window: 6, target: [] },
  // "захопили танкер": a seizure of a vessel (a town taken is an assault: ASSAULT below).
  // "перехопили в морі понад 40 суден флотилії": vessels stopped at sea (not missiles brought down: no vessel word)
  { lemma: ['перехопити', 'перехоплювати'], pos: 'verb', type: 'COERCE', requires: ['судно', 'танкер', 'корабель', 'суховантаж', 'флотилія', 'яхта', 'човен'], window: 8, target: ['zna'] },
  { lemma: ['захопити', 'захоплювати'], pos: 'verb', type: 'COERCE', requires: ['танкер', 'судно', 'корабель', 'суховантаж', 'літак', 'заручник'], window: 4, target: ['zna'] },
  { lemma: ['вирок'], pos: 'noun', type: 'COERCE', requires: ['винести', 'виносити', 'оголосити'], window: 3, target: [] },
  { lemma: ['затримати', 'заарештувати', 'арештувати', 'депортувати', 'конфіскувати', 'затримувати', 'видворити', 'видворяти'], pos: 'verb', type: 'COERCE', target: ['zna'], personTarget: true },
  // "вивезли з Херсонщини понад 200 дітей": people taken away (not grain or cargo: "вивезено 20 мільйонів тонн")
  { lemma: ['вивезти', 'вивозити'], pos: 'verb', type: 'COERCE', requires: ['дитина', 'людина', 'житель', 'мешканець', 'цивільний', 'громадянин', 'українець', 'полонений', 'сирота', 'підліток'], window: 8, target: [] },
  // "наклав арешт на активи депозитарію Euroclear": seizing property is aimed at its owner.
  { lemma: ['арешт'], pos: 'noun', type: 'COERCE', requires: ['накласти', 'накладати'], window: 2, target: ['на+zna'] },
  // (not a state one is in: "перебуває під домашнім арештом")
  { lemma: ['арешт', 'затримання', 'депортація'], pos: 'noun', type: 'COERCE', target: ['rod'], excludes: ['перебувати', 'залишатися', 'лишатися'], excludesWindow: 3 },
  // "провели обшуки в приміщеннях X та вилучили документи": searches and seizures by an authority.
  { lemma: ['обшук'], pos: 'noun', type: 'COERCE', requires: ['провести', 'проводити', 'здійснити'], window: 3, target: ['в+mis'] },
  { lemma: ['обшукати', 'обшукувати', 'вилучити', 'вилучати'], pos: 'verb', type: 'COERCE', target: ['в+rod'] },

  // PROTEST
  { lemma: ['марш', 'хода'], pos: 'noun', type: 'PROTEST', requires: ['провести', 'організувати', 'оголосити', 'анонсувати', 'вийти', 'протест', 'опозиція'], window: 4, target: ['проти+rod'] },
  // (a note of protest is a state's accusation: ACCUSE above)
  { lemma: ['протест', 'мітинг', 'пікет', 'страйк', 'бойкот', 'голодування'], pos: 'noun', type: 'PROTEST', target: ['проти+rod', 'біля+rod', 'під+oru'], excludes: ['нота'] },
  // "більшість жителів бойкотувала голосування": a vote or event boycotted is a protest (the thing boycotted is none of
  // its targets)
  { lemma: ['бойкотувати', 'збойкотувати'], pos: 'verb', type: 'PROTEST', target: [] },
  // (not "демонстрація сили": a show of force)
  { lemma: ['демонстрація'], pos: 'noun', type: 'PROTEST', target: ['проти+rod', 'біля+rod', 'під+oru'], excludes: ['нота', 'сила'], excludesWindow: 1 },
  { lemma: ['акція'], pos: 'noun', type: 'PROTEST', requires: ['протест', 'провести', 'вийти'], window: 3, target: ['проти+rod', 'біля+rod', 'під+oru'] },
  // "пройшли ходою вулицями Нуука", "протестуючи проти заяв Вашингтона": a march, and protesting against something
  { lemma: ['пройти', 'пройтися', 'проходити'], pos: 'verb', type: 'PROTEST', requires: ['хода', 'марш'], window: 2, target: ['проти+rod'] },
  { lemma: ['протестувати'], pos: 'any', type: 'PROTEST', requires: ['проти'], window: 1, target: ['проти+rod'] },
  // "розпочало безстрокову блокаду доріг, вимагаючи …": a blockade of roads, borders or bridges is a protest
  { lemma: ['блокада', 'блокування'], pos: 'noun', type: 'PROTEST', requires: ['дорога', 'траса', 'шлях', 'міст', 'кордон', 'розв’язка', 'автошлях'], window: 2, target: ['проти+rod'] },
  { lemma: ['протестувати', 'заблокувати', 'блокувати', 'пікетувати', 'страйкувати', 'мітингувати', 'перекрити', 'перекривати'], pos: 'verb', type: 'PROTEST', requires: ['фермер', 'протестувальник', 'активіст', 'перевізник', 'демонстрант', 'тисяча', 'людина', 'кордон', 'пункт', 'трактор',
    // "прихильники руху пікетували будівлю уряду", "депутати заблокували трибуну": a blockade of a place or a rostrum
    'прихильник', 'сотня', 'трибуна', 'будівля'], window: 8, target: ['проти+rod', 'з+oru'] },
];

/**
 * Capital → the state it stands for as a party ("Бухарест заявив" → Румунія): the given map, plus every capital of the
 * gazetteer (places.json, kind "capital") → its country's canonical short name.
 */
let capitalsCache: Record<string, string> | null = null;
let countryNamesCache: Record<string, string> | null = null;

/** The written short names, and every other state of the gazetteer by its gazetteer name (a demonym or a capital of
 * any state then finds its code). */
function withGazetteerStates(given: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { ...given };
  for (const e of gazetteerEntries()) if (e.kind === 'country' && e.country && !(e.country in out)) out[e.country] = e.name;
  return out;
}
function capitalsOf(given: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const countryName = new Map<string, string>();
  const entries = gazetteerEntries();
  for (const e of entries) if (e.kind === 'country' && e.country && !countryName.has(e.country)) countryName.set(e.country, e.name);
  for (const e of entries) {
    if (e.kind !== 'capital' || !e.country) continue;
    const state = countryName.get(e.country);
    if (state) for (const n of e.names) out[n] = state;
  }
  return Object.assign(out, given);
}

/** Persons of the actor knowledge base by id (built once, for kbRoles). */
let kbPersons: Map<string, GazetteerEntry> | undefined;

export const UK_EVENTS: EventLanguage = {
  lang: 'uk',
  triggers: T,
  modeCues: [
    { type: 'ASSAULT', mode: 'cyber', lemmas: ['кібератака', 'хакер', 'хакерський', 'кібер'] },
    { type: 'ASSAULT', mode: 'missile', lemmas: ['ракета', 'ракетний', 'балістичний', 'Іскандер', 'Калібр', 'Кинджал', 'ракетно-дроновий', 'комбінований', 'крилатий'] },
    { type: 'ASSAULT', mode: 'aerial_bomb', lemmas: ['авіабомба', 'КАБ', 'бомба', 'авіаційний', 'авіаудар', 'авіаналіт'] },
    { type: 'ASSAULT', mode: 'drone', lemmas: ['дрон', 'безпілотник', 'Шахед', 'шахед', 'БпЛА', 'дроновий', 'ударний'] },
    { type: 'ASSAULT', mode: 'shelling', lemmas: ['обстріл', 'обстріляти', 'обстрілювати', 'артилерія', 'артилерійський', 'міномет', 'РСЗВ', 'снаряд'] },
    { type: 'ASSAULT', mode: 'ground', lemmas: ['наступ', 'штурм', 'наступати', 'штурмувати', 'піхота', 'штурмовий'] },
    { type: 'CONSULT', mode: 'phone', lemmas: ['телефонний', 'телефон', 'зателефонувати'] },
    { type: 'CONSULT', mode: 'video', lemmas: ['відеозв’язок', 'відеодзвінок', 'відеоконференція', 'онлайн', 'відеорежим', 'відеорозмова'] },
    { type: 'CONSULT', mode: 'visit', lemmas: ['візит', 'прибути', 'відвідати'] },
    { type: 'CONSULT', mode: 'meeting', lemmas: ['зустріч', 'зустрітися', 'переговори', 'саміт', 'консультація'] },
    { type: 'AID', mode: 'humanitarian', lemmas: ['гуманітарний', 'зерно', 'продовольство', 'продовольчий', 'генератор', 'електростанція', 'трансформатор', 'медикамент', 'ліки', 'продукт', 'намет', 'ковдра', 'одяг', 'рятувальний', 'рятувальник', 'госпіталь', 'укриття', 'медичний', 'автобус', 'лікарня', 'будівельний'] },
    { type: 'AID', mode: 'military', lemmas: ['військовий', 'зброя', 'ППО', 'снаряд', 'ракета', 'IRIS-T', 'Patriot', 'F-16', 'танк', 'боєприпас', 'оборонний', 'система', 'винищувач', 'техніка', 'артилерія', 'Пентагон', 'кіберінструмент'] },
    { type: 'AID', mode: 'economic', lemmas: ['кредит', 'фінансовий', 'макрофінансовий', 'грант', 'транш', 'бюджетний', 'енергетичний', 'економічний', 'позика', 'виплатити', 'перерахувати', 'перераховувати', 'долар', 'євро', 'енергетика', 'відбудова', 'бюджет'] },
    { type: 'SANCTION', mode: 'personal', lemmas: ['в’їзд', 'персональний', 'особистий', 'активи'] },
    { type: 'SANCTION', mode: 'diplomatic', lemmas: ['дипломат', 'посол', 'консульство', 'посольство', 'генконсульство', 'вислати'] },
    { type: 'SANCTION', mode: 'economic', lemmas: ['санкція', 'імпорт', 'експорт', 'ембарго', 'мито'] },
  ],
  defaultMode: { AID: 'military', SANCTION: 'economic' },
  personsMode: { SANCTION: 'personal' },
  reportingAgentTypes: ['COERCE'],
  reporterSideTypes: ['MOBILIZE'],
  bothWords: ['обидва', 'обидві', 'обоє'],
  settingPreps: ['на'],
  subnationalNouns: ['штат', 'провінція', 'область', 'округ', 'регіон', 'кантон', 'графство', 'префектура', 'емірат', 'автономія', 'місто', 'округа'],
  negation: ['не', 'ні'],
  plannedCues: ['планувати', 'готовий', 'намір', 'запропонувати', 'пропонувати', 'збиратися', 'мати', 'має', 'пообіцяти', 'обіцяти', 'домовитися', 'наступний', 'незабаром', 'погодитися', 'вирішити', 'запланувати', 'маєть', 'найближчий', 'очікуватися', 'відбутися', 'готуватися', 'підготуватися'],
  deniedCues: ['заперечити', 'заперечувати', 'спростувати', 'спростовувати'],
  threatenCues: ['застерегти', 'застерігати', 'пригрозити', 'погрожувати', 'погроза'],
  requestCues: ['закликати', 'попросити', 'просити', 'вимагати', 'прохання', 'зажадати', 'передбачати', 'заклик', 'вимога', 'наполягати', 'наполягти'],
  complementizers: ['що'],
  aboutPreps: ['про', 'щодо'],
  including: ['зокрема', 'включно', 'серед'],
  during: [['під', 'час'], ['в', 'хід'], ['у', 'хід']],
  staffNouns: ['співробітник', 'працівник', 'правоохоронець', 'силовик', 'слідчий', 'оперативник', 'детектив', 'прикордонник', 'поліцейський', 'інспектор', 'спостерігач', 'фахівець', 'кіберфахівець', 'хакер', 'боєць', 'бойовик', 'розвідник', 'спецпризначенець'],
  // (suppletive plurals the lexicon keeps under their own lemma: "тисячі людей" → "люди", not "людини")
  inflect: (lemma, tag) => (tag === 'noun:p:v_naz' && SUPPLETIVE_PLURALS[lemma]) || inflect(lemma, tag),
  quantities: ['кілька', 'декілька', 'багато', 'чимало', 'сотня', 'тисяча', 'десяток', 'сотні', 'тисячі', 'десятки', 'кількасот', 'кількадесят'],
  // (one-word names only: "Словаччина" → "Словаччини")
  genitive: genitiveOfState,
  correlativeStarters: ['як'],
  // (not "якщо", "якби", "доки": the main clause after a condition is its hypothetical consequence)
  subordinators: ['коли', 'хоча', 'хоч', 'поки', 'оскільки', 'щойно', 'відколи'],
  involvementNouns: ['причетність', 'відповідальність'],
  mutualTypes: ['COOPERATE', 'AGREE', 'CONSULT'],
  titlePhrases: [['у', 'справа'], ['в', 'справа']],
  relativeConjunctions: ['що'],
  clauseStarters: ['що', 'який', 'котрий', 'щоб', 'коли', 'де', 'куди', 'бо', 'але', 'проте', 'однак', 'а', 'хоча', 'якщо', 'поки', 'доки', 'оскільки', 'адже', 'тоді'],
  relatives: ['який', 'котрий', 'чий'],
  ambiguousRelatives: ['який', 'які', 'котрий', 'котрі'],
  demandNouns: ['вимога', 'ультиматум', 'заклик'],
  quotedActTypes: ['ASSAULT'],
  returnVerbs: ['повернути', 'повертати'],
  releaseVerbs: ['звільнити', 'відпустити', 'звільняти', 'відпускати'],
  modelNouns: ['клас', 'тип', 'модифікація', 'серія'],
  shareNouns: ['більшість', 'частина', 'половина', 'решта'],
  runNouns: ['день', 'вечір', 'ніч', 'тиждень', 'місяць', 'рік', 'раз', 'доба'],
  regionNouns: ['провінція', 'регіон'],
  closedPhrases: [['у', 'відповідь'], ['в', 'відповідь']],
  summonVerbs: ['викликати'],
  leaderTitles: ['президент', 'президентка', 'прем’єр-міністр', 'прем’єр-міністерка', 'прем’єр', 'прем’єрка', 'канцлер', 'канцлерка', 'король', 'королева', 'емір', 'султан', 'лідер', 'лідерка'],
  deportationVerbs: ['вивезти', 'вивозити', 'депортувати'],
  premisesNouns: ['будівля', 'будинок', 'офіс', 'приміщення', 'резиденція', 'штаб-квартира', 'посольство', 'консульство'],
  conditionals: ['якщо', 'якби', 'коли', 'доки'],
  underVerbs: ['потрапити', 'потрапляти', 'опинитися', 'опинятися'],
  underPreps: ['під'],
  namingVerbs: ['назвати', 'називати'],
  agentNouns: ['бік'],
  hypotheticals: [['у', 'цей', 'випадок'], ['в', 'цей', 'випадок'], ['у', 'такий', 'випадок'], ['в', 'такий', 'випадок'], ['у', 'такий', 'раз'], ['в', 'такий', 'раз'], ['інакше']],
  agreeToAct: ['домовитися', 'домовлятися', 'погодитися', 'погоджуватися'],
  parties: ['сторона'],
  topicHeads: ['документ', 'комюніке', 'критика', 'перевага', 'причетні', 'присвячений', 'допустити', 'допускати', 'запобігти', 'запобігати', 'раз', 'режим', 'посилення', 'загроза', 'причетний', 'причетність', 'припинити', 'припиняти', 'зупинити', 'зупиняти', 'призупинити', 'призупиняти', 'призупинення', 'зупинення', 'припинення', 'скасування', 'зняття', 'послаблення', 'пом’якшення', 'питання', 'обговорення', 'зволікання', 'підготовка', 'тема', 'ризик', 'можливість', 'наслідок', 'жертва'],
  topicVerbs: ['боятися', 'злякатися', 'обговорити', 'обговорювати', 'говорити', 'йтися', 'обходити', 'обійти', 'уникати', 'утримуватися', 'утриматися'],
  forcesOf: { RUS: 'Росія' },
  ownNamedForces: ['wagner', 'africa-corps'],
  demonstratives: ['це', 'цей', 'ця', 'ці', 'такий'],
  temporalPreps: ['перед', 'після', 'напередодні', 'внаслідок'],
  // (a "тіньовий флот" is tankers, no navy)
  institutionExcludedAdjectives: ['тіньовий'],
  institutions: ['міністерство', 'міноборони', 'служба', 'агентство', 'посольство', 'парламент', 'уряд', 'генштаб', 'адміністрація', 'прокуратура', 'поліція', 'розвідка', 'суд', 'армія', 'флот', 'хунта', 'жандармерія'],
  regionGroups: { Балтія: ['Литва', 'Латвія', 'Естонія'], Скандинавія: ['Данія', 'Норвегія', 'Швеція'] },
  regionAdjectives: { балтійський: 'Балтія', скандинавський: 'Скандинавія' },
  // (titles that name a person only as an object after what he said: "слова дипломата" — as a subject, "дипломати" are
  // many)
  objectTitles: ['дипломат', 'дипломатка'],
  stepNouns: ['крок', 'дія', 'жест', 'рішення'],
  decisionNouns: ['рішення', 'вирок', 'постанова', 'ухвала'],
  yieldVerbs: ['погодитися', 'погоджуватися'],
  attributionOpeners: ['як'],
  attributionSources: { prep: 'за', nouns: ['даними', 'оцінками', 'інформацією', 'підрахунками', 'повідомленням', 'словами'] },
  waterBodies: /(^|\s)(море|океан|затока)$/iu,
  launchVerbs: ['випустити', 'випускати', 'запустити', 'запускати', 'запуск', 'пуск'],
  focusAfterNegation: ['просто', 'лише', 'тільки', 'лишень', 'тільки-но'],
  mediaNouns: ['телеканал', 'видання', 'газета', 'радіо', 'радіостанція', 'телерадіокомпанія', 'журнал', 'портал', 'ефір'],
  sufferVerbs: ['зазнати', 'зазнавати'],
  counterpartNouns: ['колега', 'візаві'],
  joinVerbs: ['приєднатися', 'приєднуватися', 'долучитися', 'долучатися'],
  relationNouns: ['кордон', 'межа', 'війна', 'конфлікт', 'протистояння'],
  meansNouns: ['залучення', 'використання', 'застосування'],
  demandVerbs: ['вимагати', 'зажадати'],
  proposalContents: ['пропозиція', 'ідея', 'ініціатива'],
  // (men's names: consonant + "а" — "Альвареса"; "-а" → "-и" — "Ісси"; "-я" → "-ї"; "-й"/"-ь" → "-я"; other vowels
  // do not decline — "Боббі", "Джорджеску")
  genitiveOfName: (w: string): string => /[бвгґджзклмнпрстфхцчшщ]$/u.test(w) ? w + 'а' : /[бвгґджзклмнпрстфхцчшщ]а$/u.test(w) ? w.slice(0, -1) + 'и'
    : /я$/u.test(w) ? w.slice(0, -1) + 'ї' : /[йь]$/u.test(w) ? w.slice(0, -1) + 'я' : w,
  bareStateNouns: ['влада'],
  stateInstitutions: ['адміністрація'],
  authorityObjectVerbs: ['звинуватити', 'звинувачувати', 'закликати', 'критикувати', 'розкритикувати', 'засудити', 'засуджувати'],
  institutionNameAdjectives: ['федеральний', 'національний', 'генеральний', 'верховний', 'конституційний'],
  participantNouns: ['учасник', 'учасниця'],
  protestNouns: ['акція', 'протест', 'мітинг', 'демонстрація', 'марш', 'пікет'],
  quantityPreps: ['понад', 'близько', 'майже', 'щонайменше', 'до', 'біля', 'приблизно', 'більше'],
  residentNouns: ['житель', 'мешканець'],
  attackPreps: ['по', 'на'],
  districtNouns: ['район', 'мікрорайон'],
  capitalNouns: ['столиця'],
  mediatorNouns: ['посередник', 'партнер'],
  mediationNouns: ['посередництво'],
  sinceMarkers: ['вперше', 'уперше'],
  exerciseNouns: ['навчання', 'маневри'],
  weaponKindAbbreviations: ['ППО', 'ПРО', 'ЗРК', 'РСЗВ', 'РЕБ', 'БПЛА', 'ПЗРК'],
  stateWords: [...STATE_WORDS],
  singlingOut: ['насамперед', 'передусім', 'особливо', 'зокрема'],
  // (and a chance missed or had: "упустив шанс домовитися")
  capabilityWords: ['здатний', 'спроможний', 'здатен', 'шанс', 'нагода'],
  accusedActPreps: ['в', 'у'],
  buildingNouns: ['шпиталь', 'лікарня', 'госпіталь', 'школа', 'садок', 'університет', 'церква', 'собор', 'мечеть', 'ринок', 'будівля', 'готель', 'театр', 'музей', 'посольство'],
  territoryNouns: ['територія', 'бік'],
  peopleNouns: ['дитина', 'заручник', 'громадянин', 'громадянка', 'житель', 'мешканець', 'рибалка', 'моряк', 'журналіст', 'активіст', 'студент', 'школяр', 'пенсіонер', 'підліток', 'військовослужбовець', 'турист', 'волонтер', 'підданий'],
  envoyNouns: ['посол', 'посолка', 'повірений', 'дипломат', 'консул', 'аташе'],
  vesselNouns: [...VESSEL_NOUN_LEMMAS],
  possessiveOwners: { її: 'f', його: 'm', їхній: 'p', їх: 'p' },
  aidPurposeNouns: ['допомога', 'підтримка', 'потреба', 'відновлення', 'оборона'],
  preventVerbs: ['завадити', 'заважати', 'запобігти', 'перешкодити', 'перешкоджати'],
  permitVerbs: ['дати', 'давати', 'дозволити', 'дозволяти'],
  orgKindNouns: ['компанія', 'концерн', 'корпорація', 'холдинг', 'банк', 'фірма', 'партія', 'рух', 'угруповання', 'організація', 'телеканал', 'видання', 'агенція', 'фонд'],
  threatPreps: ['по', 'на', 'проти'],
  wordsOf: ['слово', 'заява', 'висловлювання', 'коментар', 'твердження', 'погроза', 'допис', 'риторика'],
  guestNouns: [...GUEST_NOUNS, 'гостеві', 'гостю', 'гостя', 'гостем', 'гості'],
  concessivePreps: ['попри', 'всупереч'],
  protesterNouns: ['протестувальник', 'мітингувальник', 'демонстрант', 'протестувальниця'],
  purposePreps: ['для'],
  possessives: ['його', 'її', 'їх', 'їхніх', 'їхні', 'свої', 'своїх'],
  originPreps: ['з', 'із', 'зі'],
  repelVerbs: ['відбити', 'відбивати', 'відразити', 'відбитися', 'відбиватися', 'зірвати', 'зривати', 'відбиття'],
  stateSides: ['партнер', 'влада', 'керівництво', 'слідчий', 'правоохоронець', 'народ'],
  attackVehicles: ['винищувач', 'бомбардувальник', 'літак', 'гелікоптер', 'вертоліт', 'корабель', 'катер', 'есмінець', 'фрегат'],
  personnelBodies: { поліцейський: 'поліція', жандарм: 'жандармерія', депутат: 'парламент', парламентар: 'парламент' },
  // (and the names of peoples the tagger may read as things: "кілька тисяч білорусів", "грузинів")
  personNounSuffix: /(вальник|ник|ець|ант|ент|іст|ист|ач|янин|анин|^водій|^білорус|^грузин|^поляк|^серб|^хорват|^француз|^турок|^курд|^араб|^чех|^словак|^румун|^латиш|^угорець)$/u,
  stateForces: ['військо', 'війська', 'військовий', 'військовослужбовець', 'підрозділ', 'сила', 'солдат', 'авіація', 'силовик', 'десантник', 'піхотинець', 'морпіх', 'артилерист', 'спецпризначенець', 'боєць', 'вояк', 'прикордонник'],
  facilityNouns: ['провінція', 'регіон', 'аеродром', 'авіабаза', 'аеропорт', 'порт', 'морпорт', 'судно', 'суховантаж', 'танкер', 'корабель', 'крейсер', 'фрегат', 'корвет', 'завод', 'НПЗ', 'нафтобаза', 'термінал', 'електростанція', 'підстанція', 'ТЕС', 'ТЕЦ', 'ГЕС', 'шахта', 'комбінат', 'полігон', 'міст', 'вокзал', 'база', 'станція'],
  facilityAdjectives: ['нафтоперекачувальний', 'газокомпресорний', 'компресорний', 'насосний', 'нафтопереробний', 'газорозподільний', 'залізничний'],
  delegations: ['делегація', 'сторона', 'уряд', 'влада', 'військо', 'війська', 'сила', 'колегія'],
  ledBy: ['чоло'],
  rejectCues: ['згорнути', 'згортати', 'відмовитися', 'відмовлятися', 'відмовити', 'відкинути', 'відкидати', 'відхилити', 'відхиляти', 'заблокувати', 'блокувати', 'ветувати', 'скасувати', 'скасовувати'],
  demonymTargetTypes: ['PROTEST', 'ASSAULT', 'SANCTION', 'ACCUSE', 'AGREE', 'REJECT', 'CONCEDE', 'THREATEN', 'REQUEST', 'COOPERATE', 'SUPPORT'],
  demonymTargetAnimateTypes: ['SUPPORT'],
  groupSubjectTypes: ['PROTEST', 'COERCE'],
  // ("у соцмережі X пригрозив": the network one wrote in is no subject)
  mediumNouns: ['інтерв’ю', 'ефір', 'етер', 'колонка', 'подкаст', 'стаття', 'звернення', 'соцмережа', 'месенджер'],
  bareGroupNouns: ['противник', 'ворог'],
  followerNouns: ['прихильник', 'прибічник', 'соратник', 'послідовник', 'однодумець'],
  nonAgentNouns: ['спроба', 'намагання', 'рішення', 'постанова', 'указ', 'закон', 'ордер', 'план', 'ініціатива', 'заява',
    // (a wave or series of acts: "Хвиля протестів спалахнула")
    'хвиля', 'серія', 'низка',
    // (and the acts themselves: "пройшли акції протесту", "відбулися мітинги")
    'акція', 'протест', 'мітинг', 'демонстрація', 'марш', 'страйк', 'пікет'],
  jointVerbs: ['схвалити'],
  signingVerbs: ['підписати', 'ратифікувати', 'укласти', 'схвалити', 'парафувати'],
  readiness: ['готовий', 'готовність'],
  rulingOut: ['виключити', 'виключати'],
  placeRelatives: ['де', 'куди'],
  sidelines: [['на', 'поле'], ['на', 'узбіччя'], ['в', 'кулуари'], ['у', 'кулуари']],
  ownershipVerbs: ['належати'],
  ongoingVerbs: ['тривати', 'відбуватися', 'проходити'],
  mannerClauses: [['як', 'того'], ['як', 'цього']],
  possibilityVerbs: ['могти'],
  animateObjectRelatives: ['яких', 'якого', 'котрих', 'котрого'],
  presentAsFuture: ['атакувати', 'використовувати', 'фінансувати', 'мобілізувати', 'депортувати', 'арештувати', 'ратифікувати', 'інформувати'],
  futureForm: /тим(?:у|еш|е|емо|ете|уть)$/u,
  partnerNouns: ['партнер'],
  preparation: { verbs: ['готувати', 'підготувати', 'готуватися', 'підготуватися'], types: ['ASSAULT'] },
  lightVerbs: ['запровадити', 'запроваджувати', 'ввести', 'вводити', 'накласти', 'провести', 'проводити', 'здійснити', 'здійснювати', 'оголосити', 'оголошувати', 'розпочати', 'почати', 'завдати', 'завдавати', 'влаштувати', 'організувати'],
  reasonPreps: ['за'],
  contrastConjunctions: ['а'],
  happenVerbs: ['відбутися', 'відбуватися'],
  roleKey: (lemma: string) => sectorLexicon().roleKey(lemma),
  formatNouns: ['формат'],
  sequelAdjectives: { previous: ['попередній', 'минулий'], next: ['наступний'], stageNouns: ['етап', 'раунд'] },
  firstPersonPronouns: ['я', 'ми'],
  adverbialPreps: ['напередодні', 'поблизу', 'довкола', 'навколо', 'поруч'],
  missionNouns: [...MISSION_HEADS],
  controlledBy: ['підконтрольний', 'підпорядкований', 'лояльний'],
  bodyNouns: ['суд', 'влада', 'адміністрація', 'уряд', 'поліція', 'прокуратура', 'угруповання', 'формування', 'режим', 'сила', 'загін', 'окупант', 'бойовик'],
  nearPreps: ['поблизу', 'біля', 'неподалік', 'поряд', 'поруч'],
  dativeSubjectPredicates: ['вдатися', 'вдаватися', 'довестися', 'доводитися', 'треба', 'потрібно', 'слід', 'необхідно', 'варто', 'належати'],
  actPreps: ['про', 'до', 'з', 'із', 'зі', 'від'],
  accusationWords: ['звинувачення', 'закид', 'претензія', 'заява', 'твердження', 'повідомлення', 'інформація', 'дані'],
  responses: {
    THREATEN: ['ASSAULT', 'SANCTION', 'COERCE', 'ACCUSE', 'THREATEN'],
    ACCUSE: ['ASSAULT', 'SANCTION', 'COERCE', 'THREATEN'],
    REJECT: ['REQUEST', 'THREATEN', 'ACCUSE', 'SANCTION'],
    SUPPORT: ['AID', 'SUPPORT', 'COOPERATE', 'AGREE', 'CONSULT'],
  },
  sympathy: ['співчуття', 'солідарність'],
  amongThem: [['серед', 'вони'], ['серед', 'який']],
  knownBodies: () => gazetteerEntries().filter((e) => e.kind === 'org'),
  townNouns: ['місто'],
  kbRoles: (kbId, day) => {
    kbPersons ??= new Map(gazetteerEntries().filter((e) => e.type === 'PERS').map((e) => [e.id, e]));
    const e = kbPersons.get(kbId);
    return e ? rolesOn(e, day).map((r) => r.role) : [];
  },
  oblastNouns: ['область'],
  isOblastName: (name) => / область$/.test(name),
  oblastOfBody: (name) => {
    const m = /^(\p{Lu}[\p{Ll}’']+(?:ськ|цьк|зьк)а) обласна /u.exec(name);
    return m ? `${m[1]} область` : null;
  },
  placeAdjectiveEnding: /(?:ськ|цьк|зьк)ий$/u,
  adjectiveNominative: /(?:ськ|цьк|зьк|н)ий$/u,
  placeAdjective: (lemma) => {
    const m = /^(.{4,}?)(?:ськ|цьк|зьк)ий$/u.exec(lemma.toLowerCase());
    if (!m) return false;
    if (!placeStems) {
      placeStems = new Set();
      for (const e of gazetteerEntries()) {
        if (e.kind !== 'city' && e.kind !== 'capital') continue;
        for (const n of e.names) {
          const w = n.toLowerCase();
          if (/\s/.test(w)) continue;
          for (let k = 4; k <= w.length; k++) placeStems.add(w.slice(0, k));
        }
      }
    }
    return placeStems.has(m[1]!);
  },
  townIds: () => (townIdSet ??= new Set(gazetteerEntries().filter((e) => e.kind === 'city' || e.kind === 'capital').map((e) => e.id))),
  definiteBodies: {
    heads: ['агентство', 'агенція', 'організація', 'університет', 'рух', 'комісія', 'рада', 'місія', 'корпус', 'угруповання', 'фонд', 'банк', 'коаліція', 'трибунал', 'альянс', 'служба', 'суд', 'штаб', 'партія', 'комітет', 'бюро', 'компанія', 'концерн', 'корпорація', 'депозитарій', 'блок'],
    aliases: { альянс: 'НАТО', союзник: 'НАТО' },
    describedBy: { опозиція: 'опозиційний' },
    // (a bare word of the members of an organisation of that sector stands for it: "бойовики" for the armed group)
    sectors: { бойовик: 'REB' },
    kinds: [['угода', 'конвенція', 'договір', 'пакт'], ['відомство', 'міністерство', 'мзс', 'мвс', 'міноборони', 'мінфін', 'мін’юст', 'мінекономіки'], ['служба', 'спецслужба']],
  },
  // (written here: the short names news use; every other state of the gazetteer under its gazetteer name: withGazetteerStates)
  get countryNames(): Record<string, string> {
    return (countryNamesCache ??= withGazetteerStates({
    UKR: 'Україна', RUS: 'Росія', USA: 'США', POL: 'Польща', GBR: 'Велика Британія', DEU: 'Німеччина', FRA: 'Франція',
    ITA: 'Італія', ESP: 'Іспанія', CAN: 'Канада', JPN: 'Японія', CHN: 'Китай', TUR: 'Туреччина', IRN: 'Іран',
    BLR: 'Білорусь', HUN: 'Угорщина', SVK: 'Словаччина', LTU: 'Литва', LVA: 'Латвія', EST: 'Естонія', NLD: 'Нідерланди',
    DNK: 'Данія', NOR: 'Норвегія', SWE: 'Швеція', FIN: 'Фінляндія', PRK: 'Північна Корея', KOR: 'Південна Корея',
    MDA: 'Молдова', GEO: 'Грузія', ROU: 'Румунія', CZE: 'Чехія', BEL: 'Бельгія', AUT: 'Австрія', EU: 'ЄС', NATO: 'НАТО',    }));
  },

  coordinators: ['і', 'й', 'та', 'також'],
  locativePreps: ['у', 'в', 'на'],
  reportVerbs: ['заявити', 'заявляти', 'повідомити', 'повідомляти', 'сказати', 'наголосити', 'наголошувати', 'написати', 'додати', 'зазначити', 'оголосити', 'підкреслити', 'нагадати', 'пояснити', 'розповісти', 'запевнити', 'стверджувати', 'вважати', 'поінформувати', 'назвати'],
  attributions: [['за', 'слово'], ['на', 'думка'], ['за', 'даний'], ['за', 'дані'], ['за', 'інформація'], ['за', 'оцінка'], ['за', 'повідомлення']],
  pronouns: ['він', 'вона', 'вони'],
  verbalTypes: ['ACCUSE', 'REJECT', 'THREATEN', 'SUPPORT', 'REQUEST'],
  groupActors: [
    { lemmas: ['росіянин', 'окупант', 'рашист', 'агресор', 'противник', 'ворог', 'загарбник'], name: 'Росія', type: 'LOC', country: 'RUS' },
    { lemmas: ['військо', 'війська', 'сила', 'армія', 'військовий', 'окупаційний', 'влада', 'силовик', 'суд', 'адміністрація'], after: ['російський', 'окупаційний', 'ворожий'], name: 'Росія', type: 'LOC', country: 'RUS' },
    { lemmas: ['РФ'], name: 'Росія', type: 'LOC', country: 'RUS' },
    { lemmas: ['українець'], name: 'Україна', type: 'LOC', country: 'UKR' },
    { lemmas: ['американець'], name: 'США', type: 'LOC', country: 'USA' },
    { lemmas: ['поляк'], name: 'Польща', type: 'LOC', country: 'POL' },
    { lemmas: ['європеєць'], name: 'Європа', type: 'LOC' },
    { lemmas: ['військо', 'війська', 'сила', 'армія', 'військовий', 'підрозділ', 'захисник', 'оборонець'], after: ['український'], name: 'Збройні сили України', type: 'ORG', country: 'UKR' },
  ],
  demonyms: {
    російський: 'Росія', український: 'Україна', американський: 'США', польський: 'Польща', британський: 'Велика Британія',
    німецький: 'Німеччина', французький: 'Франція', китайський: 'Китай', японський: 'Японія', турецький: 'Туреччина',
    іранський: 'Іран', білоруський: 'Білорусь', угорський: 'Угорщина', словацький: 'Словаччина', литовський: 'Литва',
    латвійський: 'Латвія', естонський: 'Естонія', канадський: 'Канада', італійський: 'Італія', іспанський: 'Іспанія',
    нідерландський: 'Нідерланди', данський: 'Данія', норвезький: 'Норвегія', шведський: 'Швеція', фінський: 'Фінляндія',
    північнокорейський: 'Північна Корея', європейський: 'ЄС', індійський: 'Індія', саудівський: 'Саудівська Аравія',
    катарський: 'Катар', румунський: 'Румунія', чеський: 'Чехія', молдовський: 'Молдова', грузинський: 'Грузія',
    австрійський: 'Австрія', бельгійський: 'Бельгія', болгарський: 'Болгарія', грецький: 'Греція', хорватський: 'Хорватія',
    сербський: 'Сербія', словенський: 'Словенія', португальський: 'Португалія', ірландський: 'Ірландія',
    швейцарський: 'Швейцарія', люксембурзький: 'Люксембург', ісландський: 'Ісландія', мальтійський: 'Мальта',
    кіпрський: 'Кіпр', албанський: 'Албанія', чорногорський: 'Чорногорія', північномакедонський: 'Північна Македонія',
    вірменський: 'Вірменія', азербайджанський: 'Азербайджан', казахський: 'Казахстан', казахстанський: 'Казахстан',
    узбецький: 'Узбекистан', киргизький: 'Киргизстан', таджицький: 'Таджикистан', туркменський: 'Туркменистан',
    ізраїльський: 'Ізраїль', палестинський: 'Палестина', сирійський: 'Сирія', ліванський: 'Ліван', іракський: 'Ірак',
    йорданський: 'Йорданія', єгипетський: 'Єгипет', еміратський: 'ОАЕ', кувейтський: 'Кувейт', єменський: 'Ємен',
    пакистанський: 'Пакистан', афганський: 'Афганістан', південнокорейський: 'Південна Корея', тайванський: 'Тайвань',
    'в’єтнамський': "В'єтнам", філіппінський: 'Філіппіни', індонезійський: 'Індонезія', малайзійський: 'Малайзія',
    таїландський: 'Таїланд', сінгапурський: 'Сінгапур', монгольський: 'Монголія', австралійський: 'Австралія',
    новозеландський: 'Нова Зеландія', бразильський: 'Бразилія', аргентинський: 'Аргентина', мексиканський: 'Мексика',
    венесуельський: 'Венесуела', колумбійський: 'Колумбія', чилійський: 'Чилі', перуанський: 'Перу', кубинський: 'Куба',
    гаянський: 'Гаяна', еквадорський: 'Еквадор', болівійський: 'Болівія', нікарагуанський: 'Нікарагуа',
    південноафриканський: 'ПАР', нігерійський: 'Нігерія', ефіопський: 'Ефіопія', кенійський: 'Кенія', суданський: 'Судан',
    лівійський: 'Лівія', марокканський: 'Марокко', алжирський: 'Алжир', туніський: 'Туніс',
    камбоджійський: 'Камбоджа', руандійський: 'Руанда', конголезький: 'Демократична Республіка Конго',
    'м’янманський': "М'янма", бірманський: "М'янма", лаоський: 'Лаос', тайський: 'Таїланд', непальський: 'Непал',
    бангладеський: 'Бангладеш', ланкійський: 'Шри-Ланка', 'шрі-ланкійський': 'Шри-Ланка', сомалійський: 'Сомалі',
    еритрейський: 'Еритрея', малійський: 'Малі', нігерський: 'Нігер', буркінійський: 'Буркіна-Фасо', чадський: 'Чад',
    сенегальський: 'Сенегал', ганський: 'Гана', камерунський: 'Камерун', ангольський: 'Ангола', мозамбіцький: 'Мозамбік',
    зімбабвійський: 'Зімбабве', танзанійський: 'Танзанія', угандійський: 'Уганда', джибутійський: 'Джибуті',
    південносуданський: 'Південний Судан', оманський: 'Оман', бахрейнський: 'Бахрейн', уругвайський: 'Уругвай',
    парагвайський: 'Парагвай', панамський: 'Панама', гватемальський: 'Гватемала', гондураський: 'Гондурас',
    сальвадорський: 'Сальвадор', гаїтянський: 'Гаїті', ямайський: 'Ямайка', мавританський: 'Мавританія',
    гвінейський: 'Гвінея', бурундійський: 'Бурунді', замбійський: 'Замбія', намібійський: 'Намібія',
    ліберійський: 'Ліберія', габонський: 'Габон', бенінський: 'Бенін', боснійський: 'Боснія і Герцеговина',
  },
  // (written here: seats that stand for a body, not a state, and capitals whose state news name otherwise; every other
  // capital of the gazetteer stands for its country: capitalsOf)
  get capitals(): Record<string, string> {
    return (capitalsCache ??= capitalsOf({
    Москва: 'Росія', Київ: 'Україна', Варшава: 'Польща', Берлін: 'Німеччина', Париж: 'Франція', Лондон: 'Велика Британія',
    Вашингтон: 'США', Брюссель: 'ЄС', Пекін: 'Китай', Токіо: 'Японія', Анкара: 'Туреччина', Тегеран: 'Іран', Мінськ: 'Білорусь',
    Будапешт: 'Угорщина', Братислава: 'Словаччина', Вільнюс: 'Литва', Рига: 'Латвія', Таллінн: 'Естонія', Оттава: 'Канада',
    Рим: 'Італія', Мадрид: 'Іспанія', Гаага: 'Нідерланди', Копенгаген: 'Данія', Осло: 'Норвегія', Стокгольм: 'Швеція',
    Гельсінкі: 'Фінляндія', Пхеньян: 'Північна Корея', Сеул: 'Південна Корея', 'Нью-Делі': 'Індія', 'Ер-Ріяд': 'Саудівська Аравія', 'Абу-Дабі': 'ОАЕ', Доха: 'Катар', Кишинів: 'Молдова', Тбілісі: 'Грузія',
  }));
  },
  defaultSource: { ASSAULT: 'Росія' },
  defaultTarget: { AID: 'Україна' },
  defaultDomain: ['UKR', 'RUS'],
  participation: ['участь'],
  actNouns: { вирок: 'COERCE', переслідування: 'COERCE', репресія: 'COERCE', насильство: 'COERCE', утиск: 'COERCE', обшук: 'COERCE', руйнування: 'ASSAULT', вбивство: 'ASSAULT', виплата: 'AID', транш: 'AID', вето: 'REJECT' },
  proposals: ['ідея', 'пропозиція', 'план', 'ініціатива', 'вимога', 'заклик', 'прохання', 'запит', 'зобов’язання', 'умова', 'ультиматум', 'рішення', 'крок'],
  proposalTypes: ['REJECT', 'SUPPORT'],
  causePreps: ['через'],
  causeReactionTypes: ['ACCUSE', 'SANCTION', 'PROTEST', 'REJECT', 'THREATEN'],
  settlementNouns: [...SETTLEMENT_NOUN_LEMMAS],
  occupiedWords: ['окупований', 'анексований'],
  mirrorWords: ['дзеркальний', 'дзеркально', 'симетричний', 'симетрично'],
  otherwiseWords: ['інакше'],
  invitationNouns: ['запрошення'],
  governmentAdjectives: ['урядовий'],
  deemVerbs: ['вважатися', 'визнаватися', 'розцінюватися', 'кваліфікуватися'],
  purposeWords: ['щоб', 'аби'],
  questionWords: ['хто', 'чи'],
  openingConnectors: LEADING_CONNECTORS,
  genericDeterminers: ['кожний', 'кожен', 'будь-який', 'всякий'],
  anonymousNouns: ['людина', 'особа'],
  protectionWords: ['захист', 'захищати', 'захистити', 'убезпечити', 'убезпечувати', 'вберегти', 'уберегти', 'протидія', 'протидіяти', 'стійкість', 'страхування'],
  protectionPreps: ['від'],
  chargeContentOpeners: [['в', 'тому'], ['у', 'тому']],
  stateDelegations: ['делегація'],
  waterNouns: ['море', 'затока', 'протока', 'океан', 'озеро', 'річка', 'лиман'],
  secondTitles: ['глава', 'кандидат', 'кандидатка'],
  purposePhrases: [['на', 'знак']],
  governmentNouns: ['уряд', 'адміністрація'],
  stateDemonymPersons: ['політик', 'політикиня'],
  ceaseVerbs: ['припинити', 'зупинити', 'призупинити'],
  partitivePreps: ['з', 'із', 'зі', 'серед'],
  participationPreps: ['за'],
  placeGenitive: fullOblastGenitive,
  victory: { defeat: 'поразка', nouns: ['перемога', 'переобрання', 'обрання'], verbs: ['перемогти', 'перемагати'], rivals: ['суперник', 'суперниця', 'опонент', 'опонентка', 'конкурент', 'конкурентка'], congratulate: ['привітати', 'вітати'] },
  hostVerbs: ['зустріти', 'зустрічати', 'прийняти', 'приймати', 'привітати'],
  kinNouns: ['родина', 'сім’я', 'рідний'],
  positionNouns: ['позиція'],
  directionPreps: ['на'],
  territoryPreps: ['на'],
  // (euphony alternates them: "солідарність із народом", "розмова зі США", "удар у порту")
  bareBodies: ['уряд', 'парламент', 'поліція', 'прокуратура', 'армія'],
  // (a bare army is the state's armed forces, as the blind sets name them)
  bareBodyNames: { армія: 'Збройні сили' },
  bareBodySectors: { парламент: 'LEG' },
  prepositionVariants: { із: 'з', зі: 'з', зо: 'з', у: 'в', ув: 'в', ві: 'в', уві: 'в', од: 'від', ізо: 'з' },
  dual: { numerals: ['обидва', 'обидві', 'обоє', 'два', 'дві'], nouns: ['країна', 'держава'] },
  groupOf: { numerals: { три: 3, чотири: 4, 'п’ять': 5, 'п\'ять': 5 }, nouns: ['країна', 'держава', 'союзник', 'партнер', 'сусід'] },
  reactionTypes: ['SUPPORT', 'REJECT', 'ACCUSE', 'PROTEST'],
  obligation: ['мати', 'повинен', 'повинний', 'мусити', 'зобов’язаний', 'слід', 'треба', 'необхідно'],
  obligationTypes: ['CONCEDE', 'RETREAT', 'AGREE'],
  roleNouns: ['омбудсман', 'омбудсмен', 'уповноважений', 'уповноважена', 'міністр', 'президент', 'прем’єр-міністр', 'прем’єр', 'прем’єр-міністерка', 'прем’єрка', 'президентка', 'очільниця', 'керівниця', 'канцлерка', 'спікерка', 'посолка', 'командувачка', 'канцлер', 'речник', 'речниця', 'голова', 'співголова', 'секретар', 'радник', 'посол', 'лідер', 'керівник', 'очільник', 'генсек', 'генеральний', 'представник', 'представниця', 'командувач', 'міністерка', 'спікер', 'посадовець', 'мер', 'губернатор', 'шериф', 'директор', 'гендиректор', 'директорка', 'гендиректорка', 'віцепрем’єр-міністр', 'віцепрем’єр', 'віцепрем’єрка', 'віцепрем’єр-міністерка', 'держсекретар', 'держсекретарка', 'віцепрезидент', 'віцепрезидентка', 'спецпосланець', 'спецпосланниця', 'спецпредставник', 'спецпредставниця', 'емісар', 'кронпринц', 'принц', 'король', 'королева', 'емір', 'султан', 'папа', 'понтифік', 'кардинал', 'комісар', 'комісарка', 'єврокомісар', 'єврокомісарка', 'прокурор', 'генпрокурор', 'суддя'],
};
