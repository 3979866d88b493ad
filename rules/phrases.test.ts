// Checks the structural word lists, as retext plugins check theirs: no list repeats an
// entry and every valediction compiles (the cue catalogue has its own, stricter checks in
// rules/cues/catalogue.test.ts).
import { describe, expect, it } from 'vitest';
import * as english from './cues/english.js';
import { compilePattern } from './draft/phrase-match.js';
import { SALUTATIONS } from './draft/greeting.phrases.js';
import { VALEDICTIONS } from './draft/sign-off.phrases.js';

describe('word lists', () => {
  it.each(Object.entries({ VALEDICTIONS, SALUTATIONS, ...english }))('%s has unique entries', (_, list) => {
    expect(list.filter((entry, index) => list.indexOf(entry) !== index)).toEqual([]);
  });

  it.each(VALEDICTIONS)('valediction %j compiles', (source) => {
    expect(() => compilePattern(source)).not.toThrow();
  });
});
