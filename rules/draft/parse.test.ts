import { describe, expect, it } from 'vitest';
import { parseDraft } from './parse.js';

const slice = (text: string, span?: { start: number; end: number }) => (span ? text.slice(span.start, span.end) : undefined);

describe('parseDraft', () => {
  it.each([
    ['Hi Dan,\n\nGreat to see you.', 'Hi Dan', 'Dan'],
    ['Heyyy Priyanka!!\n\nLong time.', 'Heyyy Priyanka', 'Priyanka'],
    ['Hello Mr. Venkataraman,\n\nI saw your talk.', 'Hello Mr. Venkataraman', 'Venkataraman'],
    ['Good afternoon Ms. van der Berg,\n\nHi.', 'Good afternoon Ms. van der Berg', 'van der Berg'],
    ['Hi Jason – just going through my friends.', 'Hi Jason', 'Jason'],
    ['G’day Shane,\n\nJust a quick one.', 'G’day Shane', 'Shane'],
    ['yo Dev! 🙌 we should be connected', 'yo Dev', 'Dev'],
    ['Hi there,\n\nGreat to see you.', 'Hi there', ''],
    ['Dear Sir/Madam,\n\nPlease accept my invitation.', 'Dear Sir/Madam', ''],
    ['Olá Luana — I came across your profile.', 'Olá Luana', 'Luana'],
  ])('finds the greeting of %j', (text, greeting, name) => {
    const draft = parseDraft(text);
    expect(slice(text, draft.greeting)).toBe(greeting);
    expect(draft.greeting?.name.map((w) => w.text).join(' ')).toBe(name);
  });

  it('finds no greeting when the draft starts with prose', () => {
    expect(parseDraft('Thank you so much for the mentoring session.').greeting).toBeUndefined();
  });

  it.each([
    ['Hi Jo,\n\nGreat to see you.\n\n– Funmi', '– Funmi'],
    ['Hi Jo,\n\nGreat to see you.\n\nCheers,\nMo', 'Cheers,\nMo'],
    ['Hi Jo,\n\nGreat to see you.\n\nThanks, Leo', 'Thanks, Leo'],
    ['Hi Jo,\n\nGreat to see you.\n\nAll the best,', 'All the best,'],
    ['Hi Jo,\n\nGreat to see you.\n\nxx Shreya', 'xx Shreya'],
    ['Hi Jo,\n\nGreat to see you.\n\nThanks again!\nPaul', 'Thanks again!\nPaul'],
    ['Hi Jo,\n\nGreat to see you.\n\nCreate a great day,\n\n– Michelle', 'Create a great day,\n\n– Michelle'],
    ['Hi Jo,\n\nGreat to see you.\n\n- Kevin Brennan', '- Kevin Brennan'],
    ['Hi Jo,\n\nGreat to see you.\n<!-- check the date -->\n\n– Ailsa\n', '– Ailsa'],
    ['Hi <name>,\n\nLet’s connect!\n\nEwan', 'Ewan'],
  ])('finds the sign-off of %j', (text, signOff) => {
    expect(slice(text, parseDraft(text).signOff)).toBe(signOff);
  });

  it('finds no sign-off when the draft ends in prose', () => {
    expect(parseDraft('Hi Kofi — let’s connect. Lunch next Friday? 🍲').signOff).toBeUndefined();
  });

  it.each([
    ['We have never met, but your talk was great.', 'stranger', 'We have never met'],
    ['You don’t know me, but I read your blog.', 'stranger', 'You don’t know me'],
    ['I came across your profile today.', 'stranger', 'I came across your'],
    ['You may not remember me, but we met at a dinner.', 'acquaintance', 'You may not remember me'],
    ['It’s been such a long time!', 'acquaintance', 'been such a long time'],
    ['Our paths haven’t crossed recently.', 'acquaintance', 'Our paths haven’t crossed'],
    ['Great to see you yesterday.', 'contact', 'Great to see'],
    ['Let’s connect.', 'unknown', undefined],
  ])('infers the relationship of %j', (body, value, cue) => {
    const text = `Hi Jo,\n\n${body}`;
    const { relationship } = parseDraft(text);
    expect(relationship.value).toBe(value);
    expect(slice(text, relationship.cue)).toBe(cue);
  });

  it('prefers the frontmatter relationship', () => {
    expect(parseDraft('---\nrelationship: contact\n---\nWe have never met.').relationship).toEqual({ value: 'contact', source: 'frontmatter' });
  });

  it('keeps offsets exact with a BOM, CRLF, emoji and typographic punctuation', () => {
    const text = '\uFEFF---\r\nto: Zoë Lefèvre\r\n---\r\nHi Zoë 👋,\r\n\r\nI’d say “great” 🎉 to see you yesterday.\r\n\r\n– Gabriel\r\n';
    const draft = parseDraft(text);
    expect(draft.frontmatter?.to?.value).toBe('Zoë Lefèvre');
    expect(slice(text, draft.frontmatter?.to?.span)).toBe('Zoë Lefèvre');
    expect(slice(text, draft.greeting)).toBe('Hi Zoë');
    expect(slice(text, draft.signOff)).toBe('– Gabriel');
    for (const token of draft.sentences.flatMap((s) => s.tokens)) expect(slice(text, token)).toBe(token.raw);
    expect(draft.sentences.map((s) => slice(text, s))).toEqual(['I’d say “great” 🎉 to see you yesterday.']);
  });

  it('cuts HTML comments out of the body and keeps their text out of prose', () => {
    const text = 'Hi Jo,\n<!-- met at the summit -->\nGreat to see you.';
    const draft = parseDraft(text);
    expect(draft.comments.map((c) => c.value)).toEqual(['<!-- met at the summit -->']);
    expect(draft.bodySegments.map((s) => slice(text, s)).join('')).toBe('Hi Jo,\n\nGreat to see you.');
    expect(draft.sentences.flatMap((s) => s.tokens).some((t) => t.norm === 'summit')).toBe(false);
  });
});

describe('hostile structure', () => {
  it('keeps offsets exact when deep list markers are neutralised, even after astral characters', () => {
    const text = `😀 ${'- '.repeat(40)}TODO`;
    const draft = parseDraft(text);
    expect(draft.slots.map((s) => text.slice(s.start, s.end))).toEqual(['TODO']);
  });

  it('keeps the words and their offsets when thousands of emphasis delimiters are neutralised', () => {
    const open = Array.from({ length: 3000 }, (_, i) => (i % 2 ? '_' : '*')).join('');
    for (const text of [`${open}Coffee next week, Anna?${[...open].reverse().join('')}`, `${'*a* '.repeat(3000)}TODO`, `${'*'.repeat(4000)}Coffee${'*'.repeat(4000)}`]) {
      const draft = parseDraft(text);
      for (const token of draft.allSentences.flatMap((s) => s.tokens)) expect(text.slice(token.start, token.end)).toBe(token.raw);
      expect(draft.allSentences.flatMap((s) => s.tokens).length).toBeGreaterThan(0);
    }
  });

  it('reads a long paragraph after the greeting up to the Markdown limit', () => {
    const text = `Hi Jo,\n\n${'We met at the meetup and talked for ages about bridges. '.repeat(400)}`;
    expect(parseDraft(text).sentences.length).toBeGreaterThan(100);
  });
});

describe('words', () => {
  it('reads words that are names of object properties as words', () => {
    // The contraction table was an object: "constructor" found Object.prototype's and lint threw.
    const tokens = (text: string) => parseDraft(text).allSentences.flatMap((s) => s.tokens.map((t) => t.norm));
    expect(tokens('constructor')).toEqual(['constructor']);
    expect(tokens('Hi toString, we met valueOf hasOwnProperty?')).toEqual(['hi', 'tostring', 'we', 'met', 'valueof', 'hasownproperty']);
  });
});
