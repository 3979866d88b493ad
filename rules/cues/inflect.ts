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

type Table = Map<string, string[]>;
const tables: { verbs?: Table; nouns?: Table } = {};

function tableOf(source: string): Table {
  const table: Table = new Map();
  for (const entry of source.split(' ')) {
    const [word, forms] = entry.split(':');
    table.set(word, forms.split(','));
  }
  return table;
}

function irregularVerbForms(base: string): readonly string[] {
  return (tables.verbs ??= tableOf(IRREGULAR_VERB_FORMS)).get(base) ?? [];
}

function irregularPlurals(base: string): readonly string[] {
  return (tables.nouns ??= tableOf(IRREGULAR_NOUN_FORMS)).get(base) ?? [];
}

/** A final consonant a short verb doubles before -ed/-ing ("chat" → "chatted"). */
function doubles(word: string): boolean {
  const [a, b, c] = word.slice(-3);
  return word.length >= 3 && !VOWEL.test(a) && VOWEL.test(b) && !VOWEL.test(c) && !'wxy'.includes(c);
}

const endsInConsonantY = (word: string) => word.endsWith('y') && !VOWEL.test(word.at(-2) ?? 'a');

/** The -s forms: "talks", "watches", "studies", "goes". */
export function sForms(word: string): string[] {
  const forms = /(?:s|x|z|ch|sh|o)$/.test(word) ? [`${word}es`] : [];
  forms.push(endsInConsonantY(word) ? `${word.slice(0, -1)}ies` : `${word}s`);
  return forms;
}

/** -s, -ed and -ing forms by English spelling rules. */
export function regularForms(word: string): string[] {
  const forms = sForms(word);
  const last = word.at(-1)!;
  const consonantY = endsInConsonantY(word);
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

const inflects = (word: string) => !FIXED.has(word) && /^[a-z]{2,}$/.test(word);

// Many patterns share words (lists of verbs, of kinds of work): each word is expanded once.
const forms = new Map<string, readonly string[]>();
const nounForms = new Map<string, readonly string[]>();

/** The word and its inflections; words that do not inflect (pronouns, prepositions,
 *  auxiliaries, anything with a digit or an apostrophe) only themselves. */
export function formsOf(word: string): readonly string[] {
  let found = forms.get(word);
  if (!found) {
    found = inflects(word) ? [...new Set([word, ...regularForms(word), ...irregularVerbForms(word), ...irregularPlurals(word)])] : [word];
    forms.set(word, found);
  }
  return found;
}

/** A noun and its plurals, never a verb's forms: "research" is not "researching". */
export function nounFormsOf(word: string): readonly string[] {
  let found = nounForms.get(word);
  if (!found) {
    found = inflects(word) ? [...new Set([word, ...sForms(word), ...irregularPlurals(word)])] : [word];
    nounForms.set(word, found);
  }
  return found;
}
