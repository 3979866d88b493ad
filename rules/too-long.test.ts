import { describe, expect, it } from 'vitest';
import { configWith, findings, only } from './test-utils.js';

/** A body of exactly `n` code points (no trailing newline inside the count). */
const body = (n: number, unit = 'a') => Array.from({ length: n }, () => unit).join('');

describe('too-long', () => {
  it('allows exactly 300 characters and flags 301, covering the characters past the limit', () => {
    expect(findings(body(300), 'too-long')).toEqual([]);
    const text = `${body(300)}b`;
    expect(findings(text, 'too-long')).toEqual(['too-long «b»']);
  });

  it('counts code points, so emoji count once', () => {
    expect(findings(body(300, '😀'), 'too-long')).toEqual([]);
    expect(findings(body(301, '😀'), 'too-long')).toEqual(['too-long «😀»']);
  });

  it('counts CRLF as one line break and trims the body', () => {
    const lines = `${body(149)}\r\n${body(150)}`; // 149 + 1 + 150 = 300
    expect(findings(`\r\n\r\n${lines}\r\n\r\n`, 'too-long')).toEqual([]);
    expect(findings(`${lines}x`, 'too-long')).toEqual(['too-long «x»']);
  });

  it('leaves out frontmatter and HTML comments, but counts Markdown characters', () => {
    const comment = `<!-- ${body(400, 'c')} -->\n`;
    expect(findings(`---\nto: Jo Bloggs\n---\n${comment}${body(300)}`, 'too-long')).toEqual([]);
    expect(findings(`**${body(297)}**x`, 'too-long')).toEqual(['too-long «*x»']);
  });

  it('uses the frontmatter limit for one draft, else the configured limit', () => {
    expect(findings(`---\nlimit: 200\n---\n${body(201)}`, 'too-long')).toEqual(['too-long «a»']);
    expect(findings(`---\nlimit: 500 # InMail\n---\n${body(400)}`, 'too-long')).toEqual([]);
    expect(findings(body(201), 'too-long', configWith({ 'too-long': ['error', { limit: 200 }] }))).toEqual(['too-long «a»']);
  });

  it('says how long the note is and by how much it is over', () => {
    expect(only(body(310), 'too-long').message).toMatch(/310 characters; the limit is 300\. Cut 10/);
  });

  it('has no automatic fix: only the writer can choose what to cut', () => {
    expect(only(body(310), 'too-long').fix).toBeUndefined();
  });
});

describe('too-long at a CRLF (issue 13)', () => {
  it('starts the range at the CR when the 301st character is a CRLF line break, never between CR and LF', () => {
    const text = `${body(300)}\r\nmore`;
    const [finding] = findings(text, 'too-long');
    expect(finding).toBe('too-long «\r\nmore»');
  });
});
