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
    ['Hi 👋 Maya,\n\nGreat to see you.', 'Hi 👋 Maya', 'Maya'],
    ['Hey, Sam! Great to see you.', 'Hey, Sam', 'Sam'],
    ['Hi, Loved your talk yesterday.', 'Hi', ''],
    ['Dear Hiring Manager,\n\nI am applying.', 'Dear Hiring Manager', ''],
    ['Hi Recruiting Team,\n\nI am applying.', 'Hi Recruiting Team', ''],
    ['Dear hiring manager,\n\nI am applying.', 'Dear hiring manager', ''],
    ['Dear Sir or Madam,\n\nI am applying.', 'Dear Sir or Madam', ''],
    ['Hi %FIRSTNAME%,\n\nGreat to see you.', 'Hi', ''],
    ['Barev Anahit,\n\nGreat to see you.', 'Barev Anahit', 'Anahit'],
    ['Namaskar Sunil sahib,\n\nGreat to see you.', 'Namaskar Sunil sahib', 'Sunil'],
  ])('finds the greeting of %j', (text, greeting, name) => {
    const draft = parseDraft(text);
    expect(slice(text, draft.greeting)).toBe(greeting);
    expect(draft.greeting?.name.map((w) => w.text).join(' ')).toBe(name);
  });

  it.each([
    ['Hi Anna,\n\nGreat to see you.', true],
    ['Hi Anna 👋 great to see you.', true],
    ['Hi Anna great to see you.', false],
    ['Hi Maya Chen, great to see you.', true],
  ])('says whether the name ends the greeting in %j', (text, alone) => {
    expect(parseDraft(text).greeting?.nameStandsAlone).toBe(alone);
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
    ['I’d like to connect with you on LinkedIn. Thanks!', 'Thanks!'],
    ['Hi Jo,\n\nGreat to see you. Coffee soon? Thank you.\n\n– Sam', 'Thank you.\n\n– Sam'],
    ['Hi Jo,\n\nGreat to see you. Coffee soon?\n\nMany thanks', 'Many thanks'],
    ['Hi Jo,\n\nGreat to see you. Coffee soon? Thx', 'Thx'],
    ['Hi Jo,\n\nGreat to see you. Coffee soon? Thanks! Cheers!', 'Thanks! Cheers!'],
    // A signature block: title and organisation lines under the name.
    ['Hi Jo,\n\nGreat to see you.\n\nKind regards,\nAmina Yusuf\nSenior Nurse, Kano General Hospital', 'Kind regards,\nAmina Yusuf\nSenior Nurse, Kano General Hospital'],
    ['Hi Jo,\n\nGreat to see you.\n\nRegards\nTom Reyes | Foreman, Reyes & Sons Ltd.', 'Regards\nTom Reyes | Foreman, Reyes & Sons Ltd.'],
    ['Hi Jo,\n\nLet’s connect. Thank you.\n\nMarta Kowal\nOffice of the Dean\n+48 600 100 200', 'Thank you.\n\nMarta Kowal\nOffice of the Dean\n+48 600 100 200'],
    ['Hi Jo,\n\nGreat to see you.\n\nBest,\nIvo Petrov\nHead of Growth, Lumen Ltd\ndata platforms | Sofia · Remote', 'Best,\nIvo Petrov\nHead of Growth, Lumen Ltd\ndata platforms | Sofia · Remote'],
    ['Hi Jo,\n\nGreat to see you.\n\nNgiyabonga kakhulu,\nThabo | @thabo.builds', 'Ngiyabonga kakhulu,\nThabo | @thabo.builds'],
    ['hey jo! great to see u\nmaddie xx', 'maddie xx'],
  ])('finds the sign-off of %j', (text, signOff) => {
    expect(slice(text, parseDraft(text).signOff)).toBe(signOff);
  });

  it('keeps a postscript in lower case out of the signature block', () => {
    const text = 'Hi Jo,\n\nGreat to see you.\n\nBest,\nSam\nP.S. I will send the deck tomorrow.';
    expect(slice(text, parseDraft(text).signOff) ?? '').not.toContain('deck');
  });

  it('finds no sign-off when the draft ends in prose', () => {
    expect(parseDraft('Hi Kofi — let’s connect. Lunch next Friday? 🍲').signOff).toBeUndefined();
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

describe('cost linear in the text (issue 13)', () => {
  // A hang guard, not a timing: the quadratic versions take minutes.
  const GUARD = { timeout: 20_000 };

  it('1 MiB of `<!-- c -->` on one line: the visible lines are found in one pass', GUARD, () => {
    const comments = '<!-- c -->'.repeat(104_000);
    const text = `Hi Jo,\n\nGreat to see you. Coffee?\n\n${comments}– Funmi${comments}\n`;
    const draft = parseDraft(text);
    expect(draft.comments.length).toBeGreaterThan(200_000);
    expect(slice(text, draft.signOff)).toBe('– Funmi');
  });

  it.each([
    ['Hi Jo,\n\nGreat to see you.\n\n<!-- a -->– Ailsa<!-- b -->\n', '– Ailsa'],
    ['Hi Jo,\n\nGreat to see you.\n\nAll the best, <!-- a -->Mo<!-- b -->\n', 'All the best, <!-- a -->Mo'],
    ['Hi Jo,\n\nGreat to see you.\n\n– Ailsa <!-- a --> <!-- b -->x', '– Ailsa <!-- a --> <!-- b -->x'],
  ])('comments cut anywhere in a line leave the rest of it visible: %j', (text, signOff) => {
    expect(slice(text, parseDraft(text).signOff)).toBe(signOff);
  });
});

describe('words', () => {
  it('reads words that are names of object properties as words', () => {
    // The contraction table was an object: "constructor" found Object.prototype's and lint threw.
    const tokens = (text: string) => parseDraft(text).allSentences.flatMap((s) => s.tokens.map((t) => t.norm));
    expect(tokens('constructor')).toEqual(['constructor']);
    expect(tokens('Hi toString, we met valueOf hasOwnProperty?')).toEqual(['hi', 'tostring', 'we', 'met', 'valueof', 'hasownproperty']);
  });

  it('gives emoji with a variation selector no token, so "Let\'s connect ✌️" still ends in "connect"', () => {
    const tokens = (text: string) => parseDraft(text).allSentences.flatMap((s) => s.tokens.map((t) => t.norm));
    expect(tokens("Let's connect ✌️")).toEqual(['let', 'us', 'connect']);
    expect(tokens('Coffee ☕️ on 3rd ❤️?')).toEqual(['coffee', 'on', '3rd']);
  });

  it('reads contractions typed without an apostrophe as their parts, and leaves real words alone', () => {
    const tokens = (text: string) => parseDraft(text).allSentences.flatMap((s) => s.tokens.map((t) => t.norm));
    expect(tokens('Ive seen it, im free and youre welcome')).toEqual(['i', 'have', 'seen', 'it', 'i', 'am', 'free', 'and', 'you', 'are', 'welcome']);
    expect(tokens('We were well, id card, wont')).toEqual(['we', 'were', 'well', 'id', 'card', 'wont']);
  });
});
