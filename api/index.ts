// The Node API, the package's entry point (`import { lint } from 'invitelint'`): the engine,
// the CLI's file discovery and config resolution, and its formatters, as functions.
// Documented in the README ("The Node API"); the CLI is a thin user of the same modules.
import { isAbsolute, resolve } from 'node:path';
import { configToJson, docsUrl, noteText as engineNoteText, parseDraft, rules as registry, type RuleMeta } from '../rules/engine.js';
import { countsOf, type ElementsJson, type FileResult, type LintMessage, type SuppressedMessage } from '../cli/results.js';
import { formatters as cliFormatters, FORMAT_NAMES, type FormatName } from '../cli/formatters/index.js';
import { lintText, type Mode } from '../cli/run.js';
import { configResolver, formatContext, lintDrafts, VERSION } from './run.js';

export { ConfigError } from '../rules/engine.js';
export { CliError } from '../cli/errors.js';
export type { ElementsJson, LintMessage, SuppressedMessage, FormatName };
export type { Severity, SeveritySetting, FixKind } from '../rules/engine.js';

/** The package's version. */
export const version: string = VERSION;

/** A severity as a config may spell it. */
export type SeverityInput = 'off' | 'info' | 'warn' | 'warning' | 'error';

/** A rule's setting: a severity, or [severity, options]. */
export type RuleSettingInput = SeverityInput | [SeverityInput] | [SeverityInput, Record<string, unknown>];

/** A config object: what `.invitelintrc.json` holds (see schema/invitelintrc.schema.json). */
export interface Config {
  $schema?: string;
  root?: boolean;
  extends?: string | string[];
  rules?: Record<string, RuleSettingInput>;
  overrides?: Array<{ files: string | string[]; rules?: Record<string, RuleSettingInput>; [key: string]: unknown }>;
  ignores?: string | string[];
  [key: string]: unknown;
}

/** One linted draft, in the shape of ESLint's results (severities are words). */
export interface LintResult {
  /** Absolute path, or "<text>" for text linted without a filePath. */
  filePath: string;
  messages: LintMessage[];
  /** What inline disable comments switched off, with their reasons. */
  suppressedMessages: SuppressedMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, when fixing changed it. */
  output?: string;
  /** Where the draft stands on the three elements, when asked for (`elements: true`). */
  elements?: ElementsJson;
}

export interface LintOptions {
  /** The draft's path: reported as `filePath`, and, without `config`, the path config files are looked up for. */
  filePath?: string;
  /** A config object used instead of any .invitelintrc.json (its globs and `extends` relative to `cwd`). */
  config?: Config;
  /** Folder relative paths are resolved against; defaults to process.cwd(). */
  cwd?: string;
  /** Add the `elements` summary to the result. */
  elements?: boolean;
  /** Report disable comments that switch nothing off, as errors. */
  reportUnusedDisableDirectives?: boolean;
}

export interface LintFilesOptions extends Omit<LintOptions, 'filePath'> {
  /** A config file to use instead of searching for .invitelintrc.json files. */
  configFile?: string;
  /** false: do not read .gitignore and .invitelintignore files (config `ignores` still apply). */
  ignore?: boolean;
  /** Write safe fixes to the files, atomically, and report what remains. */
  fix?: boolean;
  /** Compute fixes without writing: results carry the fixed text in `output`. */
  fixDryRun?: boolean;
}

/** A rule's metadata, from its module, and its documentation page. */
export type RuleMetadata = RuleMeta & { docsUrl: string };

/** Every rule, sorted by id. */
export const rules: readonly RuleMetadata[] = registry.map((rule) => ({ ...rule.meta, docsUrl: docsUrl(rule.meta.id) }));

const STDIN_NAME = '<text>';

function withCounts(result: FileResult): LintResult {
  const counts = countsOf(result.messages);
  return {
    filePath: result.filePath,
    messages: result.messages,
    suppressedMessages: result.suppressedMessages ?? [],
    errorCount: counts.errors,
    warningCount: counts.warnings,
    infoCount: counts.infos,
    fixableErrorCount: counts.fixableErrors,
    fixableWarningCount: counts.fixableWarnings,
    ...(result.output !== undefined ? { output: result.output } : {}),
    ...(result.elements ? { elements: result.elements } : {}),
  };
}

function lintOne(text: string, options: LintOptions, mode: Mode): LintResult {
  const cwd = resolve(options.cwd ?? process.cwd());
  const filePath = options.filePath === undefined ? undefined : resolve(cwd, options.filePath);
  // Text without a path and without a config gets the defaults: nothing is read from disk.
  const config = options.config ?? (filePath === undefined ? {} : undefined);
  const resolver = configResolver({ cwd, config, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives });
  return withCounts(lintText(text, filePath ?? STDIN_NAME, filePath ?? resolve(cwd, STDIN_NAME), { mode, resolver, elements: options.elements === true }));
}

/** Lints one draft's text. Reads config files only when `filePath` is given and `config` is not. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintOne(text, options, 'lint');
}

/** Applies safe fixes until stable; `output` is the fixed text and `messages` what remains in it. */
export function fixAll(text: string, options: LintOptions = {}): LintResult & { output: string } {
  const result = lintOne(text, options, 'fix-dry-run');
  return { ...result, output: result.output ?? text };
}

/**
 * Lints files, folders and globs as the CLI does: folders are walked for *.invite.md honouring
 * .gitignore and .invitelintignore, each draft gets the config of its .invitelintrc.json files
 * (or `config` / `configFile`), and config `ignores` are skipped. Rejects with a CliError or
 * ConfigError (one-line messages) for a path, file or config that is not usable.
 */
export async function lintFiles(patterns: string | readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const list = typeof patterns === 'string' ? [patterns] : [...patterns];
  const resolver = configResolver({ cwd, config: options.config, configFile: options.configFile, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives });
  const mode: Mode = options.fix ? 'fix' : options.fixDryRun ? 'fix-dry-run' : 'lint';
  const results: LintResult[] = [];
  for (const result of await lintDrafts(list, { cwd, ignore: options.ignore !== false, mode, resolver, elements: options.elements === true, display: (path) => path })) {
    results.push(withCounts(result));
  }
  return results;
}

export interface LoadConfigOptions {
  cwd?: string;
  /** A config file to use instead of searching. */
  configFile?: string;
}

/** The config that applies to a draft path, merged (extends, folders, overrides), as a config file would say it. */
export function loadConfig(forPath: string, options: LoadConfigOptions = {}): Config {
  const cwd = resolve(options.cwd ?? process.cwd());
  const resolver = configResolver({ cwd, configFile: options.configFile });
  return configToJson(resolver.configFor(isAbsolute(forPath) ? forPath : resolve(cwd, forPath))) as Config;
}

export interface FormatOptions {
  /** Paths are shown relative to this folder; defaults to process.cwd(). */
  cwd?: string;
  /** Colour for a terminal (stylish and summary); off by default. */
  color?: boolean;
}

export type Formatter = (results: readonly LintResult[], options?: FormatOptions) => string;

/** The CLI's formats by --format name: stylish, json, sarif, github, summary. */
export const formatters: Readonly<Record<FormatName, Formatter>> = Object.fromEntries(
  FORMAT_NAMES.map((name) => [name, (results: readonly LintResult[], options: FormatOptions = {}) => cliFormatters[name](results, formatContext(resolve(options.cwd ?? process.cwd()), options.color === true))]),
) as Record<FormatName, Formatter>;

export interface NoteText {
  /** The body without frontmatter and comments, ready to paste into LinkedIn. */
  text: string;
  /** Its length as LinkedIn counts it (code points; a line break is one). */
  length: number;
  /** The draft's limit: its frontmatter's `limit`, else 300. */
  limit: number;
}

/** The note a draft sends: what the editor's "Copy note for LinkedIn" copies. */
export function noteText(text: string): NoteText {
  return engineNoteText(parseDraft(text));
}
