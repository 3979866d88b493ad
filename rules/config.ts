// Config is data: JSON with comments, validated against the registry. Pure (no file I/O):
// callers hand in the text and a name to report errors against.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ResolvedConfig, Rule, RuleSetting, SeveritySetting } from './types.js';

const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** One clear message naming the file, the key and what was expected. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly expected: string,
  ) {
    super(`${file}: ${key}: ${expected}`);
    this.name = 'ConfigError';
  }
}

/** What a config file says about rules, before merging. */
export interface ConfigLayer {
  file: string;
  root: boolean;
  rules: Record<string, Partial<RuleSetting>>;
  templates?: string[];
}

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : `${typeof value} ${JSON.stringify(value)}`);

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? 'string[]' : 'array';
  return typeof value;
}

function validateOptions(rule: Rule, options: unknown, file: string, key: string): Record<string, unknown> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigError(file, key, `expected an object of options, got ${describe(options)}`);
  }
  const defaults = (rule.meta.defaultOptions ?? {}) as Record<string, unknown>;
  for (const [name, value] of Object.entries(options)) {
    if (!(name in defaults)) {
      const known = Object.keys(defaults);
      throw new ConfigError(file, `${key}.${name}`, `unknown option for ${rule.meta.id}${known.length ? ` (known: ${known.join(', ')})` : ' (it takes no options)'}`);
    }
    const want = typeOf(defaults[name]);
    if (typeOf(value) !== want || (want === 'number' && !(Number.isInteger(value) && (value as number) > 0))) {
      throw new ConfigError(file, `${key}.${name}`, `expected ${want === 'number' ? 'a positive whole number' : want === 'string[]' ? 'an array of strings' : `a ${want}`}, got ${describe(value)}`);
    }
  }
  return options as Record<string, unknown>;
}

/** Validates a rules object (from a file or editor settings) against the registry. */
export function validateRuleSettings(input: unknown, registry: ReadonlyMap<string, Rule>, file: string, at = 'rules'): Record<string, Partial<RuleSetting>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ConfigError(file, at, `expected an object mapping rule ids to settings, got ${describe(input)}`);
  }
  const out: Record<string, Partial<RuleSetting>> = {};
  for (const [id, setting] of Object.entries(input)) {
    const key = `${at}.${id}`;
    const rule = registry.get(id);
    if (!rule) throw new ConfigError(file, key, `unknown rule id (known: ${[...registry.keys()].join(', ')})`);
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    if (Array.isArray(setting) && (setting.length < 1 || setting.length > 2)) {
      throw new ConfigError(file, key, 'expected a severity or [severity, options]');
    }
    if (!SEVERITIES.includes(severity as SeveritySetting)) {
      throw new ConfigError(file, key, `expected "off", "info", "warning", "error" or [severity, options], got ${describe(severity)}`);
    }
    out[id] = { severity: severity as SeveritySetting, ...(options !== undefined ? { options: validateOptions(rule, options, file, key) } : {}) };
  }
  return out;
}

/** Parses `.invitelintrc.json` text (JSON with comments). Throws ConfigError. */
export function parseConfigText(text: string, file: string, registry: ReadonlyMap<string, Rule>): ConfigLayer {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0];
    const before = text.slice(0, first.offset);
    const line = before.split('\n').length;
    const column = first.offset - before.lastIndexOf('\n');
    throw new ConfigError(`${file}:${line}:${column}`, '(syntax)', `invalid JSON: ${printParseErrorCode(first.error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(file, '(top level)', `expected an object like {"rules": {...}}, got ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'rules' && key !== 'root' && key !== 'templates' && key !== '$schema') throw new ConfigError(file, key, 'unknown key (expected "rules", "root" or "templates")');
  }
  if (record.root !== undefined && typeof record.root !== 'boolean') throw new ConfigError(file, 'root', `expected true or false, got ${describe(record.root)}`);
  const layer: ConfigLayer = { file, root: record.root === true, rules: record.rules === undefined ? {} : validateRuleSettings(record.rules, registry, file) };
  if (record.templates !== undefined) layer.templates = validateTemplates(record.templates, file);
  return layer;
}

/** `templates`: globs, relative to the config file's folder, of drafts that are templates. */
function validateTemplates(value: unknown, file: string): string[] {
  if (!Array.isArray(value)) throw new ConfigError(file, 'templates', `expected an array of glob patterns like ["templates/**"], got ${describe(value)}`);
  value.forEach((pattern, i) => {
    if (typeof pattern !== 'string' || pattern.trim() === '') throw new ConfigError(file, `templates[${i}]`, `expected a non-empty glob pattern, got ${describe(pattern)}`);
  });
  return value as string[];
}

/** Merges defaults with layers, outermost first; a later layer's severity or options win. */
export function resolveConfig(registry: ReadonlyMap<string, Rule>, layers: ReadonlyArray<Pick<ConfigLayer, 'rules'> & Partial<ConfigLayer>> = []): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, rule] of registry) {
    rules[id] = { severity: rule.meta.defaultSeverity, options: { ...(rule.meta.defaultOptions ?? {}) } };
  }
  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer.rules)) {
      const current = rules[id];
      if (!current) continue;
      rules[id] = { severity: setting.severity ?? current.severity, options: { ...current.options, ...(setting.options ?? {}) } };
    }
  }
  const templates = layers.flatMap((layer) => (layer.templates?.length && layer.file ? [{ file: layer.file, patterns: layer.templates }] : []));
  return templates.length ? { rules, templates } : { rules };
}
