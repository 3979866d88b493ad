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

describe('inline directives at scale (issue 13)', () => {
  // A hang guard, not a timing: checking every finding against every directive takes minutes.
  const GUARD = { timeout: 20_000 };
  const pairs = (directive: string) => `Hi Jo,\n\n${`<!-- ${directive} -->\nTODO\n`.repeat(Math.floor((1024 * 1024 - 16) / (directive.length + 15)))}`;

  it('1 MiB of disable-next-line + TODO pairs', GUARD, () => {
    const text = pairs('invitelint-disable-next-line placeholder');
    expect(text.length).toBeLessThanOrEqual(1024 * 1024);
    expect(findings(text, 'placeholder')).toEqual([]);
    const other = pairs('invitelint-disable-next-line no-context');
    expect(findings(other, 'placeholder').length).toBe(other.split('TODO').length - 1);
  });

  it('1 MiB of directives on one line, and disable/enable pairs', GUARD, () => {
    const oneLine = `Hi Jo, {a}\n${'<!-- invitelint-disable-next-line placeholder -->'.repeat(20_000)}\nTODO {b}\nTODO\n`;
    expect(findings(oneLine, 'placeholder')).toEqual(['placeholder «{a}»', 'placeholder «TODO»']);
    const toggles = `Hi Jo,\n\n${'<!-- invitelint-disable placeholder -->\nTODO\n<!-- invitelint-enable placeholder -->\n{x}\n'.repeat(10_000)}`;
    expect(findings(toggles, 'placeholder')).toHaveLength(10_000);
    expect(new Set(findings(toggles, 'placeholder'))).toEqual(new Set(['placeholder «{x}»']));
  });

  it('keeps the order of directives: the last one before a finding wins, an opening disable covers what precedes it', () => {
    const text = 'Hi {a},\n<!-- invitelint-disable -->\n{b}\n<!-- invitelint-enable placeholder -->\n{c}\n<!-- invitelint-disable placeholder -->\n{d}\n<!-- invitelint-enable -->\n{e}\n';
    expect(findings(text, 'placeholder')).toEqual(['placeholder «{a}»', 'placeholder «{c}»', 'placeholder «{e}»']);
    const opening = '---\nrelationship: frenemy\n---\n<!-- invitelint-disable -->\n<!-- invitelint-enable invalid-frontmatter -->\nHi {a},\n';
    // The enable applies from where it stands: the frontmatter before it stays covered.
    expect(findings(opening, 'invalid-frontmatter')).toEqual([]);
    expect(findings(opening, 'placeholder')).toEqual([]);
    const nextLineEnd = 'Hi {a}\n<!-- invitelint-disable-next-line -->';
    expect(findings(nextLineEnd, 'placeholder')).toEqual(['placeholder «{a}»']);
  });
});
