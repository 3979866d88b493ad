// A cue is a named phrase list with its exceptions, all data: `unless` patterns veto the
// whole sentence ("thanks for connecting" is not a recalled interaction), `notAfter` words
// veto a match they closely precede ("it WOULD be great to meet" is a wish, not a memory).
import type { Sentence, Span } from './model.js';
import { compilePatterns, findPhrases, type Pattern } from './phrase-match.js';

export interface CueList {
  kind: string;
  patterns: readonly string[];
  unless?: readonly string[];
  notAfter?: readonly string[];
}

export interface CompiledCue {
  kind: string;
  patterns: Pattern[];
  unless: Pattern[];
  notAfter: Set<string>;
}

export interface CueMatch extends Span {
  kind: string;
  phrase: string;
  sentence: Sentence;
}

const LOOKBEHIND = 4;

export function compileCues(lists: readonly CueList[]): CompiledCue[] {
  return lists.map((list) => ({
    kind: list.kind,
    patterns: compilePatterns(list.patterns),
    unless: compilePatterns(list.unless ?? []),
    notAfter: new Set(list.notAfter ?? []),
  }));
}

/** How many tokens after a match a slot still fills it ("we met at [event]"). */
const SLOT_REACH = 2;

/** The first match of each cue kind in each sentence, in reading order. A match followed
 *  closely by an unfilled slot is void: the slot stands for the element, which is missing. */
export function findCues(sentences: readonly Sentence[], cues: readonly CompiledCue[], slots: readonly Span[] = []): CueMatch[] {
  const found: CueMatch[] = [];
  for (const sentence of sentences) {
    for (const cue of cues) {
      const matches = findPhrases(sentence.tokens, cue.patterns);
      if (matches.length === 0) continue;
      if (cue.unless.length > 0 && findPhrases(sentence.tokens, cue.unless).length > 0) continue;
      const match = matches.find(
        (m) =>
          !sentence.tokens.slice(Math.max(0, m.from - LOOKBEHIND), m.from).some((t) => cue.notAfter.has(t.norm)) &&
          !slotFills(m, sentence, slots),
      );
      if (match) found.push({ kind: cue.kind, phrase: match.phrase, start: match.start, end: match.end, sentence });
    }
  }
  return found;
}

function slotFills(match: { start: number; to: number }, sentence: Sentence, slots: readonly Span[]): boolean {
  if (slots.length === 0) return false;
  const reach = sentence.tokens[match.to + SLOT_REACH]?.start ?? sentence.end;
  return slots.some((slot) => slot.start >= match.start && slot.start <= reach);
}
