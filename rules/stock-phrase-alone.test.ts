import { describe, expect, it } from 'vitest';
import { configWith, findings, lint, ruleIds, withSuggestion } from './test-utils.js';

describe('stock-phrase-alone', () => {
  it.each([
    ["I'd like to add you to my professional network on LinkedIn.\n\n- Kevin"],
    ['Hey Sven,\n\n**Let’s connect!**\n\n– Jonas'],
    ['Hello,\n\nI’d like to add you to my professional network on LinkedIn. Please accept my invitation.\n\nRegards'],
    ['Dear Kwame,\n\nPlease accept my invitation to connect.\n\nRegards,\nEfua'],
    ['Hey Ola 👋\n\nI’d like to join your LinkedIn network.\n\n– Marit'],
    ['I would like to connect with you on LinkedIn.'],
    ['<!-- met at the AWS Summit -->\nI’d like to add you to my professional network on LinkedIn.\n\n- Greg'],
    // A bare closing thanks that ends the body is the sign-off, even on the last sentence's line.
    ["I'd like to connect with you on LinkedIn. Thanks!"],
    ['Hi Dana,\n\nI’d like to add you to my professional network on LinkedIn. Thank you.\n\n– Omar'],
    ['Hello Wei,\n\nLet’s connect!\n\nMany thanks'],
    ['Hi Jo,\n\nPlease accept my invitation. Cheers!'],
    ['Hey Ravi, let’s connect. Thx'],
    ['Hi Ana,\n\nI’d like to join your LinkedIn network.\nThanks so much!\n\nBest,\nLuis'],
  ])('fires on a stock phrase alone: %j', (text) => {
    expect(ruleIds(text)).toEqual(['stock-phrase-alone']);
  });

  it('fires on an empty body, covering the frontmatter', () => {
    expect(findings('---\nto: Gemma Whitfield\nrelationship: acquaintance\n---\n', 'stock-phrase-alone')).toEqual([
      'stock-phrase-alone «---\nto: Gemma Whitfield\nrelationship: acquaintance\n---»',
    ]);
  });

  it.each([
    ['a greeting and a sign-off', 'Dear Kwame,\n\nBest regards,\nEfua'],
    ['a greeting and a bare thanks', 'Hi Jo, thanks!'],
    ['a greeting, a thanks and a signature', 'Hi Jo,\n\nThank you.\n\n– Sam'],
    ['a bare thanks', 'Cheers!'],
  ])('fires on a body of only %s: it is empty', (_, text) => {
    expect(ruleIds(text)).toEqual(['stock-phrase-alone']);
    expect(lint(text).draft.sentences).toEqual([]);
  });

  it('keeps a thanks for something as prose', () => {
    const text = 'Hi Jo,\n\nThanks for the intro to Priya last week! Let’s connect.\n\n– Sam';
    expect(ruleIds(text)).not.toContain('stock-phrase-alone');
    expect(lint(text).draft.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Thanks for the intro to Priya last week!', 'Let’s connect.']);
  });

  it('takes only the trailing thanks into the sign-off', () => {
    const text = 'Thanks! Great to see you at the meetup yesterday. Coffee next week? Thanks again!\n\n- Sam';
    const { draft } = lint(text);
    expect(text.slice(draft.signOff!.start, draft.signOff!.end)).toBe('Thanks again!\n\n- Sam');
    expect(ruleIds(text)).toEqual([]);
  });

  it('subsumes no-context, stranger-no-reason and no-next-action, but not name-mismatch or placeholder', () => {
    expect(ruleIds('---\nto: Hannah Okafor\nrelationship: stranger\n---\nHi Anna,\n\nLet’s connect!\n\nThanks, Leo')).toEqual(['name-mismatch', 'stock-phrase-alone']);
    expect(ruleIds('Hi {FirstName},\n\nI’d like to add you to my professional network on LinkedIn.\n\nBest regards,\nAnil')).toEqual(['placeholder', 'stock-phrase-alone']);
  });

  it('does not fire when the stock phrase sits beside real content', () => {
    expect(ruleIds('Hello Scott,\n\nGood to meet you at SXSW, will have your interview up today. I’d like to add you to my professional network on LinkedIn.\n\n– Brian')).toEqual([]);
  });

  it('does not fire on a stock phrase plus a pleasantry, which lacks context and a next action instead', () => {
    expect(ruleIds('Hi Jo,\n\nHope you’re well! I’d like to add you to my professional network on LinkedIn.\n\n– Sam')).toEqual(['no-context', 'no-next-action']);
  });

  it('takes extra stock phrases from config', () => {
    const text = 'Hi Jo,\n\nHappy to be part of your network.\n\n– Sam';
    expect(findings(text, 'stock-phrase-alone')).toEqual([]);
    const config = configWith({ 'stock-phrase-alone': ['warning', { extraPhrases: ['happy to be part of your network'] }] });
    expect(findings(text, 'stock-phrase-alone', config)).toEqual(['stock-phrase-alone «Happy to be part of your network.»']);
  });

  it('does not call a draft with an unfilled slot in its prose stock-only; a slot in the greeting is no content', () => {
    expect(findings('Hi Jo,\n\n[How we met]. I’d like to stay connected here.\n\n– Sam', 'stock-phrase-alone')).toEqual([]);
    expect(findings('Hi {FirstName},\n\nI’d like to stay connected here.\n\n– Sam', 'stock-phrase-alone')).toHaveLength(1);
  });

  it('suggests a three-part skeleton that keeps the greeting and sign-off', () => {
    const text = 'Hi Jo,\n\nLet’s connect!\n\n– Sam';
    const output = withSuggestion(text, 'stock-phrase-alone', 0);
    expect(output).toMatch(/^Hi Jo,\n\n\[How we know each other, or what brought you to mind\]\. .+\n\n\[A next step.+\]\?\n\n– Sam$/);
    expect(ruleIds(output)).toEqual(['no-context', 'no-next-action', 'placeholder']);
  });

  it('writes the skeleton after a greeting-only body without doubling its comma', () => {
    const output = withSuggestion('Dear Kwame,\n\n– Efua', 'stock-phrase-alone', 0);
    expect(output.startsWith('Dear Kwame,\n\n[How we know')).toBe(true);
    expect(output.endsWith(']?\n\n– Efua')).toBe(true);
  });

  it('suggests a greeting with the recipient’s first name for an empty body', () => {
    const output = withSuggestion('---\nto: Gemma Whitfield\n---\n', 'stock-phrase-alone', 0);
    expect(output).toMatch(/^---\nto: Gemma Whitfield\n---\nHi Gemma,\n\n\[How we know/);
  });

  it('never suggests a title, an initial or a role as the first name', () => {
    expect(withSuggestion('---\nto: Dr. Anil Mehta, PhD\n---\n', 'stock-phrase-alone', 0)).toMatch(/^---\n.*\n---\nHi Anil,\n\n/);
    for (const to of ['J. Smith', 'Hiring Manager']) {
      expect(withSuggestion(`---\nto: ${to}\n---\n`, 'stock-phrase-alone', 0)).toMatch(/\n---\nHi \[first name\],\n\n/);
    }
  });
});

describe('stock-phrase-alone: a thanks the parser kept in the last sentence', () => {
  it.each(['lets connect!! thx\n-mo', "Let's connect! thanks so much", 'Happy to connect here. Cheers'])('%j is only a stock phrase', (body) => {
    expect(ruleIds(`Hi Jo,\n\n${body}\n`)).toEqual(['stock-phrase-alone']);
  });

  it('keeps a thanks that is the sentence itself, not its tail', () => {
    expect(ruleIds('Hi Jo,\n\nThanks for the tickets, we should connect!\n')).not.toContain('stock-phrase-alone');
  });
});
