import { describe, expect, it } from 'vitest';
import { findings, only, withSuggestion } from './test-utils.js';

const draft = (comment: string) => `---\nto: Hannah Okafor\n---\nHi Hannah, great to see you at the summit yesterday. Coffee next week?\n${comment}\n\n- Sam\n`;

describe('invalid-disable-comment', () => {
  it('reports an unknown rule id with the closest one, on the id', () => {
    const text = draft('<!-- invitelint-disable-line no-contxt -->');
    expect(findings(text, 'invalid-disable-comment')).toEqual(['invalid-disable-comment «no-contxt»']);
    expect(only(text, 'invalid-disable-comment').message).toBe('Unknown rule "no-contxt" in an invitelint-disable-line comment: did you mean "no-context"?');
    expect(withSuggestion(text, 'invalid-disable-comment', 0)).toBe(draft('<!-- invitelint-disable-line no-context -->'));
  });

  it('names no id when none is close, and offers no fix then', () => {
    const text = draft('<!-- invitelint-disable-next-line frobnicate-everything -->');
    const finding = only(text, 'invalid-disable-comment');
    expect(finding.message).toBe('Unknown rule "frobnicate-everything" in an invitelint-disable-next-line comment');
    expect(finding.suggestions).toBeUndefined();
  });

  it('checks every id of a list, in every kind of comment', () => {
    const text = draft('<!-- invitelint-disable placeholder, palceholder too-lng -->');
    expect(findings(text, 'invalid-disable-comment')).toEqual(['invalid-disable-comment «palceholder»', 'invalid-disable-comment «too-lng»']);
  });

  it('reports a comment kind that does not exist', () => {
    const text = draft('<!-- invitelint-disable-nxt-line placeholder -->');
    const finding = only(text, 'invalid-disable-comment');
    expect(finding.message).toBe('"invitelint-disable-nxt-line" is not an invitelint comment: did you mean "invitelint-disable-next-line"?');
    expect(withSuggestion(text, 'invalid-disable-comment', 0)).toBe(draft('<!-- invitelint-disable-next-line placeholder -->'));
  });

  it('ignores the reason after --, other comments and known ids', () => {
    expect(findings(draft('<!-- invitelint-disable-file placeholder -- tmpl -->'), 'invalid-disable-comment')).toEqual([]);
    expect(findings(draft('<!-- a note to self: invitelint-disable this -->'), 'invalid-disable-comment')).toEqual([]);
    expect(findings(draft('<!-- invitelint-enable -->'), 'invalid-disable-comment')).toEqual([]);
  });
});
