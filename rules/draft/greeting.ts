// Finds the leading salutation ("Hi Jason", "Dear Dr. Mehta", "Heyyy Priyanka!!", "Hi 👋 Maya")
// and the name it addresses, if any. It may stand on its own line or start the first sentence.
// A role or a group ("Dear Hiring Manager", "Hi Recruiting Team") is addressed, but not named.
import type { Sentence as NlcstSentence } from 'nlcst';
import { HONORIFICS, NOT_A_NAME, ROLE_WORDS, SALUTATIONS, SURNAME_PARTICLES, TITLES } from './greeting.phrases.js';
import type { Greeting, Span, Word } from './model.js';
import { isCapitalised, wordOf } from './tokens.js';

const foldRepeats = (norm: string) => norm.replace(/(\p{L})\1+/gu, '$1');
const SALUTATION_SET = new Set(SALUTATIONS.map((s) => s.split(' ').map(foldRepeats).join(' ')));
const TITLE_SET = new Set(TITLES);
const NOT_A_NAME_SET = new Set(NOT_A_NAME);
const HONORIFIC_SET = new Set(HONORIFICS);
const PARTICLE_SET = new Set(SURNAME_PARTICLES);
const ROLE_SET = new Set(ROLE_WORDS);
const MAX_NAME_WORDS = 3;
const LETTERS = /^[\p{L}\p{M}\p{N}]+$/u;

/** Words and line breaks of a sentence, in order; other nodes end the greeting. */
function items(sentence: NlcstSentence): Array<Word | 'break' | 'stop'> {
  const out: Array<Word | 'break' | 'stop'> = [];
  for (const child of sentence.children) {
    const last = out.at(-1);
    const value = 'value' in child ? child.value : '';
    if (child.type === 'WordNode') {
      const word = wordOf(child);
      if (word) out.push(word);
    } else if (typeof last === 'object' && LETTERS.test(value) && child.position?.start.offset === last.end) {
      // parse-english splits off letters outside the BMP ("Jo𐊀"); they still belong to the name.
      last.text += value;
      last.norm += value.toLowerCase();
      last.end = child.position.end.offset ?? last.end;
    } else if (child.type === 'WhiteSpaceNode') {
      if (child.value.includes('\n') || child.value.includes('\r')) out.push('break');
    } else {
      out.push('stop');
    }
  }
  return out;
}

/** `slots`: the draft's template slots; a name inside one ("Hi %FIRSTNAME%") is no name. */
export function findGreeting(sentence: NlcstSentence | undefined, slots: readonly Span[] = []): Greeting | undefined {
  if (!sentence) return undefined;
  const parts = items(sentence);
  const first = parts[0];
  const second = parts[1];
  if (typeof first !== 'object') return undefined;

  let next = 1;
  let last: Word = first;
  if (typeof second === 'object' && SALUTATION_SET.has(`${foldRepeats(first.norm)} ${foldRepeats(second.norm)}`)) {
    next = 2;
    last = second;
  } else if (!SALUTATION_SET.has(foldRepeats(first.norm))) {
    return undefined;
  }
  const salutation = { start: first.start, end: last.end };

  // Punctuation or an emoji between salutation and name does not hide the name ("Hey, Sam!",
  // "Hi 👋 Maya"); but then the name must end the greeting, so "Hi, Loved your talk" names nobody.
  let from = next;
  while (parts[from] === 'stop') from++;
  const separated = from > next;

  let title: Word | undefined;
  const name: Word[] = [];
  let i = from;
  for (; i < parts.length && name.length < MAX_NAME_WORDS; i++) {
    const part = parts[i];
    if (typeof part !== 'object') break;
    const bare = part.norm.replace(/\.$/, '');
    if (!title && name.length === 0 && TITLE_SET.has(bare)) {
      title = part;
      continue;
    }
    if (name.length === 0 && NOT_A_NAME_SET.has(part.norm)) break;
    if (part.norm === 'i' || part.norm.startsWith("i'")) break;
    const namelike = isCapitalised(part.text) || (title !== undefined && PARTICLE_SET.has(part.norm));
    // A lower-case first word names someone only when the greeting ends right after it ("hey sam,").
    const endsHere = typeof parts[i + 1] !== 'object';
    if (!namelike && !(name.length === 0 && endsHere && !title)) break;
    name.push(part);
  }
  const nameStandsAlone = typeof parts[i] !== 'object';
  if (separated && !nameStandsAlone) name.length = 0;
  // A slot is the placeholder rule's business; a role or a group is addressed but not named.
  const inSlot = (w: Word) => slots.some((slot) => slot.start < w.end && w.start < slot.end);
  if (name.some(inSlot)) name.length = 0;
  // A slot before the word is the name ("Dear ____ sahib,"): what follows it is an honorific.
  if (name.length > 0 && slots.some((slot) => slot.start >= salutation.end && slot.end <= name[0].start)) name.length = 0;
  let end = name.at(-1)?.end ?? title?.end ?? salutation.end;
  if (name.some((w) => ROLE_SET.has(w.norm))) name.length = 0;
  // An addressee that is not a name ("Dear Sir/Madam,", "Hi there,", "Hello all!") still
  // belongs to the greeting when it fills the rest of the line.
  const rest: Word[] = [];
  for (let k = next; k < parts.length && parts[k] !== 'break'; k++) {
    const part = parts[k];
    if (typeof part === 'object' && part.end > end) rest.push(part);
  }
  const addressee = (w: Word) =>
    !inSlot(w) && (NOT_A_NAME_SET.has(w.norm) || HONORIFIC_SET.has(w.norm) || ROLE_SET.has(w.norm) || TITLE_SET.has(w.norm.replace(/\.$/, '')) || (isCapitalised(w.text) && w.norm !== 'i'));
  if (rest.length > 0 && rest.length <= 3 && rest.every(addressee)) end = rest.at(-1)!.end;
  return { start: salutation.start, end, salutation, title, name, nameStandsAlone: name.length > 0 && nameStandsAlone };
}
