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
  ])('ignores %s', (_, line) => {
    expect(findings(`Great to see you yesterday.\n\n${line}\n`, 'placeholder')).toEqual([]);
  });

  it('reports each slot once, even a marker inside brackets', () => {
    expect(findings('Hi [TODO name], and {x}.', 'placeholder')).toEqual(['placeholder «[TODO name]»', 'placeholder «{x}»']);
  });

  it('does not let a slot stand in for the element it replaces', () => {
    const text = 'Hi Dan,\n\n[how we know each other]. Let us stay connected here.\n\nCoffee next week?\n';
    expect(ruleIds(text)).toEqual(['no-context', 'placeholder']);
  });
});
