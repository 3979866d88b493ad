// What the CLI and the Node API share: the config resolver for a run's options, finding the
// drafts (cli/files.ts) minus what config `ignores`, linting them one at a time (cli/run.ts),
// and the context formatters need. The CLI is a thin user of this, as the API is.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import pkg from '../package.json' with { type: 'json' };
import { docsUrl, rules } from '../rules/engine.js';
import { UNUSED_DIRECTIVE } from '../rules/unused-disable-directive.js';
import { ConfigResolver } from '../workspace/config-files.js';
import { CliError } from '../cli/errors.js';
import { findDrafts } from '../cli/files.js';
import type { FileResult, FormatContext } from '../cli/results.js';
import { lintFiles, type RunOptions } from '../cli/run.js';

export interface ResolverOptions {
  cwd: string;
  /** A config file to use instead of searching for .invitelintrc.json (--config). */
  configFile?: string;
  /** A config object to use instead of any file (the API's `config`). */
  config?: unknown;
  /** Report disable comments that switch nothing off, as errors (--report-unused-disable-directives). */
  reportUnusedDisableDirectives?: boolean;
}

export function configResolver(options: ResolverOptions): ConfigResolver {
  return new ConfigResolver({
    cwd: options.cwd,
    ...(options.configFile !== undefined ? { configPath: resolve(options.cwd, options.configFile) } : {}),
    ...(options.config !== undefined ? { config: options.config } : {}),
    // Like ESLint's flag, it wins over what config files say about the rule.
    ...(options.reportUnusedDisableDirectives ? { overrides: { [UNUSED_DIRECTIVE]: { severity: 'error' as const } } } : {}),
  });
}

export interface DraftsOptions extends Omit<RunOptions, 'resolver'> {
  cwd: string;
  /** false: do not read .gitignore and .invitelintignore (--no-ignore). */
  ignore: boolean;
  resolver: ConfigResolver;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds the drafts for `patterns` and returns their results one at a time. Drafts that config
 * `ignores` are skipped, unless named on their own (as ignore files are). Every draft's config
 * is resolved before the first is linted, so a bad config stops a run before --fix writes.
 */
export async function lintDrafts(patterns: readonly string[], options: DraftsOptions): Promise<Iterable<FileResult>> {
  const { cwd, resolver } = options;
  const found = await findDrafts(patterns.length ? patterns : ['.'], { cwd, ignore: options.ignore });
  const named = new Set(patterns.map((pattern) => resolve(cwd, pattern)).filter(isFile));
  const files = found.filter((file) => named.has(file) || !resolver.ignores(file));
  if (files.length === 0) throw new CliError(`all drafts found are matched by "ignores" in config (${patterns.join(' ') || '.'})`);
  return lintFiles(files, options);
}

function informationUri(): string {
  const meta = pkg as { homepage?: string; repository?: string | { url?: string } };
  const repo = typeof meta.repository === 'string' ? meta.repository : meta.repository?.url;
  return meta.homepage ?? (repo ? repo.replace(/^git\+/, '').replace(/\.git$/, '') : 'https://www.npmjs.com/package/invitelint');
}

export const VERSION: string = pkg.version;

/** What formatters need besides the results. */
export function formatContext(cwd: string, color: boolean): FormatContext {
  return {
    cwd,
    color,
    rules: rules.map((rule) => ({ id: rule.meta.id, description: rule.meta.description, defaultSeverity: rule.meta.defaultSeverity, docsUrl: docsUrl(rule.meta.id) })),
    version: VERSION,
    informationUri: informationUri(),
  };
}
