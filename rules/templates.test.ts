// Templates: drafts with merge fields, judged as written, with placeholder silent on the fields
// and too-long measured at the longest realistic fill.
import { describe, expect, it } from 'vitest';
import { fieldKey, mergeFieldName } from './draft/merge-fields.js';
import { findings, lint } from './test-utils.js';
import { DEFAULT_FILL, FIELD_FILLS } from './too-long.phrases.js';
import { longestFill } from './too-long.js';

const template = (body: string, frontmatter = 'template: true\n') => `---\n${frontmatter}---\n${body}`;

describe('merge fields', () => {
  it.each([
    ['{FirstName}', 'FirstName'],
    ['{{ company }}', 'company'],
    ['[how we met]', 'how we met'],
    ['<name>', 'name'],
    ['*|FNAME|*', 'FNAME'],
    ['%FIRSTNAME%', 'FIRSTNAME'],
    ['$first_name', 'first_name'],
    ['${company}', 'company'],
  ])('%s names the field %s', (slot, name) => {
    expect(mergeFieldName(slot)).toBe(name);
  });

  it.each(['TODO', 'XXX', '____', '(insert day)', '{ }', '[1]'])('%s names no field', (slot) => {
    expect(mergeFieldName(slot)).toBeUndefined();
  });

  it('compares field names with columns ignoring case, spaces and punctuation', () => {
    expect(new Set(['First Name', 'first_name', 'FirstName', 'first-name'].map(fieldKey)).size).toBe(1);
  });
});

describe('placeholder in a template', () => {
  it('does not fire on merge fields, and still fires on markers and blanks', () => {
    const body = 'Hi {FirstName},\n\nI enjoyed your talk at [event] on {{day}}. TODO: a next step.\n';
    expect(findings(template(body), 'placeholder')).toEqual(['placeholder «TODO»']);
    expect(findings(body, 'placeholder')).toEqual(['placeholder «{FirstName}»', 'placeholder «[event]»', 'placeholder «{{day}}»', 'placeholder «TODO»']);
  });

  it('is a template by frontmatter or by the caller (a templates glob); template: "yes" is invalid', () => {
    const body = 'Hi {FirstName}, great to see you yesterday. Coffee next week?\n';
    expect(lint(body, { template: true }).findings.map((f) => f.ruleId)).toEqual([]);
    expect(findings(template(body, 'template: yes\n'))).toEqual(['invalid-frontmatter «yes»', 'placeholder «{FirstName}»']);
  });

  it('lets the other rules judge the text as written', () => {
    expect(lint(template('Hi {FirstName},\n\nI would like to add you to my professional network on LinkedIn.\n')).findings.map((f) => f.ruleId)).toEqual(['stock-phrase-alone']);
  });
});

describe('too-long in a template', () => {
  it('counts each merge field at its longest realistic fill', () => {
    // 270 characters as written; {FirstName} (11) counts 13 and {company} (9) counts 32: 270 - 20 + 45 = 295.
    const filler = 'a'.repeat(270 - 'Hi {FirstName}, about {company}: '.length);
    const body = `Hi {FirstName}, about {company}: ${filler}`;
    expect(body.length).toBe(270);
    expect(findings(template(body), 'too-long')).toEqual([]);
    const over = `${body}${'b'.repeat(10)}`; // 305 with fills
    expect(findings(template(over), 'too-long')).toEqual(['too-long «bbbbb»']);
    expect(lint(template(over)).findings.find((f) => f.ruleId === 'too-long')!.message).toBe(
      "With each merge field at its longest realistic fill, the note is 305 characters; the limit is 300. Cut 5 so no recipient's note is truncated.",
    );
    // As a plain draft the same text is 280 characters: within the limit.
    expect(findings(over, 'too-long')).toEqual([]);
  });

  it('points at the field that passes the limit', () => {
    const body = `${'a'.repeat(290)} {company}`;
    expect(findings(template(body), 'too-long')).toEqual(['too-long «{company}»']);
  });

  it('has fill data whose examples fit and whose field names resolve to their entry', () => {
    for (const fill of FIELD_FILLS) {
      for (const example of fill.examples) expect([...example].length, `${fill.id}: ${example}`).toBeLessThanOrEqual(fill.longest);
      for (const field of fill.fields) expect(longestFill(field), `${fill.id}: ${field}`).toBe(fill.longest);
    }
    expect(longestFill('Recipient First Name')).toBe(13);
    expect(longestFill('how we met')).toBe(DEFAULT_FILL);
  });
});
