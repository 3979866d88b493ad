import { describe, expect, it } from 'vitest';
import { findings, only, ruleIds, withSuggestion } from './test-utils.js';

const contact = (body: string) => `Hi Jo,\n\nGreat to see you at the meetup yesterday. ${body}\n\n– Sam\n`;

describe('no-next-action', () => {
  it.each([
    ['coffee', 'Coffee sometime next week?'],
    ['a call', 'Could we set up a quick call?'],
    ['a commitment to bring something', 'I’ll bring the Willie book Thursday evening.'],
    ['a commitment to send something', 'I’ll send you the slides on Monday.'],
    ['publishing something', 'Your interview goes up today.'],
    ['an introduction', 'I’d love to introduce you to Ana, who runs the Lisbon chapter.'],
    ['a question', 'Are you still working with Stephen?'],
    ['a pleasantry question', 'How are things these days?'],
    ['handing them the ball', 'Let me know if you’d like to talk shop.'],
    ['a concrete looking-forward', 'Looking forward to your raku workshop next Saturday!'],
    ['a concrete looking-forward (guide)', 'Looking forward to the QuickStart Guide.'],
    ['an imperative', 'Send me dates for your Lisbon trip and I’ll book us a table.'],
  ])('accepts %s', (_, body) => {
    expect(findings(contact(body), 'no-next-action')).toEqual([]);
  });

  it.each([
    ['a bare thanks', 'Thanks!'],
    ['looking forward to connecting', 'Looking forward to connecting!'],
    ['a vague hope', 'Hope to see you around the office more.'],
    ['a pleasantry', 'Have a great weekend.'],
    ['only the invitation', 'We should be connected here.'],
    ['a tag question', 'Funny how you assume you’ve connected, y’know?'],
    ['a wish to meet people in general', 'I’m keen to meet more people in the industry.'],
  ])('fires on %s', (_, body) => {
    expect(ruleIds(contact(body))).toEqual(['no-next-action']);
  });

  it('covers the last prose sentence', () => {
    expect(findings(contact('We should be connected here.'), 'no-next-action')).toEqual(['no-next-action «We should be connected here.»']);
  });

  it('suggests a coffee, a call, something to send, or a question, inserted before the sign-off', () => {
    const text = contact('We should be connected here.');
    expect(only(text, 'no-next-action').suggestions?.map((s) => s.title)).toEqual(['Propose a coffee', 'Propose a call', 'Promise to send something', 'Ask them a question']);
    const output = withSuggestion(text, 'no-next-action', 3);
    expect(output).toBe('Hi Jo,\n\nGreat to see you at the meetup yesterday. We should be connected here.\n\nHow are things with you these days?\n\n– Sam\n');
    expect(ruleIds(output)).toEqual([]);
  });

  it('appends the suggestion when there is no sign-off, in the draft’s line endings', () => {
    const text = 'Hi Jo,\r\n\r\nGreat to see you yesterday. We should be connected.';
    expect(withSuggestion(text, 'no-next-action', 0)).toBe(`${text}\r\n\r\nWould you be up for a coffee in the next couple of weeks?`);
  });
});
