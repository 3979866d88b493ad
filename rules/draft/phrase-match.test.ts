import { describe, expect, it } from 'vitest';
import { compilePatterns, findPhrases } from './phrase-match.js';
import { parseDraft } from './parse.js';

const tokens = (sentence: string) => parseDraft(sentence).allSentences.flatMap((s) => s.tokens);
const matches = (sentence: string, patterns: string[]) => findPhrases(tokens(sentence), compilePatterns(patterns)).map((m) => sentence.slice(m.start, m.end));

describe('phrase patterns', () => {
  it('expands contractions and straightens apostrophes', () => {
    expect(matches('We’ve never met.', ['we have never met'])).toEqual(['We’ve never met']);
    expect(matches("Let's connect.", ['let us connect'])).toEqual(["Let's connect"]);
  });

  it('supports alternatives, optional words and bounded gaps', () => {
    expect(matches('Great to finally see you.', ['great|good ...2 see|meet'])).toEqual(['Great to finally see']);
    expect(matches('Great to be here and later see you.', ['great|good ...2 see|meet'])).toEqual([]);
    expect(matches('I would like to add you.', ['i would|want like? to add you'])).toEqual(['I would like to add you']);
  });

  it('anchors to the sentence start and end', () => {
    expect(matches('Right on time, right?', ['right $'])).toEqual(['right']);
    expect(matches('Send me dates.', ['^ send me'])).toEqual(['Send me']);
    expect(matches('Please send me dates.', ['^ send me'])).toEqual([]);
  });

  it('matches names, but not common capitalised words', () => {
    expect(matches('Steve Latham said hi.', ['@Name ..6 said'])[0]).toBe('Steve Latham said');
    expect(matches('Someone said hi.', ['@Name ..6 said'])).toEqual([]);
    expect(matches('Hamza mentioned you.', ['@Name ..6 mentioned'])).toEqual(['Hamza mentioned']);
    expect(matches('Ask Berlin folks, so I said hi.', ['@Name ..6 said'])).toEqual([]);
  });
});
