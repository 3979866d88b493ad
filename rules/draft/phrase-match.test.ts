import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePattern, compilePatterns, findPhrases, matchAt, matchSteps, resetMatchSteps, USER_PATTERN_LIMITS } from './phrase-match.js';
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

  it('repeats an alternation: a|b+ takes one or more of its words, a|b+? none or more', () => {
    expect(matches('Thanks so very much!', ['^ thanks so|very|much+ $'])).toEqual(['Thanks so very much']);
    expect(matches('Thanks!', ['^ thanks so|very|much+ $'])).toEqual([]);
    expect(matches('Thanks!', ['^ thanks so|very|much+? $'])).toEqual(['Thanks']);
    expect(matches('Thanks so much for the intro!', ['^ thanks so|very|much+? $'])).toEqual([]);
    // Found from every start, as any pattern is.
    expect(matches('very very good', ['very+ good'])).toEqual(['very very good', 'very good']);
    expect(matches(`${'so '.repeat(30)}thanks`, ['^ so+ thanks'])).toEqual([]);
  });
});

describe('patterns from config (bounded)', () => {
  const VOCAB = ['we', 'met', 'you', 'at', 'the', 'fair', 'coffee', 'Sam', 'said', '2019', 'talked', 'soon', 'and', 'I'];
  /** Patterns over the given words, up to USER_PATTERN_LIMITS: 16 elements, 4 gaps (a repeat
   *  counts as one, so at most one beside up to 3 gaps), never two gaps in a row or at either end. */
  const patternsOver = (vocab: string[], maxElements: number) => {
    const word = fc.constantFrom(...vocab.map((w) => w.toLowerCase()));
    const element = fc.oneof(
      word,
      fc.array(word, { minLength: 2, maxLength: 4 }).map((ws) => [...new Set(ws)].join('|')),
      word.map((w) => `${w}?`),
      fc.constantFrom('*', '@Name', '@num', '@past'),
    );
    const repeat = fc.array(word, { minLength: 1, maxLength: 3 }).chain((ws) => fc.constantFrom(`${[...new Set(ws)].join('|')}+`, `${[...new Set(ws)].join('|')}+?`));
    const gap = fc.oneof(fc.constant('...'), fc.integer({ min: 1, max: 12 }).map((n) => `...${n}`), fc.integer({ min: 1, max: 12 }).map((n) => `..${n}`));
    return fc
      .tuple(fc.array(element, { minLength: 1, maxLength: maxElements }), fc.array(gap, { maxLength: 4 }), fc.boolean(), fc.boolean(), fc.option(repeat), fc.nat())
      .map(([elements, allGaps, start, end, repeated, at]) => {
        const words = repeated === null ? elements : elements.toSpliced(at % (elements.length + 1), 0, repeated);
        const gaps = repeated === null ? allGaps : allGaps.slice(0, 3);
        const parts: string[] = [];
        words.forEach((w, i) => {
          parts.push(w);
          if (i < words.length - 1 && i < gaps.length) parts.push(gaps[i]);
        });
        if (words.every((w) => w.endsWith('?'))) parts.push(vocab[0].toLowerCase());
        return `${start ? '^ ' : ''}${parts.join(' ')}${end ? ' $' : ''}`;
      })
      .filter((source) => source.length <= USER_PATTERN_LIMITS.maxLength);
  };
  const pattern = patternsOver(VOCAB, 10);
  const text = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 400 }).map((ws) => `${ws.join(' ')}.`);

  it('compiles every pattern within the limits, and matching costs at most length × pattern size per token', () => {
    fc.assert(
      fc.property(pattern, text, (source, sentence) => {
        const compiled = compilePattern(source, { inflect: true, limits: USER_PATTERN_LIMITS });
        const toks = tokens(sentence);
        resetMatchSteps();
        findPhrases(toks, [compiled]);
        expect(matchSteps()).toBeLessThanOrEqual(toks.length * (compiled.elements.length + 1) * (compiled.span + 1));
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });

  it('finds with its index and pre-checks exactly what trying every pattern at every start finds', () => {
    // Few words and short sentences and patterns, so that patterns often match, and as often
    // miss for want of a word.
    const FEW = ['fair', 'we', 'met', 'Sam', '2019'];
    // Lists of 32 or more patterns take the pre-check on the sentence's words; shorter ones not.
    const many = fc.oneof(fc.array(patternsOver(FEW, 4), { minLength: 1, maxLength: 8 }), fc.array(patternsOver(FEW, 4), { minLength: 32, maxLength: 60 }));
    const short = fc.array(fc.constantFrom(...FEW), { minLength: 1, maxLength: 8 }).map((ws) => `${ws.join(' ')}.`);
    fc.assert(
      fc.property(many, short, (sources, sentence) => {
        const compiled = sources.map((source) => compilePattern(source, { inflect: true, limits: USER_PATTERN_LIMITS }));
        const toks = tokens(sentence);
        const naive: string[] = [];
        for (let t = 0; t < toks.length; t++) {
          compiled.forEach((p, i) => {
            const end = matchAt(p, toks, t);
            if (end > t) naive.push(`${i}:${t}-${end}`);
          });
        }
        const found = findPhrases(toks, compiled).map((m) => `${compiled.findIndex((p) => p.source === m.phrase)}:${m.from}-${m.to}`);
        // Duplicate sources share one index above, so compare as sets of (source, range).
        const key = (k: string) => k.replace(/^\d+/, (i) => compiled[Number(i)].source);
        expect(new Set(found.map(key))).toEqual(new Set(naive.map(key)));
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });

  it('stays linear on the pattern that used to take minutes (twelve gaps over a sentence of near misses)', () => {
    const compiled = compilePattern(`a ${'... a '.repeat(12)}z`);
    const sentence = `${'a '.repeat(40)}b.`;
    resetMatchSteps();
    findPhrases(tokens(sentence), [compiled]);
    expect(matchSteps()).toBeLessThan(40 * compiled.elements.length * (compiled.span + 1));
  });

  it.each([
    [`a ${'... a '.repeat(5)}b`, '5 gaps and repeats; at most 4 are allowed'],
    [`a ${'... a|b+ '.repeat(3)}b`, '6 gaps and repeats; at most 4 are allowed'],
    [Array.from({ length: 17 }, (_, i) => `w${i}`).join(' '), '17 elements; at most 16 are allowed'],
    [Array.from({ length: 25 }, (_, i) => `w${i}`).join('|'), 'has 25 alternatives; at most 24 are allowed'],
    ['word '.repeat(41), 'longer than 200 characters'],
  ])('refuses %j beyond the limits', (source, problem) => {
    expect(() => compilePattern(source, { inflect: true, limits: USER_PATTERN_LIMITS })).toThrow(problem);
  });
});
