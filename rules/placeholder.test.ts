import { describe, expect, it } from 'vitest';
import { findings, ruleIds } from './test-utils.js';

describe('placeholder', () => {
  it.each([
    ['Hi {FirstName},', '{FirstName}'],
    ['I work at {{company}} now.', '{{company}}'],
    ['We met at [how we met].', '[how we met]'],
    ['Hi <name>,', '<name>'],
    ['Could you come the week of TODO?', 'TODO'],
    ['Dates TBD.', 'TBD'],
    ['Hi XXX,', 'XXX'],
    ['Hi *|FNAME|*,', '*|FNAME|*'],
    ['Hi %FIRSTNAME%,', '%FIRSTNAME%'],
    ['Hi %%first_name%%,', '%%first_name%%'],
    ['Hi $first_name,', '$first_name'],
    ['Hi $FIRST_NAME,', '$FIRST_NAME'],
    ['Loved your work at $company.', '$company'],
    ['I loved what ${company} is building.', '${company}'],
    ['Great to see you at the ____ yesterday.', '____'],
    ['Are you free on (insert day) for a coffee?', '(insert day)'],
    ['(write where we met) I would love your thoughts on the rota.', '(write where we met)'],
    ['I saw your work at (add company) last year.', '(add company)'],
    ['We met at (Enter event name here).', '(Enter event name here)'],
  ])('flags %s', (line, slot) => {
    expect(findings(`${line}\n\nCoffee next week?`, 'placeholder')).toEqual([`placeholder «${slot}»`]);
  });

  it.each([
    ['a Markdown link', 'I wrote [a recap](https://example.com/recap) of the panel.'],
    ['lowercase todo', 'My todo list is long.'],
    ['an HTML comment', '<!-- TODO: check the date -->'],
    ['real inline HTML', 'See you<br>soon.'],
    ['brackets without words', 'Option [1] or [ ]?'],
    ['inline code', 'I fixed the `{id}` bug.'],
    ['a price', 'Tickets are $40 each.'],
    ['a price with a suffix', 'We raised $1.5k for the shelter.'],
    ['a price with a currency', 'It costs US$200 a seat.'],
    ['a cashtag', 'Your note on $AAPL margins was spot on.'],
    ['a percentage', 'Margins grew 12% while costs fell 3%.'],
    ['an apology in parentheses', 'I missed your call (sorry!) on Friday.'],
    ['a country in parentheses', 'I run the London office (UK) for Acme.'],
    ['a remark that opens with a verb but addresses someone', 'Happy to swap notes (add me on GitHub too).'],
    ['a merge-tag look-alike in a link', 'See [the deck](https://example.com/?ref=$campaign&x=%Q1%).'],
    ['a merge-tag look-alike in a bare URL', 'The agenda is at https://example.com/?ref=$campaign today.'],
    ['a merge-tag look-alike in code', 'Our template uses `*|FNAME|*` tags.'],
    ['underscores of emphasis', 'That was ___really___ good.'],
    ['two underscores', 'Send it to me at the__ office.'],
  ])('ignores %s', (_, line) => {
    expect(findings(`Great to see you yesterday.\n\n${line}\n`, 'placeholder')).toEqual([]);
  });

  it('reports each slot once, even a marker inside brackets', () => {
    expect(findings('Hi [TODO name], and {x}.', 'placeholder')).toEqual(['placeholder «[TODO name]»', 'placeholder «{x}»']);
  });

  it('finds a merge tag Markdown reads as emphasis, and past the Markdown limit', () => {
    expect(findings('Hi *|FNAME|*,\n\nCoffee next week?', 'placeholder')).toEqual(['placeholder «*|FNAME|*»']);
    const long = `Hi Jo,\n\n${'Great to see you. '.repeat(1200)}\n\nSee you on (insert day), %FIRSTNAME%.\n`;
    expect(findings(long, 'placeholder')).toEqual(['placeholder «(insert day)»', 'placeholder «%FIRSTNAME%»']);
  });

  it('does not let a slot stand in for the element it replaces', () => {
    const text = 'Hi Dan,\n\n[how we know each other]. Let us stay connected here.\n\nCoffee next week?\n';
    expect(ruleIds(text)).toEqual(['no-context', 'placeholder']);
    expect(ruleIds('Hi Dan,\n\n%HOW_WE_MET%. Let us stay connected here.\n\nCoffee next week?\n')).toEqual(['no-context', 'placeholder']);
    expect(ruleIds('Hi Dan,\n\nGreat to see you yesterday. Let us stay connected here.\n\n(insert next step)\n')).toEqual(['no-next-action', 'placeholder']);
  });

  it('reports a slot in the greeting as a placeholder, not a name-mismatch', () => {
    expect(ruleIds('---\nto: Priya Raman\n---\nHi %FIRSTNAME%,\n\nGreat to see you yesterday. Coffee next week?\n')).toEqual(['placeholder']);
  });
});
