// Config is data: JSON with comments, validated against the registry. Pure (no file I/O):
// callers hand in the text and a name to report errors against.
import { createScanner, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { cueById } from './cues/catalogue.js';
import { compilePattern, PatternError, USER_PATTERN_LIMITS } from './draft/phrase-match.js';
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
  /** Cue ids to switch off (docs/cues.md). */
  ignoreCues?: string[];
}

// String() for numbers: JSON.stringify calls 1e400 (Infinity) "null".
const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : `${typeof value} ${typeof value === 'number' ? String(value) : JSON.stringify(value)}`;

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
    // Own keys only: `constructor` or `toString` are not options because every object has them.
    if (!Object.hasOwn(defaults, name)) {
      const known = Object.keys(defaults);
      throw new ConfigError(file, `${key}.${name}`, `unknown option for ${rule.meta.id}${known.length ? ` (known: ${known.join(', ')})` : ' (it takes no options)'}`);
    }
    const want = typeOf(defaults[name]);
    if (typeOf(value) !== want || (want === 'number' && !(Number.isInteger(value) && (value as number) > 0))) {
      throw new ConfigError(file, `${key}.${name}`, `expected ${want === 'number' ? 'a positive whole number' : want === 'string[]' ? 'an array of strings' : `a ${want}`}, got ${describe(value)}`);
    }
    if (rule.meta.patternOptions?.includes(name)) validatePatterns(value as string[], file, `${key}.${name}`);
  }
  return options as Record<string, unknown>;
}

/** Patterns from config are compiled now, with the bounds that keep matching cheap, so a bad
 *  one is a config error naming its key rather than a surprise at lint time. */
function validatePatterns(patterns: readonly string[], file: string, key: string): void {
  patterns.forEach((source, index) => {
    if (source.trim() === '') return;
    try {
      compilePattern(source, { inflect: true, limits: USER_PATTERN_LIMITS });
    } catch (error) {
      if (error instanceof PatternError) throw new ConfigError(file, `${key}[${index}]`, `${error.problem} (see docs/cues.md for the pattern language)`);
      throw error;
    }
  });
}

/** Validates `ignoreCues`: an array of ids from the cue catalogue. */
export function validateIgnoreCues(input: unknown, file: string, key = 'ignoreCues'): string[] {
  if (!Array.isArray(input) || !input.every((id) => typeof id === 'string')) throw new ConfigError(file, key, `expected an array of cue ids, got ${describe(input)}`);
  input.forEach((id: string, index) => {
    if (cueById.has(id)) return;
    const element = id.split('.')[0];
    const near = [...cueById.keys()].filter((known) => known.startsWith(`${element}.`));
    throw new ConfigError(file, `${key}[${index}]`, `unknown cue id "${id}"${near.length ? ` (${element} cues: ${near.join(', ')})` : ' (ids look like context.shared-past; docs/cues.md lists them)'}`);
  });
  return input as string[];
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

/** Nesting deeper than this is not a config (a real one is 5 levels deep); the parser recurses per level. */
export const MAX_CONFIG_DEPTH = 64;
// jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot import).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

/** Offset of the first bracket nested deeper than MAX_CONFIG_DEPTH, found by the (iterative) scanner. */
function tooDeepAt(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      if (++depth > MAX_CONFIG_DEPTH) return scanner.getTokenOffset();
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) depth--;
  }
  return undefined;
}

/** A parse tree as plain values. Objects have no prototype, so a `"__proto__"` key is a key like
 *  any other (and so an unknown one) instead of replacing the object's prototype. */
function valueOf(node: Node): unknown {
  if (node.type === 'array') return (node.children ?? []).map(valueOf);
  if (node.type !== 'object') return node.value;
  const object: Record<string, unknown> = Object.create(null);
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key && value) object[key.value as string] = valueOf(value);
  }
  return object;
}

/** Parses `.invitelintrc.json` text (JSON with comments, a UTF-8 BOM allowed). Throws ConfigError. */
export function parseConfigText(text: string, file: string, registry: ReadonlyMap<string, Rule>): ConfigLayer {
  // Editors on Windows write a BOM; it is not part of the JSON (nor a column).
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const at = (offset: number) => {
    const before = text.slice(0, offset);
    return `${file}:${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
  };
  const deep = tooDeepAt(text);
  if (deep !== undefined) throw new ConfigError(at(deep), '(syntax)', `nested deeper than ${MAX_CONFIG_DEPTH} levels`);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) throw new ConfigError(at(errors[0].offset), '(syntax)', `invalid JSON: ${printParseErrorCode(errors[0].error)}`);
  const value = tree === undefined ? undefined : valueOf(tree);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(file, '(top level)', `expected an object like {"rules": {...}}, got ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'rules' && key !== 'root' && key !== '$schema' && key !== 'ignoreCues') throw new ConfigError(file, key, 'unknown key (expected "rules", "ignoreCues" or "root")');
  }
  if (record.root !== undefined && typeof record.root !== 'boolean') throw new ConfigError(file, 'root', `expected true or false, got ${describe(record.root)}`);
  return {
    file,
    root: record.root === true,
    rules: record.rules === undefined ? {} : validateRuleSettings(record.rules, registry, file),
    ...(record.ignoreCues !== undefined ? { ignoreCues: validateIgnoreCues(record.ignoreCues, file) } : {}),
  };
}

/** Merges defaults with layers, outermost first; a later layer's severity or options win. */
export function resolveConfig(registry: ReadonlyMap<string, Rule>, layers: ReadonlyArray<Pick<ConfigLayer, 'rules' | 'ignoreCues'>> = []): ResolvedConfig {
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
  // Silenced cues add up: an inner config cannot switch back on what an outer one silenced.
  const ignoreCues = [...new Set(layers.flatMap((layer) => layer.ignoreCues ?? []))];
  return ignoreCues.length > 0 ? { rules, ignoreCues } : { rules };
}
