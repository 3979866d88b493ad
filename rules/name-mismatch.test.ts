import { describe, expect, it } from 'vitest';
import { nameWords } from './name-mismatch.js';
import { findings, fixed, lint } from './test-utils.js';

const draft = (to: string, greeting: string) =>
  `---\nto: ${to}\n---\n${greeting}\n\nGreat to see you at the meetup yesterday. We should be connected. Coffee next week?\n\n– Sam\n`;

describe('name-mismatch', () => {
  it.each([
    ['Daniel Okoro', 'Hi Dan,'],
    ['Daniel Okoro', 'Hi Daniel,'],
    ['Zoë Lefèvre', 'Hello Zoe,'],
    ['Zoe Lefevre', 'Hello Zoë!'],
    ['Soo-ah Park', 'Hi Soo-ah,'],
    ['Rahul Mehta', 'Dear Dr. Mehta,'],
    ['Pieter van der Berg', 'Good afternoon Ms. van der Berg,'],
    ['Priya Raman', 'Hi there,'],
    ['Priya Raman', 'Hello all,'],
    ['Priya Raman', 'Hi <name>,'],
    ['Priya Raman', 'Hi XXX,'],
  ])('accepts %s greeted as %s', (to, greeting) => {
    expect(findings(draft(to, greeting), 'name-mismatch')).toEqual([]);
  });

  it.each([
    ['Daniel Brooks', 'Hi Danielle,', 'Danielle'],
    ['Hannah Okafor', 'Hi Anna,', 'Anna'],
    ['Priya Raman', 'Hi Pryia,', 'Pryia'],
    ['Siobhán Kelly', 'Hi Sinéad,', 'Sinéad'],
    ['Rahul Mehta', 'Dear Dr. Shah,', 'Shah'],
    ['Marcus Webb', 'Hey Martin — great to see you', 'Martin'],
  ])('flags %s greeted as %s, covering only the wrong name', (to, greeting, wrong) => {
    expect(findings(draft(to, greeting), 'name-mismatch')).toEqual([`name-mismatch «${wrong}»`]);
  });

  it('needs a `to:` to compare with', () => {
    expect(findings('Hi Anna,\n\nGreat to see you yesterday. Coffee?\n', 'name-mismatch')).toEqual([]);
  });

  it('fixes the first name, and the re-lint is clean', () => {
    const output = fixed(draft('Hannah Okafor', 'Hi Anna,'), 'name-mismatch');
    expect(output).toBe(draft('Hannah Okafor', 'Hi Hannah,'));
  });

  it('fixes a titled surname with the surname from `to:`', () => {
    expect(fixed(draft('Rahul Mehta', 'Dear Dr. Shah,'), 'name-mismatch')).toBe(draft('Rahul Mehta', 'Dear Dr. Mehta,'));
  });

  it('keeps CRLF line endings and a BOM when fixing', () => {
    const text = `\uFEFF${draft('Hannah Okafor', 'Hi Anna,').replace(/\n/g, '\r\n')}`;
    expect(fixed(text, 'name-mismatch')).toBe(text.replace('Anna', 'Hannah'));
    expect(lint(text).findings.find((f) => f.ruleId === 'name-mismatch')?.start).toBe(text.indexOf('Anna'));
  });
});

describe('name-mismatch on a hostile `to:` (issue 13)', () => {
  // A hang guard, not a timing: the backtracking regexes took minutes on these.
  const GUARD = { timeout: 20_000 };
  const n = 1024 * 1024;

  it.each([
    ['a run of punctuation after a letter', `a${'!'.repeat(n)}.`, [`a${'!'.repeat(n)}.`]],
    ['punctuation only', '!?-'.repeat(n / 3), []],
    ['dots after a short word', `Jo${'.'.repeat(n)}x`, [`Jo${'.'.repeat(n)}x`]],
    ['opening parentheses', `Hannah ${'('.repeat(n)}`, ['Hannah']],
  ])('splits 1 MB of %s into words in one pass', GUARD, (_name, to, expected) => {
    expect(nameWords(to)).toEqual(expected);
  });

  it('keeps what words are: titles, suffixes, initials and stray punctuation', () => {
    expect(nameWords('Dr. Anil Mehta, PhD (CTO)')).toEqual(['Anil', 'Mehta']);
    expect(nameWords('"Hannah" Okafor!')).toEqual(['Hannah', 'Okafor']);
    expect(nameWords('J.R.R. Tolkien')).toEqual(['J.R.R.', 'Tolkien']);
    expect(nameWords('Sam Jones Jr.')).toEqual(['Sam', 'Jones']);
    expect(nameWords('Zoë… 😀')).toEqual(['Zoë']);
  });

  it('lints a 64 KB `to:` of punctuation', GUARD, () => {
    const to = `a${'!'.repeat(64_000)}.`;
    expect(findings(draft(JSON.stringify(to), 'Hi Anna,'), 'name-mismatch')).toEqual(['name-mismatch «Anna»']);
  });
});
