// What configures linting a document: the editor settings under `invitelint` (layered over
// defaults and initializationOptions) and the `.invitelintrc.json` files, read by the same
// ConfigResolver as the CLI. Bad values become problem messages, never exceptions.
import { fileURLToPath } from 'node:url';
import { ConfigError, resolveConfig, ruleById, validateRuleSettings, type ResolvedConfig, type RuleSetting } from '../rules/engine.js';
import { ConfigResolver } from '../workspace/config-files.js';

export type RunMode = 'onType' | 'onSave';

export interface Settings {
  enable: boolean;
  run: RunMode;
  /** Delay before linting after an edit; 0 lints on every change. */
  debounceMs: number;
  /** Severity/option overrides for rules; they win over config files. */
  rules: Record<string, Partial<RuleSetting>>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { enable: true, run: 'onType', debounceMs: 150, rules: {} };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Layers one raw settings object (the `invitelint` section, or initializationOptions) over
 * `base`. Invalid entries keep the base value and are described in `problems`.
 */
export function readSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS, where = 'invitelint'): { settings: Settings; problems: string[] } {
  const settings: Settings = { ...base, rules: { ...base.rules } };
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isObject(raw)) return { settings, problems: [`${where}: expected an object of settings, got ${JSON.stringify(raw)}`] };

  if (raw.enable !== undefined) {
    if (typeof raw.enable === 'boolean') settings.enable = raw.enable;
    else problems.push(`${where}.enable: expected true or false, got ${JSON.stringify(raw.enable)}`);
  }
  if (raw.run !== undefined) {
    if (raw.run === 'onType' || raw.run === 'onSave') settings.run = raw.run;
    else problems.push(`${where}.run: expected "onType" or "onSave", got ${JSON.stringify(raw.run)}`);
  }
  if (raw.debounceMs !== undefined) {
    const ms = raw.debounceMs;
    if (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0) settings.debounceMs = ms;
    else problems.push(`${where}.debounceMs: expected a number of milliseconds >= 0, got ${JSON.stringify(ms)}`);
  }
  if (raw.rules !== undefined && raw.rules !== null) {
    try {
      Object.assign(settings.rules, validateRuleSettings(raw.rules, ruleById, 'editor settings', `${where}.rules`));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(`${error.message} (ignoring ${where}.rules)`);
    }
  }
  return { settings, problems };
}

/**
 * Editor settings: defaults < initializationOptions < client settings (pulled per document
 * when the client supports workspace/configuration, else pushed by didChangeConfiguration).
 */
export class SettingsStore {
  private base: Settings = { ...DEFAULT_SETTINGS };
  private pushed: unknown;
  private workspace: Settings = { ...DEFAULT_SETTINGS };
  private readonly perDocument = new Map<string, Promise<Settings>>();
  private readonly reported = new Set<string>();

  /**
   * Pulls the `invitelint` section for a document (workspace/configuration), or for the
   * workspace when uri is undefined. Unset: the client pushes settings instead.
   */
  pull?: (uri: string | undefined) => Promise<unknown>;

  /** `report` is called once for each distinct problem in the settings. */
  constructor(private readonly report: (problem: string) => void) {}

  private layer(raw: unknown, base: Settings, where: string): Settings {
    const { settings, problems } = readSettings(raw, base, where);
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.report(problem);
    }
    return settings;
  }

  setInitializationOptions(raw: unknown): void {
    this.base = this.layer(raw, DEFAULT_SETTINGS, 'initializationOptions');
    this.workspace = this.base;
  }

  /** Settings for documents, as far as known without asking the client (the debounce delay reads this). */
  get current(): Settings {
    return this.workspace;
  }

  /** Settings changed: forget what was pulled; `pushed` is didChangeConfiguration's `settings`. */
  async changed(pushed?: unknown): Promise<void> {
    this.perDocument.clear();
    this.reported.clear();
    if (this.pull) {
      this.workspace = await this.fetch(undefined);
    } else {
      this.pushed = isObject(pushed) ? pushed.invitelint : undefined;
      this.workspace = this.layer(this.pushed, this.base, 'invitelint');
    }
  }

  forDocument(uri: string): Promise<Settings> {
    if (!this.pull) return Promise.resolve(this.workspace);
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.fetch(uri);
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }

  private async fetch(uri: string | undefined): Promise<Settings> {
    let raw: unknown;
    try {
      raw = await this.pull!(uri);
    } catch (error) {
      this.report(`could not read settings from the client: ${error instanceof Error ? error.message : String(error)}`);
    }
    return this.layer(raw, this.base, 'invitelint');
  }
}

export type ConfigOutcome = { config: ResolvedConfig; error?: undefined } | { config?: undefined; error: ConfigError };

/** The local path of a file: URI, or undefined for other schemes (untitled:, ...). */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * `.invitelintrc.json` files through the CLI's ConfigResolver, one resolver per distinct
 * set of editor overrides (usually one). `clear()` when a config file changes.
 */
export class ConfigFiles {
  private readonly resolvers = new Map<string, ConfigResolver>();

  configFor(uri: string, overrides: Settings['rules']): ConfigOutcome {
    const path = filePathOf(uri);
    try {
      if (path === undefined) return { config: resolveConfig(ruleById, [{ rules: overrides }]) };
      const key = JSON.stringify(overrides);
      let resolver = this.resolvers.get(key);
      if (!resolver) {
        resolver = new ConfigResolver({ overrides });
        this.resolvers.set(key, resolver);
      }
      return { config: resolver.configFor(path) };
    } catch (error) {
      if (error instanceof ConfigError) return { error };
      throw error;
    }
  }

  clear(): void {
    for (const resolver of this.resolvers.values()) resolver.clear();
    this.resolvers.clear();
  }
}
