// The extension's command texts (client/messages.ts), and the config file "Create a config
// file" writes: valid for the validator as it is.
import { describe, expect, it } from 'vitest';
import { parseConfigText, ruleById } from '../rules/engine.js';
import { CONFIG_TEMPLATE, copiedMessage, lintedMessage } from '../client/messages.js';

describe('extension messages', () => {
  it('says how long the copied note is, how far over the limit, and which errors remain', () => {
    expect(copiedMessage({ text: 'x', length: 212, limit: 300, errors: [] })).toBe('invitelint: copied the note for LinkedIn (212/300 characters).');
    expect(copiedMessage({ text: 'x', length: 231, limit: 200, errors: ['placeholder', 'too-long'] })).toBe('invitelint: copied the note for LinkedIn (231/200 characters, 31 over the limit); still has errors: placeholder, too-long.');
  });

  it('sums up a workspace lint', () => {
    expect(lintedMessage({ drafts: 0, problems: 0, withProblems: 0 })).toBe('invitelint: no *.invite.md drafts in the workspace.');
    expect(lintedMessage({ drafts: 3, problems: 1, withProblems: 1 })).toBe('invitelint: linted 3 drafts: 1 problem in 1 draft (see Problems).');
    expect(lintedMessage({ drafts: 1, problems: 0, withProblems: 0 })).toBe('invitelint: linted 1 draft: no problems (see Problems).');
  });

  it('writes a config file that is valid as it is', () => {
    const layer = parseConfigText(CONFIG_TEMPLATE, '.invitelintrc.json', ruleById);
    expect(layer.rules).toEqual({});
    expect(layer.overrides).toEqual([]);
  });
});
