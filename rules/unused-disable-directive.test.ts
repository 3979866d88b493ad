import { describe, expect, it } from 'vitest';
import { fixAll } from './engine.js';
import { configWith, findings } from './test-utils.js';

const on = configWith({ 'unused-disable-directive': 'error' });
const body = 'Hi Hannah, great to see you at the summit yesterday. Coffee next week?\n\n- Sam\n';

describe('unused-disable-directive', () => {
  it('is off unless switched on', () => {
    expect(findings(`<!-- invitelint-disable-next-line placeholder -->\n${body}`, 'unused-disable-directive')).toEqual([]);
  });

  it('reports a comment that switched nothing off, and fixes it away with its line', () => {
    const text = `<!-- invitelint-disable-next-line placeholder -->\n${body}`;
    expect(findings(text, 'unused-disable-directive', on)).toEqual(['unused-disable-directive «<!-- invitelint-disable-next-line placeholder -->»']);
    expect(fixAll(text, { config: on }).output).toBe(body);
  });

  it('is quiet when the comment did switch something off', () => {
    expect(findings(`Hi Hannah, <!-- invitelint-disable-line placeholder --> great to see you at {event}. Coffee next week?\n`, 'unused-disable-directive', on)).toEqual([]);
    expect(findings(`<!-- invitelint-disable -->\nHi {a}\n`, 'unused-disable-directive', on)).toEqual([]);
  });

  it('names the unused ids of a comment that was partly used', () => {
    const text = `Hi Hannah, great to see you at {event}. Coffee next week? <!-- invitelint-disable-line placeholder, too-long -->\n`;
    expect(findings(text, 'unused-disable-directive', on)).toEqual(['unused-disable-directive «too-long»']);
  });

  it('leaves unknown ids to invalid-disable-comment, and enable comments alone', () => {
    expect(findings(`<!-- invitelint-disable-line no-such-rule -->\n${body}`, 'unused-disable-directive', on)).toEqual([]);
    expect(findings(`<!-- invitelint-enable placeholder -->\n${body}`, 'unused-disable-directive', on)).toEqual([]);
  });

  it('reports an every-rule comment that covered nothing', () => {
    expect(findings(`${body}<!-- invitelint-disable -->\n`, 'unused-disable-directive', on)).toEqual(['unused-disable-directive «<!-- invitelint-disable -->»']);
  });
});
