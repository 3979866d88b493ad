// The forms a base word takes in running text, so a pattern written once ("bump into")
// matches every inflection ("bumped into", "bumping into") and number ("talk", "talks").
// Patterns are expanded once, when compiled; the draft's words are matched as written, so
// nothing here runs per draft. Spelling rules make the regular forms (over-generating is
// harmless: a misspelt form never occurs in a note); WordNet's exception lists, generated
// into irregular-forms.ts, add the rest ("met", "children").
import { UNINFLECTED } from './english.js';
import { IRREGULAR_NOUN_FORMS, IRREGULAR_VERB_FORMS } from './irregular-forms.js';

const FIXED = new Set(UNINFLECTED);
const VOWEL = /[aeiou]/;

let irregular: Map<string, string[]> | undefined;

function irregularForms(base: string): readonly string[] {
  if (!irregular) {
    irregular = new Map();
    for (const table of [IRREGULAR_VERB_FORMS, IRREGULAR_NOUN_FORMS]) {
      for (const entry of table.split(' ')) {
        const [word, forms] = entry.split(':');
        irregular.set(word, [...(irregular.get(word) ?? []), ...forms.split(',')]);
      }
    }
  }
  return irregular.get(base) ?? [];
}

/** A final consonant a short verb doubles before -ed/-ing ("chat" → "chatted"). */
function doubles(word: string): boolean {
  const [a, b, c] = word.slice(-3);
  return word.length >= 3 && !VOWEL.test(a) && VOWEL.test(b) && !VOWEL.test(c) && !'wxy'.includes(c);
}

/** -s, -ed and -ing forms by English spelling rules. */
function regularForms(word: string): string[] {
  const forms: string[] = [];
  const last = word.at(-1)!;
  const consonantY = last === 'y' && !VOWEL.test(word.at(-2) ?? 'a');
  // -s: "talks", "watches", "studies", "goes"
  if (/(?:s|x|z|ch|sh|o)$/.test(word)) forms.push(`${word}es`);
  forms.push(consonantY ? `${word.slice(0, -1)}ies` : `${word}s`);
  // -ed: "shared", "studied", "chatted"
  if (last === 'e') forms.push(`${word}d`);
  else if (consonantY) forms.push(`${word.slice(0, -1)}ied`);
  else forms.push(`${word}ed`);
  // -ing: "sharing", "lying", "chatting", "seeing"
  if (word.endsWith('ie')) forms.push(`${word.slice(0, -2)}ying`);
  else if (last === 'e' && !/[eoy]e$/.test(word)) forms.push(`${word.slice(0, -1)}ing`);
  else forms.push(`${word}ing`);
  if (doubles(word)) forms.push(`${word}${last}ed`, `${word}${last}ing`);
  return forms;
}

/** The word and its inflections; words that do not inflect (pronouns, prepositions,
 *  auxiliaries, anything with a digit or an apostrophe) only themselves. */
export function formsOf(word: string): string[] {
  if (FIXED.has(word) || !/^[a-z]{2,}$/.test(word)) return [word];
  return [...new Set([word, ...regularForms(word), ...irregularForms(word)])];
}
