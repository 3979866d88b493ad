// Finds and reads `.invitelintrc.json` files for a draft: from the draft's folder upward,
// stopping at a file with "root": true. Shared by the CLI and the server, so both read
// config the same way. The only I/O around the engine's pure config code.
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, parseConfigText, resolveConfig, ruleById, type ConfigLayer, type ResolvedConfig, type RuleSetting } from '../rules/engine.js';
import { FileRefusedError, readBoundedFile } from './bounded-read.js';

export const CONFIG_FILE = '.invitelintrc.json';
/** The largest config file read: a real one is a few hundred bytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

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

export interface ConfigRequest {
  /** An explicit config file (the CLI's --config): used instead of searching. */
  configPath?: string;
  /** Last-word settings, e.g. from editor settings. */
  overrides?: Record<string, Partial<RuleSetting>>;
}

/** Resolves the config for a draft path; caches parsed files by path for a run. */
export class ConfigResolver {
  private readonly layers = new Map<string, ConfigLayer>();
  private readonly folders = new Map<string, ResolvedConfig>();

  constructor(private readonly request: ConfigRequest = {}) {}

  private layer(path: string): ConfigLayer {
    let layer = this.layers.get(path);
    if (!layer) {
      layer = readConfigFile(path);
      this.layers.set(path, layer);
    }
    return layer;
  }

  /** Files that apply to a draft path, outermost first. */
  filesFor(draftPath: string): string[] {
    if (this.request.configPath) return [resolve(this.request.configPath)];
    return configFilesFor(dirname(resolve(draftPath)), (path) => this.layer(path));
  }

  configFor(draftPath: string): ResolvedConfig {
    const folder = dirname(resolve(draftPath));
    const cached = this.folders.get(folder);
    if (cached) return cached;
    const layers = this.filesFor(draftPath).map((path) => this.layer(path));
    if (this.request.overrides) layers.push({ file: '(overrides)', root: false, rules: this.request.overrides });
    const config = resolveConfig(ruleById, layers);
    this.folders.set(folder, config);
    return config;
  }

  /** Forget cached files (the server calls this when a config file changes). */
  clear(): void {
    this.layers.clear();
    this.folders.clear();
  }
}
