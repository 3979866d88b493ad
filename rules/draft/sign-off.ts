// Finds the trailing sign-off: "- Scott", "– Scott", "Best, Ana", "Cheers,\nMo", "All the best,".
// It works on lines, since a sign-off is a matter of layout, and matches valedictions over tokens.
import type { Sentence, Span, Token } from './model.js';
import { compilePatterns, findPhrases } from './phrase-match.js';
import { SURNAME_PARTICLES } from './greeting.phrases.js';
import { CLOSING_THANKS, VALEDICTIONS } from './sign-off.phrases.js';
import { isCapitalised } from './tokens.js';

const VALEDICTION_PATTERNS = compilePatterns(VALEDICTIONS);
const THANKS_PATTERNS = compilePatterns(CLOSING_THANKS);
const DASHES = /^[-–—~]+\s*\S/u;
const MAX_VALEDICTION_TOKENS = 7;
const MAX_NAME_TOKENS = 4;

interface Line extends Span {
  text: string;
  tokens: Token[];
}

/** A valediction that fills the line's start; returns how many tokens it took, or 0. */
function valedictionLength(line: Line): number {
  if (line.tokens.length === 0 || line.tokens.length > MAX_VALEDICTION_TOKENS) return 0;
  let best = 0;
  for (const match of findPhrases(line.tokens, VALEDICTION_PATTERNS)) if (match.from === 0) best = Math.max(best, match.to);
  return best;
}

const isValedictionAlone = (line: Line) => {
  const taken = valedictionLength(line);
  return taken > 0 && taken === line.tokens.length && !/[.?]\s*$/.test(line.text);
};

const isNameLine = (line: Line) =>
  line.tokens.length > 0 &&
  line.tokens.length <= MAX_NAME_TOKENS &&
  !/[.?:;]\s*$/.test(line.text) &&
  line.tokens.every((t) => isCapitalised(t.raw) || /^[&,]$/.test(t.raw));

/** "Thanks, Leo", "xx Shreya": a valediction followed by a short name on one line. */
function isValedictionWithName(line: Line): boolean {
  const taken = valedictionLength(line);
  if (taken === 0 || taken === line.tokens.length) return false;
  const rest = line.tokens.slice(taken);
  return rest.length <= 3 && rest.every((t) => isCapitalised(t.raw)) && !/[.?]\s*$/.test(line.text);
}

/** Words a title, an organisation or a surname is written with in lower case ("Office of the Mayor"). */
const SIGNATURE_CONNECTORS = new Set([...SURNAME_PARTICLES, 'of', 'and', 'the', 'for', 'at', 'in', 'on', 'y', 'e', 'und', 'et']);
const MAX_SIGNATURE_TOKENS = 10;
const MAX_SIGNATURE_LINES = 3;

/**
 * A line of a signature block under the name: a title, an organisation, a place, a number
 * ("Senior Officer, Sonali Bank Ltd.", "Office of Cllr J. Patel", "+44 7700 900123"). Every
 * word is capitalised, a number, an address or a connector, or the line is fields set apart
 * by a bar or a dot ("Web3 infrastructure | Kyiv · Lisbon"); a question or a lower-case word
 * ("P.S. I'll send the deck") is prose.
 */
function isSignatureLine(line: Line): boolean {
  if (line.tokens.length > MAX_SIGNATURE_TOKENS || /[?!:;]\s*$/.test(line.text)) return false;
  if (/\s[|·•]\s/u.test(line.text)) return true;
  return line.tokens.length > 0 && line.tokens.every((t) => isCapitalised(t.raw) || /\d|@|\.[a-z]{2,}/i.test(t.raw) || SIGNATURE_CONNECTORS.has(t.raw.toLowerCase()));
}

/**
 * `lines` are the body's non-blank lines (comments blanked out), in order; `text` the draft.
 * A sign-off may carry a signature block of up to three title, organisation or contact lines
 * under it ("Kind regards,\nIoana Mureșan\nRelationship Officer"), written straight after it.
 */
export function findSignOff(lines: Line[], text: string): Span | undefined {
  for (let block = 0; block <= MAX_SIGNATURE_LINES && block < lines.length - 1; block++) {
    const signature = lines.slice(lines.length - block);
    if (!signature.every(isSignatureLine)) break;
    const above = lines.slice(0, lines.length - block);
    const signOff = lastLineSignOff(above, text);
    // Above a signature block, a short closing in any language ends the note ("Vinaka vakalevu,").
    const closing = block > 0 && above.length > 1 && isShortClosing(above.at(-1)!) ? above.at(-1)! : undefined;
    const found = signOff ?? closing;
    if (found && (block === 0 || !blankLineBetween(text, above.at(-1)!, signature[0]))) return block === 0 ? found : { start: found.start, end: lines.at(-1)!.end };
  }
  return undefined;
}

/** The sign-off that ends on the last of `lines`. */
function lastLineSignOff(lines: Line[], text: string): Span | undefined {
  const last = lines.at(-1);
  if (!last) return undefined;
  const previous = lines.at(-2);
  const withPreviousValediction = (): Span =>
    previous && previous !== lines[0] && (isValedictionAlone(previous) || isShortClosing(previous))
      ? { start: previous.start, end: last.end }
      : { start: last.start, end: last.end };

  if (DASHES.test(last.text)) return withPreviousValediction();
  if (isValedictionAlone(last) || isValedictionWithName(last)) return { start: last.start, end: last.end };
  if (isNameLine(last) && previous && previous !== lines[0] && (isValedictionAlone(previous) || isShortClosing(previous))) {
    return { start: previous.start, end: last.end };
  }
  // A name in lower case with kisses ("cerys x", "jo xx"): how many sign a casual note.
  if (previous && /^\p{L}+\s+x{1,3}$/iu.test(last.text)) return { start: last.start, end: last.end };
  // A bare name on its own paragraph at the end ("Ewan"): a signature.
  if (isNameLine(last) && last.tokens.length <= 3 && previous && blankLineBetween(text, previous, last)) return { start: last.start, end: last.end };
  return undefined;
}

/** Whether a blank line separates two lines (their text is trimmed, so count the line breaks). */
function blankLineBetween(text: string, a: Line, b: Line): boolean {
  return (text.slice(a.end, b.start).match(/\n/g) ?? []).length >= 2;
}

/** A short line ending in a comma, like "Create a great day," or "Ngā mihi,". */
function isShortClosing(line: Line): boolean {
  return line.tokens.length > 0 && line.tokens.length <= 5 && /,\s*$/.test(line.text);
}

/**
 * Extends the sign-off back over the bare closing thanks that end the body ("... on LinkedIn.
 * Thanks!", "Thank you.\n\n- Sam"): each must be a whole sentence of thanks, greeting words
 * aside ("Hi Jo, thanks!"). `sentences` are the body's prose sentences in order.
 */
export function withClosingThanks(signOff: Span | undefined, sentences: readonly Sentence[], greeting: Span | undefined, text = ''): Span | undefined {
  let start = signOff?.start ?? Number.POSITIVE_INFINITY;
  let end = signOff?.end;
  for (let i = sentences.length - 1; i >= 0; i--) {
    const sentence = sentences[i];
    const tokens = sentence.tokens.filter((t) => t.start < start && !(greeting && t.start >= greeting.start && t.end <= greeting.end));
    if (tokens.length === 0) {
      if (sentence.tokens.some((t) => t.start < start)) break; // a greeting alone ends the search
      continue; // inside the sign-off already
    }
    if (sentence.question) break;
    const matches = findPhrases(tokens, THANKS_PATTERNS).filter((m) => m.to === tokens.length);
    if (!matches.some((m) => m.from === 0)) {
      // A thanks after the last sentence's own end mark, where the parser did not split
      // ("lets connect!! thx"), closes the note too.
      const tail = matches.find((m) => m.from > 0 && /[.!?…]/u.test(text.slice(tokens[m.from - 1].end, tokens[m.from].start)));
      if (tail) {
        start = tokens[tail.from].start;
        end ??= sentence.end;
      }
      break;
    }
    start = tokens[0].start;
    end ??= sentence.end;
  }
  return end === undefined ? signOff : { start, end };
}
