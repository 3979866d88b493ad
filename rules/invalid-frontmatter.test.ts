import { describe, expect, it } from 'vitest';
import { findings, lint } from './test-utils.js';

describe('invalid-frontmatter', () => {
  it('flags a bad relationship and limit on their own lines and applies the defaults', () => {
    const text = '---\nrelationship: frenemy\nlimit: -3\n---\nHi Jo, great to see you yesterday. Coffee?\n';
    expect(findings(text, 'invalid-frontmatter')).toEqual(['invalid-frontmatter «frenemy»', 'invalid-frontmatter «-3»']);
    const { draft, signals } = lint(text);
    expect(signals.relationship.source).not.toBe('frontmatter');
    expect(draft.frontmatter?.limit).toBeUndefined();
  });

  it('flags a `lang` that is not a BCP 47 language tag, and keeps a good one in canonical form', () => {
    expect(findings('---\nlang: english\n---\nHi Jo,\n', 'invalid-frontmatter')).toEqual(['invalid-frontmatter «english»']);
    const { draft } = lint('---\nlang: PT-br\n---\nOlá Jo,\n');
    expect(draft.frontmatter?.lang?.value).toBe('pt-BR');
    expect(findings('---\nlang: PT-br\n---\nOlá Jo,\n', 'invalid-frontmatter')).toEqual([]);
  });

  it('reports broken YAML without crashing', () => {
    const text = '---\nto: [unclosed\n---\nHi Jo,\n';
    expect(findings(text, 'invalid-frontmatter')).toHaveLength(1);
  });

  it('accepts valid values, comments and unknown keys', () => {
    const text = '---\nto: "Siobhán Kelly"  # full name\nrelationship: stranger\nlimit: 200\ncampaign: q3\n---\nHi Siobhán,\n';
    expect(findings(text, 'invalid-frontmatter')).toEqual([]);
    expect(lint(text).draft.frontmatter?.to?.value).toBe('Siobhán Kelly');
  });
});

describe('invalid-frontmatter names odd numbers as written (issue 13)', () => {
  it.each([['.inf', 'Infinity'], ['-.inf', '-Infinity'], ['.nan', 'NaN'], ['1e400', 'Infinity']])('limit: %s is "got %s", not "got null"', (yaml, shown) => {
    const text = `---\nlimit: ${yaml}\n---\nHi Jo, great to see you yesterday. Coffee?\n`;
    const [finding] = lint(text).findings.filter((f) => f.ruleId === 'invalid-frontmatter');
    expect(finding.message).toBe(`\`limit\` must be a positive whole number of characters; got ${shown}. Using the default instead.`);
  });
});
