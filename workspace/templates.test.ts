import { describe, expect, it } from 'vitest';
import { parseConfigText, resolveConfig, ruleById } from '../rules/engine.js';
import { isTemplatePath } from './templates.js';

const FILE = '/work/drafts/.invitelintrc.json';
/** The config a draft at `path` gets from one config file in /work/drafts. */
const configFor = (text: string, path: string) => resolveConfig(ruleById, [{ ...parseConfigText(text, FILE, ruleById), base: '/work/drafts' }], path);

describe('templates globs', () => {
  it('match drafts relative to the config file that lists them', () => {
    const text = '{ "templates": ["templates/**", "*.template.invite.md"] }';
    expect(isTemplatePath(configFor(text, '/work/drafts/templates/intro.invite.md'))).toBe(true);
    expect(isTemplatePath(configFor(text, '/work/drafts/templates/deep/er/intro.invite.md'))).toBe(true);
    expect(isTemplatePath(configFor(text, '/work/drafts/cold.template.invite.md'))).toBe(true);
    expect(isTemplatePath(configFor(text, '/work/drafts/hannah.invite.md'))).toBe(false);
    expect(isTemplatePath(configFor(text, '/work/other/templates/intro.invite.md'))).toBe(false);
    expect(isTemplatePath(configFor('{}', '/work/drafts/templates/intro.invite.md'))).toBe(false);
    // One glob may be given as a string.
    expect(isTemplatePath(configFor('{ "templates": "templates/" }', '/work/drafts/templates/intro.invite.md'))).toBe(true);
  });

  it('must be globs: one clear error otherwise', () => {
    expect(() => configFor('{ "templates": ["ok/**", 3] }', '/work/drafts/a.invite.md')).toThrow(`${FILE}: templates: expected a string or an array of non-empty strings, got an array`);
    expect(() => configFor('{ "template": [] }', '/work/drafts/a.invite.md')).toThrow(/template: unknown key \(did you mean "templates"\?\)/);
  });
});
