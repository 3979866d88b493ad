import { describe, expect, it } from 'vitest';
import { ConfigError, configToJson, parseConfigText, resolveConfig } from './config.js';
import { ruleById } from './index.js';

const parse = (text: string) => parseConfigText(text, '.invitelintrc.json', ruleById);
const error = (text: string) => {
  try {
    parse(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('config', () => {
  it('reads JSON with comments and trailing commas, severities and options', () => {
    const layer = parse('{\n // team defaults\n "rules": {"no-next-action": "off", "too-long": ["error", {"limit": 200}],},\n}');
    const config = resolveConfig(ruleById, [layer]);
    expect(config.rules['no-next-action'].severity).toBe('off');
    expect(config.rules['too-long']).toEqual({ severity: 'error', options: { limit: 200 } });
    expect(config.rules['placeholder'].severity).toBe('error');
  });

  it('lets later layers win', () => {
    const config = resolveConfig(ruleById, [parse('{"rules": {"too-long": ["warning", {"limit": 200}]}}'), parse('{"rules": {"too-long": "error"}}')]);
    expect(config.rules['too-long']).toEqual({ severity: 'error', options: { limit: 200 } });
  });

  it.each([
    ['{"rules": {"no-such-rule": "off"}}', /^\.invitelintrc\.json: rules\.no-such-rule: unknown rule id \(known: /],
    ['{"rules": {"too-long": "loud"}}', /rules\.too-long: expected "off", "info", "warn", "warning", "error" or \[severity, options\], got "loud"/],
    ['{"rules": {"no-contxt": "off"}}', /rules\.no-contxt: unknown rule id \(did you mean "no-context"\?\)/],
    ['{"rules": {"too-long": ["error", {"constructor": 1}]}}', /rules\.too-long\.constructor: unknown option/],
    ['{"overides": []}', /overides: unknown key \(did you mean "overrides"\?\)/],
    ['{"overrides": {}}', /overrides: expected an array/],
    ['{"overrides": [{"rules": {}}]}', /overrides\[0\]\.files: missing/],
    ['{"overrides": [{"files": "a/**", "root": true}]}', /overrides\[0\]\.root: unknown key \(expected "rules"\)/],
    ['{"overrides": [{"files": ["a/**"], "rules": {"placehold": "off"}}]}', /overrides\[0\]\.rules\.placehold: unknown rule id \(did you mean "placeholder"\?\)/],
    ['{"overrides": [{"files": [""]}]}', /overrides\[0\]\.files: expected a string or an array of non-empty strings/],
    ['{"ignores": [1]}', /ignores: expected a string or an array of non-empty strings, got an array/],
    ['{"extends": {}}', /extends: expected a string or an array/],
    ['{"root": "yes"}', /root: expected true or false/],
    ['{"rules": {"too-long": ["error", {"limt": 200}]}}', /rules\.too-long\.limt: unknown option for too-long \(did you mean "limit"\?\) \(known: limit\)/],
    ['{"rules": {"too-long": ["error", {"limit": -1}]}}', /rules\.too-long\.limit: expected a positive whole number, got number -1/],
    ['{"rules": {"stock-phrase-alone": ["warning", {"extraPhrases": "hi"}]}}', /extraPhrases: expected an array of strings/],
    ['{"rules": {"placeholder": ["error", {"x": 1}]}}', /rules\.placeholder\.x: unknown option for placeholder \(it takes no options\)/],
    ['{"rulez": {}}', /\.invitelintrc\.json: rulez: unknown key/],
    ['{"rules": ', /^\.invitelintrc\.json:1:\d+: \(syntax\): invalid JSON/],
    ['[]', /\(top level\): expected an object/],
  ])('rejects %s with one clear message', (text, message) => {
    const msg = error(text);
    expect(msg).toMatch(message);
    expect(msg).not.toContain('\n');
  });

  it('accepts "warn" as ESLint spells it', () => {
    expect(resolveConfig(ruleById, [parse('{"rules": {"no-context": "warn", "too-long": ["warn", {"limit": 200}]}}')]).rules['no-context'].severity).toBe('warning');
  });

  it('applies overrides by glob, relative to the config file, after its own rules', () => {
    const layer = { ...parse(`{
      "rules": {"placeholder": "error", "no-next-action": "info"},
      "overrides": [
        {"files": ["templates/**"], "rules": {"placeholder": "off"}},
        {"files": "sent/", "rules": {"no-next-action": "off", "too-long": ["warn", {"limit": 200}]}},
        {"files": "*.wip.invite.md", "rules": {"no-next-action": "error"}}
      ]
    }`), base: '/repo' };
    const at = (path: string) => resolveConfig(ruleById, [layer], path).rules;
    expect(at('/repo/templates/a.invite.md').placeholder.severity).toBe('off');
    expect(at('/repo/templates/deep/b.invite.md').placeholder.severity).toBe('off');
    expect(at('/repo/other/templates/c.invite.md').placeholder.severity).toBe('error');
    expect(at('/repo/a.invite.md').placeholder.severity).toBe('error');
    expect(at('/repo/sent/x.invite.md')['too-long']).toEqual({ severity: 'warning', options: { limit: 200 } });
    expect(at('/repo/sent/x.invite.md')['no-next-action'].severity).toBe('off');
    // A pattern without a slash matches the file name at any depth, as in .gitignore.
    expect(at('/repo/deep/er/x.wip.invite.md')['no-next-action'].severity).toBe('error');
    expect(at('/elsewhere/templates/a.invite.md').placeholder.severity).toBe('error');
    // Without a file path, overrides match nothing.
    expect(resolveConfig(ruleById, [layer]).rules.placeholder.severity).toBe('error');
  });

  it('says whether a draft matches `ignores`', () => {
    const layer = { ...parse('{"ignores": ["drafts/old/**", "*.bak.invite.md"]}'), base: '/repo' };
    expect(resolveConfig(ruleById, [layer], '/repo/drafts/old/a.invite.md').matched.ignores).toBe(true);
    expect(resolveConfig(ruleById, [layer], '/repo/x/y.bak.invite.md').matched.ignores).toBe(true);
    expect(resolveConfig(ruleById, [layer], '/repo/drafts/new/a.invite.md').matched.ignores).toBeUndefined();
  });

  it('prints a resolved config as a config file would say it, and reads it back the same', () => {
    const config = resolveConfig(ruleById, [parse('{"rules": {"no-context": "warn", "too-long": ["error", {"limit": 200}]}}')]);
    const printed = configToJson(config);
    expect(printed.rules).toMatchObject({ 'no-context': 'warning', 'too-long': ['error', { limit: 200 }], placeholder: 'error' });
    expect(resolveConfig(ruleById, [parse(JSON.stringify(printed))])).toEqual(config);
  });
});
