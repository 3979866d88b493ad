import { describe, expect, it } from 'vitest';
import { findings, ruleIds } from './test-utils.js';

const body = 'Hi Jo,\n\nWe should be connected here. Let us stay in touch.\n';

describe('inline disable comments', () => {
  it('disables named rules from the comment on', () => {
    expect(ruleIds(body)).toEqual(['no-context', 'no-next-action']);
    expect(ruleIds(`<!-- invitelint-disable no-context -->\n${body}`)).toEqual(['no-next-action']);
    expect(ruleIds(`<!-- invitelint-disable no-context, no-next-action -->\n${body}`)).toEqual([]);
  });

  it('disables every rule when no ids are given, until enabled again', () => {
    expect(ruleIds(`<!-- invitelint-disable -->\n${body}`)).toEqual([]);
    expect(ruleIds(`<!-- invitelint-disable -->\n<!-- invitelint-enable -->\n${body}`)).toEqual(['no-context', 'no-next-action']);
  });

  it('disables a rule on the next line only', () => {
    const text = 'Hi {a},\n<!-- invitelint-disable-next-line placeholder -->\nI met {b} at [c].\nAnd {d}.\n';
    expect(ruleIds(text)).toContain('placeholder');
    expect(findings(text, 'placeholder')).toEqual(['placeholder «{a}»', 'placeholder «{d}»']);
  });

  it('disables a rule for the whole file, frontmatter included, when the comment opens the body', () => {
    const text = '---\nrelationship: frenemy\n---\n<!-- invitelint-disable invalid-frontmatter -->\nHi Jo, great to see you yesterday. Coffee?\n';
    expect(ruleIds(text)).toEqual([]);
    expect(ruleIds(text.replace('<!-- invitelint-disable invalid-frontmatter -->\n', ''))).toEqual(['invalid-frontmatter']);
    // Later in the body, the same comment covers only what follows it.
    expect(ruleIds('---\nrelationship: frenemy\n---\nHi Jo, great to see you yesterday. Coffee?\n<!-- invitelint-disable invalid-frontmatter -->\n')).toEqual(['invalid-frontmatter']);
  });
});
