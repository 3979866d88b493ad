import { describe, expect, it } from 'vitest';
import { findings, lint, ruleIds } from './test-utils.js';

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

describe('line and file comments, reasons, suppressed findings', () => {
  const slots = 'Hi {a},\nI met {b} at [c]. <!-- invitelint-disable-line placeholder -->\nAnd {d}.\n';

  it('disable-line switches a rule off on its own line only', () => {
    expect(findings(slots, 'placeholder')).toEqual(['placeholder «{a}»', 'placeholder «{d}»']);
  });

  it('disable-file switches a rule off everywhere, wherever the comment is', () => {
    const text = '---\nrelationship: frenemy\n---\nHi {a}, great to see you yesterday. Coffee?\n<!-- invitelint-disable-file invalid-frontmatter placeholder -->\n';
    expect(ruleIds(text)).toEqual([]);
    expect(ruleIds(text.replace(' placeholder', ''))).toEqual(['placeholder']);
  });

  it('keeps what comments switched off, with the reason after --', () => {
    const text = 'Hi {a},\n<!-- invitelint-disable-next-line placeholder -- filled in by the mail merge -->\nI met {b} at the fair. Coffee?\n';
    const result = lint(text);
    expect(result.findings.filter((f) => f.ruleId === 'placeholder').map((f) => text.slice(f.start, f.end))).toEqual(['{a}']);
    expect(result.suppressed.map((f) => [f.ruleId, text.slice(f.start, f.end), f.justification])).toEqual([['placeholder', '{b}', 'filled in by the mail merge']]);
    // The reason is not a rule id.
    expect(result.findings.some((f) => f.ruleId === 'invalid-disable-comment')).toBe(false);
  });

  it('a suppressed finding does not subsume others', () => {
    const canned = "<!-- invitelint-disable stock-phrase-alone -->\nI'd like to add you to my professional network on LinkedIn.\n";
    const result = lint(canned);
    expect(result.suppressed.map((f) => f.ruleId)).toEqual(['stock-phrase-alone']);
    expect(ruleIds(canned)).toEqual(['no-context', 'no-next-action']);
  });
});
