import { describe, expect, it } from 'vitest';
import { parseDraft } from './draft/parse.js';
import { signalsOf } from './signals.js';

const table = (body: string, ignoreCues: string[] = []) => {
  const text = `Hi Jo,\n\n${body}`;
  return { text, signals: signalsOf(parseDraft(text), { ignoreCues, extraStockPhrases: [] }) };
};

describe('signal table', () => {
  it.each([
    ['We have never met, but your talk was great.', 'stranger', 'We have never met', 'relationship.never-met'],
    ['You don’t know me, but I read your blog.', 'stranger', 'You don’t know me', 'relationship.never-met'],
    ['I came across your profile today.', 'stranger', 'I came across your', 'relationship.found-you'],
    ['You may not remember me, but we met at a dinner.', 'acquaintance', 'You may not remember me', 'relationship.may-not-remember'],
    ['It’s been such a long time!', 'acquaintance', 'been such a long time', 'relationship.long-time'],
    ['Our paths haven’t crossed recently.', 'acquaintance', 'Our paths haven’t crossed', 'relationship.may-not-remember'],
    ['Great to see you yesterday.', 'contact', 'Great to see', 'context.good-time-together'],
    ['I hope the move went well last week.', 'contact', 'last week', 'relationship.recent'],
    ['Let’s connect.', 'unknown', undefined, undefined],
  ])('infers the relationship of %j', (body, value, cueText, cueId) => {
    const { text, signals } = table(body);
    expect(signals.relationship.value).toBe(value);
    const { cue } = signals.relationship;
    expect(cue && text.slice(cue.start, cue.end)).toBe(cueText);
    expect(cue?.id).toBe(cueId);
  });

  it('prefers the frontmatter relationship', () => {
    const draft = parseDraft('---\nrelationship: contact\n---\nWe have never met.');
    expect(signalsOf(draft).relationship).toEqual({ value: 'contact', source: 'frontmatter' });
  });

  it('records one signal per cue and sentence, in reading order, each naming its cue', () => {
    const { text, signals } = table('Great to see you at the depot yesterday. Coffee next week?');
    const seen = signals.signals.map((s) => [s.cue.id, text.slice(s.start, s.end)]);
    expect(seen).toContainEqual(['context.good-time-together', 'Great to see']);
    expect(seen).toContainEqual(['next-action.meet-when', 'Coffee next']);
    expect(signals.of('next-action').map((s) => s.cue.id)).toEqual(['next-action.meet-when']);
    const starts = signals.signals.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('drops the signals of ignored cues', () => {
    expect(table('Great to see you at the depot.').signals.of('context')).not.toEqual([]);
    expect(table('Great to see you at the depot.', ['context.good-time-together']).signals.of('context')).toEqual([]);
  });

  it('takes a question as a next action only when nothing else in the sentence is one', () => {
    expect(table('How are things?').signals.of('next-action').map((s) => s.cue.id)).toEqual(['next-action.question']);
    expect(table('Coffee next week?').signals.of('next-action').map((s) => s.cue.id)).toEqual(['next-action.meet-when']);
    expect(table('Mind if I add you?').signals.of('next-action')).toEqual([]);
  });

  it('knows when every word is a stock phrase', () => {
    expect(table('I’d like to add you to my professional network on LinkedIn.').signals.stockOnly).toBe(true);
    expect(table('I’d like to add you to my network. Coffee soon?').signals.stockOnly).toBe(false);
    expect(signalsOf(parseDraft('Hi Jo,\n\nKeen to be part of your tribe.'), { ignoreCues: [], extraStockPhrases: ['keen to be part of your tribe'] }).stockOnly).toBe(true);
  });
});
