import { describe, expect, it } from 'vitest';
import { applyFixes, fixAll, MAX_FIX_PASSES } from './fixer.js';
import type { Finding } from './types.js';

const finding = (start: number, end: number, text: string): Finding => ({
  ruleId: 'test', severity: 'error', message: 'm', start, end, fix: { start, end, text },
});

describe('applyFixes', () => {
  it('applies fixes in offset order whatever order they come in', () => {
    expect(applyFixes('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 0, end: 1, text: 'A' }]).output).toBe('AbcdEf');
  });

  it('skips a fix that overlaps an earlier one, leaving it for the next pass', () => {
    const result = applyFixes('abcdef', [{ start: 1, end: 4, text: 'X' }, { start: 2, end: 5, text: 'Y' }]);
    expect(result.output).toBe('aXef');
    expect(result.applied).toHaveLength(1);
  });

  it('applies adjacent fixes and insertions', () => {
    expect(applyFixes('abc', [{ start: 1, end: 1, text: '+' }, { start: 1, end: 2, text: 'B' }]).output).toBe('a+Bc');
  });

  it('ignores fixes outside the text', () => {
    expect(applyFixes('abc', [{ start: 2, end: 9, text: 'X' }]).output).toBe('abc');
  });
});

describe('fixAll', () => {
  it('re-lints until stable', () => {
    // Each pass fixes one "a" to "b"; three passes converge.
    const lintText = (text: string) => ({ findings: text.includes('a') ? [finding(text.indexOf('a'), text.indexOf('a') + 1, 'b')] : [] });
    const result = fixAll('aaa', lintText);
    expect(result).toMatchObject({ output: 'bbb', passes: 3, fixed: 3, findings: [] });
  });

  it(`stops after ${MAX_FIX_PASSES} passes even if a rule keeps fixing`, () => {
    const result = fixAll('x', (text) => ({ findings: [finding(0, 0, '+')].map((f) => ({ ...f, end: 0, start: 0 })).slice(0, text.length > 100 ? 0 : 1) }));
    expect(result.passes).toBe(MAX_FIX_PASSES);
    expect(result.output).toBe(`${'+'.repeat(MAX_FIX_PASSES)}x`);
  });

  it('stops on a circular fix instead of looping', () => {
    const flip = (text: string) => ({ findings: [finding(0, 1, text === 'a' ? 'b' : 'a')] });
    const result = fixAll('a', flip);
    expect(result.output).toBe('b');
    expect(result.passes).toBe(1);
  });
});
