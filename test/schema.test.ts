// The generated config schema (schema/invitelintrc.schema.json) against the config validator
// (rules/config.ts): they must agree on every config the docs show and the tests use, on
// random configs, and on the mistakes users make, each rejected naming the key.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { parse as parseJsonc } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, ConfigError, parseConfigValue, ruleById, rules } from '../rules/engine.js';
import { SCHEMA_PATH } from '../scripts/artifacts.js';
import { ROOT } from './support/built-server.js';

const schema = JSON.parse(readFileSync(join(ROOT, SCHEMA_PATH), 'utf8'));
// VS Code's keywords (descriptions for hovers and completion) are known to the editor, not to ajv.
const ajv = new Ajv({ allErrors: true, strict: true, strictTuples: false });
ajv.addKeyword('markdownDescription');
ajv.addKeyword('enumDescriptions');
const validate = ajv.compile(schema);

/** The schema's verdict: undefined when valid, else each error as `key.path: message`. */
function schemaErrors(value: unknown): string[] | undefined {
  if (validate(value)) return undefined;
  return (validate.errors ?? []).map((e) => {
    const path = e.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (e.keyword === 'additionalProperties') path.push(String(e.params.additionalProperty));
    return `${path.join('.')}: ${e.message}`;
  });
}

/** The validator's verdict: undefined when valid, else the ConfigError's key. */
function validatorError(value: unknown): string | undefined {
  try {
    parseConfigValue(value, 'config', ruleById);
    return undefined;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.key;
  }
}

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const isConfigLike = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value) && ['rules', 'overrides', 'extends', 'ignores', 'root'].some((key) => key in value);

/** Every ```json / ```jsonc block of the docs that is a config. */
function docsConfigs(): Array<[string, unknown]> {
  const docs = [join(ROOT, 'README.md'), join(ROOT, 'client', 'README.md'), ...files(join(ROOT, 'docs'), /\.md$/)];
  return docs.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^```jsonc?\n([^]*?)^```$/gm)].flatMap((m, i) => {
      const value = parseJsonc(m[1], [], { allowTrailingComma: true });
      return isConfigLike(value) ? [[`${relative(ROOT, file)} block ${i + 1}`, value] as [string, unknown]] : [];
    }),
  );
}

/** Config texts the tests write, valid and invalid: single-quoted string literals of JSON objects with config keys. */
function testConfigs(): Array<[string, unknown]> {
  const found: Array<[string, unknown]> = [];
  for (const file of ['api', 'cli', 'rules', 'server', 'test', 'workspace'].flatMap((dir) => files(join(ROOT, dir), /\.test\.ts$/))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/'(\{[^'\n]*\})'/g)) {
      const errors: unknown[] = [];
      const value = parseJsonc(m[1].replace(/\\n/g, '\n'), errors as never, { allowTrailingComma: true });
      if (errors.length === 0 && isConfigLike(value)) found.push([`${relative(ROOT, file)}: ${m[1].slice(0, 60)}`, value]);
    }
  }
  return found;
}

describe('config schema', () => {
  it('is draft-07 and names every top-level key and every rule', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(schema.properties)).toEqual(Object.keys(CONFIG_KEYS));
    expect(Object.keys(schema.definitions.rules.properties)).toEqual(rules.map((r) => r.meta.id));
  });

  const documented = docsConfigs();
  it('the docs show configs (so the next test checks something)', () => {
    expect(documented.length).toBeGreaterThanOrEqual(6);
  });

  it.each(documented)('accepts the config in %s', (_, value) => {
    expect(schemaErrors(value)).toBeUndefined();
    expect(validatorError(value)).toBeUndefined();
  });

  const tested = testConfigs();
  it('finds the configs the tests write', () => {
    expect(tested.length).toBeGreaterThanOrEqual(10);
    expect(tested.some(([, value]) => validatorError(value) !== undefined), 'some are invalid on purpose').toBe(true);
  });

  // The schema checks shapes; the phrase patterns of extraPhrases are compiled (docs/cues.md)
  // when the config is read, which no JSON schema can do, so those rejections are the validator's alone.
  const patternProblem = (value: unknown) => {
    try {
      parseConfigValue(value, 'config', ruleById);
    } catch (error) {
      return error instanceof ConfigError && error.expected.includes('docs/cues.md');
    }
    return false;
  };

  it.each(tested)('agrees with the validator on %s', (_, value) => {
    if (patternProblem(value)) return expect(schemaErrors(value)).toBeUndefined();
    expect(schemaErrors(value) === undefined, JSON.stringify(schemaErrors(value))).toBe(validatorError(value) === undefined);
  });

  it.each([
    ['an unknown top-level key', { rulez: {} }, 'rulez'],
    ['an unknown rule', { rules: { 'no-contxt': 'warn' } }, 'rules.no-contxt'],
    ['an unknown severity', { rules: { 'too-long': 'loud' } }, 'rules.too-long'],
    ['an unknown option', { rules: { 'too-long': ['error', { limt: 200 }] } }, 'rules.too-long.1.limt'],
    ['a number option that is not a positive whole number', { rules: { 'too-long': ['error', { limit: 2.5 }] } }, 'rules.too-long.1.limit'],
    ['a string option that is a number', { rules: { 'too-long': ['error', { limit: '200' }] } }, 'rules.too-long.1.limit'],
    ['a list option that is a string', { rules: { 'stock-phrase-alone': ['warn', { extraPhrases: 'hi there' }] } }, 'rules.stock-phrase-alone.1.extraPhrases'],
    ['options for a rule that takes none', { rules: { placeholder: ['error', { x: 1 }] } }, 'rules.placeholder.1.x'],
    ['an override without files', { overrides: [{ rules: { placeholder: 'off' } }] }, 'overrides.0'],
    ['an unknown rule in an override', { overrides: [{ files: 'a/**', rules: { placehold: 'off' } }] }, 'overrides.0.rules.placehold'],
    ['root in an override', { overrides: [{ files: 'a/**', root: true }] }, 'overrides.0.root'],
    ['ignores that is not a list of globs', { ignores: [1] }, 'ignores.0'],
    ['root that is not a boolean', { root: 'yes' }, 'root'],
  ])('rejects %s, naming the key', (_, value, key) => {
    const errors = schemaErrors(value);
    expect(errors, 'the schema rejects it').toBeDefined();
    expect(errors!.some((e) => e.startsWith(`${key}:`) || e.startsWith(`${key}.`)), `a schema error names ${key}: ${errors!.join('; ')}`).toBe(true);
    const validatorKey = validatorError(value);
    expect(validatorKey, 'the validator rejects it').toBeDefined();
    // The validator names the same key (it writes indexes as [0] and option paths without the tuple index).
    expect(key.replace(/\.(\d+)(?=\.|$)/g, '[$1]').replace('[1].', '.').startsWith(validatorKey!.replace(/\[(\d+)\]/g, '[$1]')) || validatorKey!.startsWith(key.split('.')[0])).toBe(true);
  });

  it('agrees with the validator on random configs', () => {
    const ids = [...rules.map((r) => r.meta.id), 'no-such-rule'];
    const severity = fc.constantFrom('off', 'info', 'warn', 'warning', 'error', 'loud', 2);
    const options = fc.dictionary(fc.constantFrom('limit', 'extraPhrases', 'x'), fc.oneof(fc.integer({ min: -2, max: 400 }), fc.double(), fc.string(), fc.array(fc.string({ minLength: 1 })), fc.boolean()), { maxKeys: 2 });
    const setting = fc.oneof(severity, fc.tuple(severity), fc.tuple(severity, options), fc.constant([]), fc.tuple(severity, options, severity));
    const ruleSettings = fc.dictionary(fc.constantFrom(...ids), setting, { maxKeys: 4 });
    const globs = fc.oneof(fc.constantFrom('templates/**', '*.wip.invite.md', 'sent/'), fc.array(fc.constantFrom('a/**', '', 'b/*.md'), { maxLength: 2 }), fc.integer());
    const override = fc.record({ files: globs, rules: ruleSettings, root: fc.boolean() }, { requiredKeys: [] });
    const config = fc.record(
      { $schema: fc.oneof(fc.string(), fc.integer()), root: fc.oneof(fc.boolean(), fc.string()), extends: fc.oneof(fc.string({ minLength: 1 }), fc.array(fc.string({ minLength: 1 }), { maxLength: 2 }), fc.constant({})), rules: ruleSettings, overrides: fc.oneof(fc.array(override, { maxLength: 2 }), fc.constant({})), ignores: globs, rulez: fc.constant({}) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(config, (value) => {
        expect(schemaErrors(value) === undefined, `schema: ${JSON.stringify(schemaErrors(value))}; validator: ${validatorError(value)}`).toBe(validatorError(value) === undefined);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});
