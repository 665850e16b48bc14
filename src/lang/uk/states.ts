/** Ukrainian forms of states' names that both the events stage and the linker build. */
import { inflect } from '../../nlp/morph/index.js';

/**
 * The genitive of a state's name: one word by the lexicon ("Словаччина" → "Словаччини"); an adjective and a noun
 * ("Велика Британія" → "Великої Британії", "Північна Корея") by the adjective's hard ending and the noun's lexicon
 * form; null for anything else.
 */
export function genitiveOfState(name: string): string | null {
  const words = name.split(' ');
  if (words.length === 1) return inflect(name, 'noun:v_rod');
  // (a plural name: its adjectives in "-і", "Сейшельські Острови" → "Сейшельських Островів", "Об’єднані Арабські
  // Емірати" → "Об’єднаних Арабських Еміратів")
  const adjectives = words.slice(0, -1);
  if (words.length <= 3 && adjectives.every((w) => /^\p{Lu}[\p{Ll}’']+і$/u.test(w))) {
    const noun = inflect(words[words.length - 1]!, 'noun:p:v_rod');
    return noun ? `${adjectives.map((w) => `${w.slice(0, -1)}их`).join(' ')} ${noun}` : null;
  }
  if (words.length !== 2) return null;
  // (feminine, as its adjective in -а says: "Кореї", not the plural "Корей")
  const noun = inflect(words[1]!, 'noun:f:v_rod');
  const adj = /^(\p{Lu}\p{Ll}+)а$/u.exec(words[0]!);
  return noun && adj ? `${adj[1]}ої ${noun}` : null;
}

