// Checks the phrase data itself, as retext plugins check their word lists: every pattern
// compiles to known elements, no list repeats an entry, and words are plain tokens.
import { describe, expect, it } from 'vitest';
import { compilePattern } from './draft/phrase-match.js';
import { SALUTATIONS } from './draft/greeting.phrases.js';
import { ACQUAINTANCE_CUES, CONTACT_CUES, STRANGER_CUES } from './draft/relationship.phrases.js';
import { VALEDICTIONS } from './draft/sign-off.phrases.js';
import { CONTEXT_CUES } from './no-context.phrases.js';
import { NEXT_ACTION_CUES, NOT_A_REAL_QUESTION } from './no-next-action.phrases.js';
import { INVITATION_CUES, STOCK_PHRASES } from './stock-phrase-alone.phrases.js';
import { REASON_CUES } from './stranger-no-reason.phrases.js';

const lists: Record<string, readonly string[]> = {
  VALEDICTIONS, STRANGER_CUES, ACQUAINTANCE_CUES, CONTACT_CUES, NOT_A_REAL_QUESTION, STOCK_PHRASES, INVITATION_CUES,
  ...Object.fromEntries([...CONTEXT_CUES, ...NEXT_ACTION_CUES, ...REASON_CUES].flatMap((cue) => [
    [`${cue.kind} patterns`, cue.patterns],
    [`${cue.kind} unless`, cue.unless ?? []],
  ])),
};

const WORD = /^[\p{L}\p{N}'&-]+$/u;

describe('phrase data', () => {
  it.each(Object.entries(lists))('%s: entries are unique and compile to plain tokens', (_, patterns) => {
    expect(new Set(patterns).size).toBe(patterns.length);
    for (const source of patterns) {
      const pattern = compilePattern(source);
      expect(pattern.elements.length, source).toBeGreaterThan(0);
      for (const element of pattern.elements) {
        if (element.kind === 'words') for (const word of element.words) expect(word, `${source}: "${word}"`).toMatch(WORD);
      }
      // A pattern cannot begin with a gap: matches would start anywhere.
      expect(pattern.elements[0].kind, source).not.toBe('gap');
    }
  });

  it('has unique salutations', () => {
    expect(new Set(SALUTATIONS).size).toBe(SALUTATIONS.length);
  });
});
