import { describe, expect, it } from 'vitest';
import { parseConfigText, resolveConfig, ruleById } from '../rules/engine.js';
import { isTemplatePath } from './templates.js';

const config = (text: string, file = '/work/drafts/.invitelintrc.json') => resolveConfig(ruleById, [parseConfigText(text, file, ruleById)]);

describe('templates globs', () => {
  it('match drafts relative to the config file that lists them', () => {
    const c = config('{ "templates": ["templates/**", "*.template.invite.md"] }');
    expect(isTemplatePath(c, '/work/drafts/templates/intro.invite.md')).toBe(true);
    expect(isTemplatePath(c, '/work/drafts/templates/deep/er/intro.invite.md')).toBe(true);
    expect(isTemplatePath(c, '/work/drafts/cold.template.invite.md')).toBe(true);
    expect(isTemplatePath(c, '/work/drafts/hannah.invite.md')).toBe(false);
    expect(isTemplatePath(c, '/work/other/templates/intro.invite.md')).toBe(false);
    expect(isTemplatePath(config('{}'), '/work/drafts/templates/intro.invite.md')).toBe(false);
  });

  it('must be a list of non-empty patterns: one clear error otherwise', () => {
    expect(() => config('{ "templates": "templates/**" }')).toThrow('/work/drafts/.invitelintrc.json: templates: expected an array of glob patterns like ["templates/**"], got "templates/**"');
    expect(() => config('{ "templates": ["ok/**", 3] }')).toThrow('templates[1]: expected a non-empty glob pattern, got number 3');
    expect(() => config('{ "template": [] }')).toThrow('template: unknown key (expected "rules", "root" or "templates")');
  });
});
