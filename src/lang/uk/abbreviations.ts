/**
 * Ukrainian abbreviations that end in a full stop, for the segmenter. Written lowercase, without the final dot;
 * inner dots are kept ("т.зв" is the multi-part "т.зв."). The segmenter keeps the dot inside the token.
 *
 * NON_FINAL: an abbreviation that is practically never the last word of a sentence ("ім. Шевченка", "вул. Хрещатик",
 * "проф. Іваненко"), so a following capital letter does not start a new sentence.
 * MAY_END: an abbreviation that often ends a sentence ("у 2022 р.", "і т.д.", "50 тис."); a capitalised word after it
 * starts a new sentence.
 */

export const NON_FINAL_ABBREVIATIONS: readonly string[] = [
  // names, titles, addresses
  'ім', 'вул', 'просп', 'пров', 'пл', 'бул', 'наб', 'м', 'с', 'смт', 'сел', 'обл', 'р-н', 'буд', 'кв', 'оф',
  'проф', 'акад', 'доц', 'канд', 'д-р', 'ген', 'полк', 'підполк', 'лейт', 'ст.лейт', 'гр', 'св', 'о', 'чл',
  'заст', 'зам', 'ред', 'упоряд', 'пер',
  // two-letter initials of foreign first names ("Дональд Дж. Трамп")
  'дж',
  // references and connectives
  'т.зв', 'т.з', 'див', 'напр', 'порівн', 'пор', 'ч', 'п', 'пп', 'абз', 'розд', 'гл', 'арк', 'табл',
  'вип', 'зб', 'мал', 'прибл', 'бл', 'орієнт',
  'англ', 'укр', 'рос', 'нім', 'франц', 'фр', 'лат', 'пол', 'італ', 'ісп', 'япон', 'кит',
  'no', 'p', 'pp', 'vs', 'e.g', 'i.e', 'approx', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Gen', 'Col', 'Lt',
].map((a) => a.toLowerCase());

export const MAY_END_ABBREVIATIONS: readonly string[] = [
  'р', 'рр', 'ст', 'тис', 'млн', 'млрд', 'трлн', 'грн', 'коп', 'дол', 'т',
  'т.д', 'т.п', 'т.ін', 'ін', 'н.е', 'etc', 'Inc', 'Ltd', 'Co', 'Corp', 'Jr', 'Sr',
  'вв', 'ст.ст', 'тт', 'с.г', 'ц.р', 'м.р', 'п.р', 'ц.т',
].map((a) => a.toLowerCase());

/**
 * MAY_END abbreviations that are units: they end a sentence only right after a number ("2022 р.", "XX ст.", "50 тис.",
 * "11 млн т."); elsewhere they never do ("на р. Дніпро", "т. 2").
 */
export const AFTER_NUMBER_ABBREVIATIONS: readonly string[] = ['р', 'рр', 'ст', 'тис', 'млн', 'млрд', 'трлн', 'грн', 'коп', 'дол', 'т'];
