import { describe, expect, it } from 'vitest';
import { acrossFindings, acrossMessages } from './across/test-helpers.js';
import { configWith } from './test-utils.js';

const draft = (to: string, body = 'We met at the Lisbon product summit last week. Coffee on Friday?') => `---\nto: ${to}\n---\nHi ${to.split(' ')[0]},\n\n${body}\n\n- Sam\n`;

describe('duplicate-recipient', () => {
  it('tells each draft to the same person of the others, ignoring case and diacritics', () => {
    const drafts = { 'a.invite.md': draft('José Núñez'), 'b.invite.md': draft('jose  NUNEZ'), 'c.invite.md': draft('Hannah Okafor'), 'd.invite.md': draft('José Nuñez') };
    expect(acrossFindings(drafts, 'duplicate-recipient')).toEqual([
      'a.invite.md duplicate-recipient «José Núñez» → b.invite.md, d.invite.md',
      'b.invite.md duplicate-recipient «jose  NUNEZ» → a.invite.md, d.invite.md',
      'd.invite.md duplicate-recipient «José Nuñez» → a.invite.md, b.invite.md',
    ]);
    expect(acrossMessages(drafts, 'duplicate-recipient')[0]).toBe('2 other drafts are also to José Núñez (b.invite.md and d.invite.md): send one invitation per person.');
  });

  it('does not compare drafts without to:, templates, or drafts where it is off', () => {
    const noTo = 'Hi Ana,\n\nWe met at the summit. Coffee?\n';
    expect(acrossFindings({ 'a.invite.md': noTo, 'b.invite.md': noTo }, 'duplicate-recipient')).toEqual([]);
    const template = draft('Hannah Okafor').replace('---\nto:', '---\ntemplate: true\nto:');
    expect(acrossFindings({ 'a.invite.md': draft('Hannah Okafor'), 'b.invite.md': template }, 'duplicate-recipient')).toEqual([]);
    const off = `${draft('Hannah Okafor').replace('Hi Hannah', '<!-- invitelint-disable duplicate-recipient -->\nHi Hannah')}`;
    expect(acrossFindings({ 'a.invite.md': draft('Hannah Okafor'), 'b.invite.md': off }, 'duplicate-recipient')).toEqual([]);
    expect(acrossFindings({ 'a.invite.md': draft('Hannah Okafor'), 'b.invite.md': draft('Hannah Okafor') }, 'duplicate-recipient', configWith({ 'duplicate-recipient': 'off' }))).toEqual([]);
  });

  it('reports different people with one first name apart', () => {
    expect(acrossFindings({ 'a.invite.md': draft('Hannah Okafor'), 'b.invite.md': draft('Hannah Schmidt') }, 'duplicate-recipient')).toEqual([]);
  });
});
