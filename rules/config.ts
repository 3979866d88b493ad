// Config is data: JSON with comments, validated against the registry. Pure (no file I/O):
// callers hand in the text, a name to report errors against, and the folder globs are
// relative to. The top-level keys come from one table (CONFIG_KEYS), which the schema
// generator reads too, so a new key is one entry there.
import { closestMatch } from 'leven';
import { createScanner, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch';
import { posix, relative, sep } from 'node:path';
import { cueById } from './cues/catalogue.js';
import { compilePattern, PatternError, USER_PATTERN_LIMITS } from './draft/phrase-match.js';
import type { ResolvedConfig, Rule, RuleSetting, SeveritySetting } from './types.js';

/** Severity words a config may use; "warn" is ESLint's spelling of "warning". */
export const SEVERITY_WORDS: Readonly<Record<string, SeveritySetting>> = { off: 'off', info: 'info', warn: 'warning', warning: 'warning', error: 'error' };

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

/**
 * The kinds of top-level key. `list`: strings, joined across layers and allowed in overrides
 * (`known` restricts the items, e.g. to cue ids). `globs`: patterns relative to the config
 * file's folder; a resolved config says whether the file matches any of them.
 */
export type ConfigKey =
  | { kind: 'schema' | 'root' | 'extends' | 'rules' | 'overrides'; description: string }
  | { kind: 'list'; description: string; known?: () => readonly string[] }
  | { kind: 'globs'; description: string };

/** Every key a config file may have, in the order the schema lists them. */
export const CONFIG_KEYS = {
  $schema: { kind: 'schema', description: 'The JSON schema of this file, for editors; invitelint ignores it.' },
  root: { kind: 'root', description: 'Stop looking for .invitelintrc.json files in the folders above this one.' },
  extends: { kind: 'extends', description: 'Configs this one builds on, applied before it: a path relative to this file ("./base.json"), or an installed package or a .json file in one ("@acme/invitelint-config").' },
  rules: { kind: 'rules', description: 'Rule severities ("off", "info", "warn"/"warning", "error") or [severity, options], by rule id.' },
  overrides: { kind: 'overrides', description: 'Settings for the drafts matched by globs, relative to this file\'s folder; later entries win.' },
  ignores: { kind: 'globs', description: 'Drafts not to lint, as globs relative to this file\'s folder ("templates/**", "*.wip.invite.md").' },
  templates: { kind: 'globs', description: 'Drafts that are templates, as globs relative to this file\'s folder: their merge fields ({FirstName}) are not placeholders, and too-long counts them at their longest realistic fill.' },
  ignoreCues: { kind: 'list', description: 'Cue ids to switch off (docs/cues.md): their matches no longer count as context, reasons or next actions.', known: () => [...cueById.keys()] },
} as const satisfies Record<string, ConfigKey>;

/** The keys an `overrides` entry may hold besides `files`: rules and list keys. */
const OVERRIDE_KINDS = new Set<ConfigKey['kind']>(['rules', 'list']);

/** What one `overrides` entry says. */
export interface ConfigOverride {
  files: string[];
  rules: Record<string, Partial<RuleSetting>>;
  lists: Record<string, string[]>;
}

/** What a config file (or object) says, before merging. */
export interface ConfigLayer {
  file: string;
  /** Absolute folder that `overrides` and glob keys are relative to; without it they match nothing. */
  base?: string;
  root: boolean;
  extends: string[];
  rules: Record<string, Partial<RuleSetting>>;
  lists: Record<string, string[]>;
  globs: Record<string, string[]>;
  overrides: ConfigOverride[];
}

// String() for numbers: JSON.stringify calls 1e400 (Infinity) "null".
const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : `${typeof value} ${typeof value === 'number' ? String(value) : JSON.stringify(value)}`;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** " (did you mean "x"?)" when a known name is close, for typos in ids and keys. */
export function didYouMean(name: string, known: readonly string[]): string {
  const match = closestMatch(name, [...known], { maxDistance: Math.max(2, Math.floor(name.length / 2)) });
  return match ? ` (did you mean "${match}"?)` : '';
}

/** How each option type is validated and described; keyed by the type of its default value. */
export const OPTION_TYPES = {
  number: { expected: 'a positive whole number', accepts: (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value > 0, schema: { type: 'integer', minimum: 1 } },
  boolean: { expected: 'true or false', accepts: (value: unknown) => typeof value === 'boolean', schema: { type: 'boolean' } },
  string: { expected: 'a string', accepts: (value: unknown) => typeof value === 'string', schema: { type: 'string' } },
  'string[]': { expected: 'an array of strings', accepts: (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === 'string'), schema: { type: 'array', items: { type: 'string' } } },
} as const;

export type OptionType = keyof typeof OPTION_TYPES;

/** The type of an option, from its default value. */
export function optionType(defaultValue: unknown): OptionType {
  if (Array.isArray(defaultValue)) return 'string[]';
  const type = typeof defaultValue;
  if (type === 'number' || type === 'boolean' || type === 'string') return type;
  throw new Error(`unsupported option default ${describe(defaultValue)}`);
}

function validateOptions(rule: Rule, options: unknown, file: string, key: string): Record<string, unknown> {
  if (!isRecord(options)) throw new ConfigError(file, key, `expected an object of options, got ${describe(options)}`);
  const defaults = (rule.meta.defaultOptions ?? {}) as Record<string, unknown>;
  const known = Object.keys(defaults);
  for (const [name, value] of Object.entries(options)) {
    if (!Object.hasOwn(defaults, name)) {
      throw new ConfigError(file, `${key}.${name}`, `unknown option for ${rule.meta.id}${known.length ? `${didYouMean(name, known)} (known: ${known.join(', ')})` : ' (it takes no options)'}`);
    }
    const type = OPTION_TYPES[optionType(defaults[name])];
    if (!type.accepts(value)) throw new ConfigError(file, `${key}.${name}`, `expected ${type.expected}, got ${describe(value)}`);
    if (rule.meta.patternOptions?.includes(name)) validatePatterns(value as string[], file, `${key}.${name}`);
  }
  return options;
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

/** Validates a rules object (from a file or editor settings) against the registry. */
export function validateRuleSettings(input: unknown, registry: ReadonlyMap<string, Rule>, file: string, at = 'rules'): Record<string, Partial<RuleSetting>> {
  if (!isRecord(input)) throw new ConfigError(file, at, `expected an object mapping rule ids to settings, got ${describe(input)}`);
  const out: Record<string, Partial<RuleSetting>> = {};
  for (const [id, setting] of Object.entries(input)) {
    const key = `${at}.${id}`;
    const rule = registry.get(id);
    if (!rule) throw new ConfigError(file, key, `unknown rule id${didYouMean(id, [...registry.keys()])} (known: ${[...registry.keys()].join(', ')})`);
    if (Array.isArray(setting) && (setting.length < 1 || setting.length > 2)) throw new ConfigError(file, key, 'expected a severity or [severity, options]');
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    const word = typeof severity === 'string' && Object.hasOwn(SEVERITY_WORDS, severity) ? SEVERITY_WORDS[severity] : undefined;
    if (!word) throw new ConfigError(file, key, `expected "off", "info", "warn", "warning", "error" or [severity, options], got ${describe(severity)}`);
    out[id] = { severity: word, ...(options !== undefined ? { options: validateOptions(rule, options, file, key) } : {}) };
  }
  return out;
}

function stringList(value: unknown, file: string, key: string, known?: readonly string[]): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item !== '')) {
    throw new ConfigError(file, key, `expected a string or an array of non-empty strings, got ${describe(value)}`);
  }
  if (known) {
    for (const item of list) if (!known.includes(item)) throw new ConfigError(file, key, `unknown value "${item}"${didYouMean(item, known)}`);
  }
  return list;
}

function globList(value: unknown, file: string, key: string): string[] {
  const list = stringList(value, file, key);
  for (const pattern of list) {
    try {
      picomatch.makeRe(normalizeGlob(pattern));
    } catch (error) {
      throw new ConfigError(file, key, `invalid glob "${pattern}": ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return list;
}

/** Validates the keys of `record` that `allowed` admits, into `layer`; `at` prefixes key names. */
function readKeys(record: Record<string, unknown>, layer: Omit<ConfigLayer, 'file'>, file: string, registry: ReadonlyMap<string, Rule>, allowed: (spec: ConfigKey) => boolean, at = '') {
  const keys = CONFIG_KEYS as Record<string, ConfigKey>;
  for (const [key, value] of Object.entries(record)) {
    const spec = Object.hasOwn(keys, key) ? keys[key] : undefined;
    const name = `${at}${key}`;
    if (!spec || !allowed(spec)) {
      const known = Object.keys(keys).filter((k) => allowed(keys[k]));
      throw new ConfigError(file, name, `unknown key${didYouMean(key, known)} (expected ${known.map((k) => `"${k}"`).join(', ')})`);
    }
    switch (spec.kind) {
      case 'schema':
        if (typeof value !== 'string') throw new ConfigError(file, name, `expected a string, got ${describe(value)}`);
        break;
      case 'root':
        if (typeof value !== 'boolean') throw new ConfigError(file, name, `expected true or false, got ${describe(value)}`);
        layer.root = value;
        break;
      case 'extends':
        layer.extends = stringList(value, file, name);
        break;
      case 'rules':
        layer.rules = validateRuleSettings(value, registry, file, name);
        break;
      case 'list':
        layer.lists[key] = stringList(value, file, name, spec.known?.());
        break;
      case 'globs':
        layer.globs[key] = globList(value, file, name);
        break;
      case 'overrides':
        if (!Array.isArray(value)) throw new ConfigError(file, name, `expected an array of {"files": [...], "rules": {...}}, got ${describe(value)}`);
        layer.overrides = value.map((entry, index) => readOverride(entry, file, registry, `${name}[${index}]`));
        break;
    }
  }
}

function readOverride(entry: unknown, file: string, registry: ReadonlyMap<string, Rule>, at: string): ConfigOverride {
  if (!isRecord(entry)) throw new ConfigError(file, at, `expected an object like {"files": ["templates/**"], "rules": {...}}, got ${describe(entry)}`);
  if (entry.files === undefined) throw new ConfigError(file, `${at}.files`, 'missing: the globs this entry applies to');
  const { files, ...rest } = entry;
  const layer = emptyLayer();
  readKeys(rest, layer, file, registry, (spec) => OVERRIDE_KINDS.has(spec.kind), `${at}.`);
  return { files: globList(files, file, `${at}.files`), rules: layer.rules, lists: layer.lists };
}

const emptyLayer = (): Omit<ConfigLayer, 'file'> => ({ root: false, extends: [], rules: {}, lists: {}, globs: {}, overrides: [] });

/** Validates a parsed config value (a file's contents, or an object handed to the API). Throws ConfigError. */
export function parseConfigValue(value: unknown, file: string, registry: ReadonlyMap<string, Rule>): ConfigLayer {
  if (!isRecord(value)) throw new ConfigError(file, '(top level)', `expected an object like {"rules": {...}}, got ${describe(value)}`);
  const layer = { file, ...emptyLayer() };
  readKeys(value, layer, file, registry, () => true);
  return layer;
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
  return parseConfigValue(tree === undefined ? undefined : valueOf(tree), file, registry);
}

/** A folder pattern ("sent/") means everything in it; "./x" is "x"; "/x" is anchored, as "x" is. */
function normalizeGlob(pattern: string): string {
  let glob = pattern.replace(/^\.\//, '').replace(/^\//, '');
  if (glob.endsWith('/')) glob += '**';
  return glob;
}

const matchers = new Map<string, (path: string) => boolean>();

/** Whether `filePath` (absolute) matches a glob relative to `base`. Patterns without a slash match the file name at any depth, as in .gitignore. */
export function globMatches(patterns: readonly string[], base: string | undefined, filePath: string | undefined): boolean {
  if (base === undefined || filePath === undefined) return false;
  const rel = relative(base, filePath).split(sep).join(posix.sep);
  if (rel === '' || rel.startsWith('../') || rel === '..' || posix.isAbsolute(rel)) return false;
  return patterns.some((pattern) => {
    let test = matchers.get(pattern);
    if (!test) {
      const glob = normalizeGlob(pattern);
      test = picomatch(glob, { dot: true, basename: !glob.includes('/') });
      matchers.set(pattern, test);
    }
    return test(rel);
  });
}

/**
 * Merges defaults with layers, outermost first, for the draft at `filePath` (absolute; without
 * it, overrides and globs match nothing). A later layer's severity or options win; an
 * override applies right after the settings of its own layer.
 */
export function resolveConfig(registry: ReadonlyMap<string, Rule>, layers: ReadonlyArray<Partial<ConfigLayer> & Pick<ConfigLayer, 'rules'>> = [], filePath?: string): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, rule] of registry) {
    rules[id] = { severity: rule.meta.defaultSeverity, options: { ...(rule.meta.defaultOptions ?? {}) } };
  }
  const lists: Record<string, string[]> = {};
  const matched: Record<string, boolean> = {};
  const apply = (settings: Pick<ConfigOverride, 'rules'> & Partial<ConfigOverride>) => {
    for (const [id, setting] of Object.entries(settings.rules)) {
      const current = rules[id];
      if (!current) continue;
      rules[id] = { severity: setting.severity ?? current.severity, options: { ...current.options, ...(setting.options ?? {}) } };
    }
    for (const [key, items] of Object.entries(settings.lists ?? {})) lists[key] = [...new Set([...(lists[key] ?? []), ...items])];
  };
  for (const layer of layers) {
    apply(layer);
    for (const override of layer.overrides ?? []) if (globMatches(override.files, layer.base, filePath)) apply(override);
    for (const [key, patterns] of Object.entries(layer.globs ?? {})) if (globMatches(patterns, layer.base, filePath)) matched[key] = true;
  }
  return { rules, lists, matched };
}

/** Which overrides and globs of `layers` match `filePath`: drafts with equal signatures get equal configs. */
export function matchSignature(layers: ReadonlyArray<Partial<ConfigLayer>>, filePath: string): string {
  let signature = '';
  for (const layer of layers) {
    for (const override of layer.overrides ?? []) signature += globMatches(override.files, layer.base, filePath) ? '1' : '0';
    for (const patterns of Object.values(layer.globs ?? {})) signature += globMatches(patterns, layer.base, filePath) ? '1' : '0';
  }
  return signature;
}

/** A resolved config written as a config file would say it (what --print-config prints). */
export function configToJson(config: ResolvedConfig): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const [id, setting] of Object.entries(config.rules)) rules[id] = Object.keys(setting.options).length ? [setting.severity, setting.options] : setting.severity;
  return { rules, ...config.lists };
}
