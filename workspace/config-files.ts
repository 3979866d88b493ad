// Finds and reads `.invitelintrc.json` files for a draft: from the draft's folder upward,
// stopping at a file with "root": true, each with the configs it `extends`. Shared by the
// CLI, the API and the server, so all read config the same way. The only I/O around the
// engine's pure config code.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { ConfigError, matchSignature, parseConfigText, parseConfigValue, resolveConfig, ruleById, type ConfigLayer, type ResolvedConfig, type RuleSetting } from '../rules/engine.js';
import { FileRefusedError, readBoundedFile } from './bounded-read.js';

export const CONFIG_FILE = '.invitelintrc.json';
/** The largest config file read: a real one is a few hundred bytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });
/** Deeper `extends` chains than this are taken for a mistake. */
const MAX_EXTENDS_DEPTH = 16;

/** Whether there is a config file at `path`: anything but nothing or a folder. A FIFO or a
 *  device is there, and reading it says what it is (rather than silently not applying it). */
function present(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof FileRefusedError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return 'invalid UTF-8; save the file as UTF-8';
  return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? String(error));
}

/** Reads and parses one config file: a regular file of at most MAX_CONFIG_BYTES, UTF-8. */
export function readConfigFile(path: string): ConfigLayer {
  let text: string;
  try {
    text = decoder.decode(readBoundedFile(path, MAX_CONFIG_BYTES).bytes);
  } catch (error) {
    throw new ConfigError(path, '(file)', `cannot read config: ${reasonOf(error)}`);
  }
  return parseConfigText(text, path, ruleById);
}

/** Config files that apply to a folder, outermost first. */
export function configFilesFor(folder: string, read: (path: string) => ConfigLayer = readConfigFile): string[] {
  const found: string[] = [];
  let dir = resolve(folder);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (present(candidate)) {
      found.unshift(candidate);
      if (read(candidate).root) break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return found;
}

/**
 * Where an `extends` entry points: a path (relative to the extending file's folder) or an
 * installed package, or a file in one, found the way Node finds packages from that folder.
 * Only JSON is accepted: a config is data, and nothing from a workspace is ever run.
 */
export function resolveExtends(spec: string, from: string): string {
  const folder = dirname(from);
  if (spec.startsWith('./') || spec.startsWith('../') || isAbsolute(spec)) {
    const path = resolve(folder, spec);
    if (!present(path)) throw new ConfigError(from, 'extends', `cannot find "${spec}" (looked for ${path})`);
    return path;
  }
  let path: string;
  try {
    path = createRequire(join(folder, CONFIG_FILE)).resolve(spec);
  } catch {
    throw new ConfigError(from, 'extends', `cannot find "${spec}": not a path (start it with ./ or ../) and no installed package of that name from ${folder}`);
  }
  if (!path.endsWith('.json')) throw new ConfigError(from, 'extends', `"${spec}" resolves to ${path}, not a .json file (invitelint reads configs as data and never runs code)`);
  return path;
}

export interface ConfigRequest {
  /** An explicit config file (the CLI's --config): used instead of searching. */
  configPath?: string;
  /** A config object used instead of searching (the API's `config`), its globs relative to `cwd`. */
  config?: unknown;
  cwd?: string;
  /** Last-word rule settings, e.g. from editor settings. */
  overrides?: Record<string, Partial<RuleSetting>>;
}

/** Resolves the config for a draft path; caches parsed files by path for a run. */
export class ConfigResolver {
  private readonly layers = new Map<string, ConfigLayer>();
  private readonly chains = new Map<string, ConfigLayer[]>();
  private readonly folders = new Map<string, ConfigLayer[]>();
  private readonly resolved = new Map<string, ResolvedConfig>();
  private readonly given?: ConfigLayer;
  private readonly cwd: string;

  constructor(private readonly request: ConfigRequest = {}) {
    this.cwd = resolve(request.cwd ?? process.cwd());
    if (request.config !== undefined) this.given = parseConfigValue(request.config, 'config', ruleById);
  }

  private layer(path: string): ConfigLayer {
    let layer = this.layers.get(path);
    if (!layer) {
      layer = readConfigFile(path);
      this.layers.set(path, layer);
    }
    return layer;
  }

  /** A layer preceded by what it extends, depth first; globs relative to `base` (the file that was found, not the shared config). */
  private chain(layer: ConfigLayer, base: string, seen: readonly string[] = []): ConfigLayer[] {
    const key = `${layer.file}\0${base}`;
    const cached = this.chains.get(key);
    if (cached) return cached;
    if (seen.length >= MAX_EXTENDS_DEPTH) throw new ConfigError(layer.file, 'extends', `more than ${MAX_EXTENDS_DEPTH} configs deep`);
    // The API's config object extends from cwd, as a file there would.
    const from = layer === this.given ? join(this.cwd, CONFIG_FILE) : layer.file;
    const chain: ConfigLayer[] = [];
    for (const spec of layer.extends) {
      const path = resolveExtends(spec, from);
      if (seen.includes(path) || path === layer.file) throw new ConfigError(layer.file, 'extends', `circular: ${[...seen, layer.file, path].join(' -> ')}`);
      chain.push(...this.chain(this.layer(path), base, [...seen, layer.file]));
    }
    chain.push({ ...layer, base });
    this.chains.set(key, chain);
    return chain;
  }

  /** Files that apply to a draft path, outermost first (not counting what they extend). */
  filesFor(draftPath: string): string[] {
    if (this.given) return [];
    if (this.request.configPath) return [resolve(this.request.configPath)];
    return configFilesFor(dirname(resolve(draftPath)), (path) => this.layer(path));
  }

  private layersFor(draftPath: string): ConfigLayer[] {
    const folder = dirname(resolve(draftPath));
    let layers = this.folders.get(folder);
    if (!layers) {
      layers = this.given
        ? this.chain(this.given, this.cwd)
        : this.filesFor(draftPath).flatMap((path) => this.chain(this.layer(path), dirname(path)));
      if (this.request.overrides) layers = [...layers, { file: '(overrides)', root: false, extends: [], rules: this.request.overrides, lists: {}, globs: {}, overrides: [] }];
      this.folders.set(folder, layers);
    }
    return layers;
  }

  configFor(draftPath: string): ResolvedConfig {
    const path = resolve(draftPath);
    const layers = this.layersFor(path);
    // Drafts in one folder that match the same overrides and globs share one config object.
    const key = `${dirname(path)}\0${matchSignature(layers, path)}`;
    let config = this.resolved.get(key);
    if (!config) {
      config = resolveConfig(ruleById, layers, path);
      this.resolved.set(key, config);
    }
    return config;
  }

  /** Whether the config's `ignores` cover a draft. */
  ignores(draftPath: string): boolean {
    return this.configFor(draftPath).matched.ignores === true;
  }

  /** Forget cached files (the server calls this when a config file changes). */
  clear(): void {
    this.layers.clear();
    this.chains.clear();
    this.folders.clear();
    this.resolved.clear();
  }
}
