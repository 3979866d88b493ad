import { describe, expect, it } from 'vitest';
import { oneLine, printable } from './printable.js';

describe('printable', () => {
  it('writes control characters as escapes and leaves the rest, Unicode included, alone', () => {
    expect(printable('a\x1b]0;t\x07b\x1b[2Jc')).toBe('a\\x1b]0;t\\x07b\\x1b[2Jc');
    expect(printable('\t\r\n\x00\x7f\x9b\u202e\u2066\u2028')).toBe('\\t\\r\\n\\x00\\x7f\\x9b\\u202e\\u2066\\u2028');
    expect(printable('Zoë 👋 «Hi» — ok\\path')).toBe('Zoë 👋 «Hi» — ok\\path');
  });

  it('can leave line breaks to a format that encodes them itself', () => {
    expect(printable('a\r\nb\x1b', { keepLineBreaks: true })).toBe('a\r\nb\\x1b');
  });
});

describe('oneLine', () => {
  it('makes each run of whitespace with a line break in it one space, and keeps other runs', () => {
    expect(oneLine('a  \n\t b\r\nc   d')).toBe('a b c   d');
  });

  it('costs the length of a long run of spaces, not its square', { timeout: 20_000 }, () => {
    const spaces = ' '.repeat(4 * 1024 * 1024);
    expect(oneLine(`x${spaces}y`)).toHaveLength(spaces.length + 2);
  });
});
