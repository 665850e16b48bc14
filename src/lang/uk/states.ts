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
  if (words.length !== 2) return null;
  // (feminine, as its adjective in -а says: "Кореї", not the plural "Корей")
  const noun = inflect(words[1]!, 'noun:f:v_rod');
  const adj = /^(\p{Lu}\p{Ll}+)а$/u.exec(words[0]!);
  return noun && adj ? `${adj[1]}ої ${noun}` : null;
}

