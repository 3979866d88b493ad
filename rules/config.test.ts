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

  it('reads ignoreCues, and silenced cues add up across layers', () => {
    const config = resolveConfig(ruleById, [parse('{"ignoreCues": ["context.thanks"]}'), parse('{"ignoreCues": ["next-action.question"], "rules": {}}')]);
    expect(config.lists.ignoreCues).toEqual(['context.thanks', 'next-action.question']);
    expect(resolveConfig(ruleById, [parse('{}')]).lists.ignoreCues).toBeUndefined();
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
    ['{"overrides": [{"files": "a/**", "root": true}]}', /overrides\[0\]\.root: unknown key \(expected "rules", "ignoreCues"\)/],
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
    ['{"ignoreCues": 3}', /ignoreCues: expected a string or an array of non-empty strings, got number 3/],
    ['{"ignoreCues": ["context.thanx"]}', /ignoreCues: unknown value "context.thanx" \(did you mean "context.thanks"\?\)/],
    ['{"rules": {"stock-phrase-alone": ["warning", {"extraPhrases": ["ok", "a ... b ... c ... d ... e ... f"]}]}}', /extraPhrases\[1\]: 5 gaps and repeats; at most 4 are allowed/],
    ['{"rules": {"stock-phrase-alone": ["warning", {"extraPhrases": ["hi @Verb"]}]}}', /extraPhrases\[0\]: unknown class "@Verb"/],
    ['{"rules": {"stock-phrase-alone": ["warning", {"extraPhrases": ["... hello"]}]}}', /extraPhrases\[0\]: a pattern cannot begin or end with a gap/],
    [`{"rules": {"stock-phrase-alone": ["warning", {"extraPhrases": ["${'word '.repeat(50)}"]}]}}`, /extraPhrases\[0\]: longer than 200 characters/],
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

describe('config that probes the parser (issue 13)', () => {
  it('treats "__proto__" as the unknown key it is, at every level', () => {
    expect(error('{"__proto__": {"rules": {"too-long": "off"}}}')).toBe('.invitelintrc.json: __proto__: unknown key (expected "$schema", "root", "extends", "rules", "overrides", "ignores", "templates", "ignoreCues")');
    expect(error('{"rules": {"__proto__": "off"}}')).toMatch(/^\.invitelintrc\.json: rules\.__proto__: unknown rule id/);
    expect(error('{"rules": {"too-long": ["error", {"__proto__": {"limit": 1}}]}}')).toMatch(/rules\.too-long\.__proto__: unknown option for too-long \(known: limit\)/);
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])('rejects the option key %s as unknown', (name) => {
    expect(error(`{"rules": {"too-long": ["error", {"${name}": 200}]}}`)).toBe(`.invitelintrc.json: rules.too-long.${name}: unknown option for too-long (known: limit)`);
    expect(error(`{"rules": {"placeholder": ["error", {"${name}": 1}]}}`)).toMatch(/unknown option for placeholder \(it takes no options\)/);
  });

  it('names a number too large for a double as what it became, not as null', () => {
    expect(error('{"rules": {"too-long": ["error", {"limit": 1e400}]}}')).toBe('.invitelintrc.json: rules.too-long.limit: expected a positive whole number, got number Infinity');
  });

  it('refuses nesting 100,000 deep with one syntax error naming the file and position', () => {
    const deep = `{"rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(error(deep)).toBe('.invitelintrc.json:1:74: (syntax): nested deeper than 64 levels');
    expect(error(`{"rules": ${'{"a": '.repeat(100_000)}1${'}'.repeat(100_000)}}`)).toMatch(/^\.invitelintrc\.json:1:\d+: \(syntax\): nested deeper than 64 levels$/);
    // Brackets inside strings and comments are not nesting.
    expect(parse(`{ /* ${'['.repeat(1000)} */ "rules": {}, "$schema": "${'{'.repeat(1000)}" }`).rules).toEqual({});
  });

  it('accepts a UTF-8 BOM before the JSON, and counts columns after it', () => {
    expect(parse('\uFEFF{ "root": true, "rules": { "too-long": ["error", { "limit": 200 }] } }')).toMatchObject({ root: true, rules: { 'too-long': { severity: 'error', options: { limit: 200 } } } });
    expect(error('\uFEFF{ "rules": ')).toBe('.invitelintrc.json:1:12: (syntax): invalid JSON: ValueExpected');
  });
});
