// Entry point: parse the arguments, find and lint the drafts, print one report, set the exit
// code (0 clean, 1 problems, 2 usage/config/I/O). Every expected failure is one stderr line.
import { closeSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configResolver, formatContext, lintDrafts, VERSION } from '../api/run.js';
import { ConfigError, configToJson } from '../rules/engine.js';
import { ConfigResolver } from '../workspace/config-files.js';
import { parseCliArgs, USAGE, type CliOptions } from './args.js';
import { CliError, displayPath, fsError } from './errors.js';
import { formatters } from './formatters/index.js';
import { jsonChunks, jsonResult, withMessages } from './formatters/json.js';
import { acrossMessages, byPosition } from './across.js';
import { oneLine, printable } from './printable.js';
import { readDraftStream } from './read-draft.js';
import { RENDER_USAGE, parseRenderArgs, render } from './render.js';
import { countsOf, totalCounts, type FileResult } from './results.js';
import { lintText, type Mode } from './run.js';

const STDIN_NAME = '<text>'; // ESLint's name for standard input without --stdin-filename

/** picocolors' rules, minus its "CI means colour": colour only for a terminal unless forced. */
function useColor(option: boolean | undefined, toTerminal: boolean): boolean {
  if (option !== undefined) return option;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR) return true;
  return toTerminal && process.env.TERM !== 'dumb';
}

async function lintAll(options: CliOptions, cwd: string, resolver: ConfigResolver): Promise<{ results: FileResult[]; warnings: number; errors: number }> {
  const mode: Mode = options.fix ? 'fix' : options.fixDryRun ? 'fix-dry-run' : 'lint';
  // The elements summary costs memory per file; only these formats print it.
  const elements = options.format === 'json' || options.format === 'summary' || options.format === 'html';
  const results: FileResult[] = [];
  let warnings = 0;
  let errors = 0;
  // --max-warnings counts what the rules found; --quiet only changes what is shown.
  const keep = (result: FileResult) => {
    const counts = countsOf(result.messages);
    warnings += counts.warnings;
    errors += counts.errors;
    const shown = options.quiet ? { ...result, messages: result.messages.filter((m) => m.severity === 'error') } : result;
    // For JSON, serialize now and keep only what the exit code needs: 10,000 drafts' element
    // summaries as objects would hold far more memory than their text.
    results.push(options.format === 'json' ? { filePath: shown.filePath, messages: [], serialized: JSON.stringify(jsonResult(shown)), across: shown.across } : shown);
  };

  if (options.stdin) {
    const filePath = options.stdinFilename ? resolve(cwd, options.stdinFilename) : STDIN_NAME;
    const configPath = options.stdinFilename ? filePath : join(cwd, STDIN_NAME);
    const text = await readDraftStream(process.stdin, options.stdinFilename ?? 'standard input');
    keep(lintText(text, filePath, configPath, { mode, resolver, elements, keepText: options.format === 'html' }));
    return { results, warnings, errors };
  }

  const display = (path: string) => displayPath(path, cwd);
  for (const result of await lintDrafts(options.patterns, { cwd, ignore: options.ignore, mode, resolver, elements, display, across: true, keepText: options.format === 'html' })) keep(result);
  // The across rules judge the whole set: their messages join the results afterwards.
  for (const [i, more] of acrossMessages(results, display)) {
    const result = results[i];
    const counts = countsOf(more);
    warnings += counts.warnings;
    errors += counts.errors;
    const shown = options.quiet ? more.filter((m) => m.severity === 'error') : more;
    if (shown.length === 0) continue;
    if (result.serialized !== undefined) result.serialized = withMessages(result.serialized, shown);
    else result.messages = [...result.messages, ...shown].sort(byPosition);
  }
  for (const result of results) result.across = undefined;
  return { results, warnings, errors };
}

/** `invitelint render ...` (cli/render.ts): the rendered drafts' lint results, reported like a lint run. */
function renderCommand(argv: readonly string[], cwd: string): number {
  const options = parseRenderArgs(argv);
  if (options.help) {
    process.stdout.write(RENDER_USAGE);
    return 0;
  }
  const resolver = new ConfigResolver(options.config ? { configPath: resolve(cwd, options.config) } : {});
  const results = render(options, cwd, resolver, options.format === 'json' || options.format === 'summary' || options.format === 'html');
  const counts = totalCounts(results);
  return report(results, counts, options, cwd);
}

async function main(argv: readonly string[]): Promise<number> {
  const cwd = process.cwd();
  if (argv[0] === 'render') return renderCommand(argv.slice(1), cwd);
  const options = parseCliArgs(argv);
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }

  const resolver = configResolver({ cwd, configFile: options.config, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives });
  if (options.printConfig !== undefined) {
    // As a config file would say it, so the output can be saved as one.
    const forPath = resolve(cwd, options.printConfig);
    process.stdout.write(`${JSON.stringify(configToJson(resolver.configFor(forPath)), null, 2)}\n`);
    if (resolver.ignores(forPath)) process.stderr.write(`invitelint: ${options.printConfig} is matched by "ignores" and not linted when its folder is\n`);
    return 0;
  }
  // An explicit config is read up front: a typo in its path is reported before anything else.
  if (options.config) resolver.configFor(join(cwd, STDIN_NAME));

  const { results, warnings, errors } = await lintAll(options, cwd, resolver);
  return report(results, { warnings, errors }, options, cwd);
}

/** Prints the report in the chosen format and returns the exit code (0 clean, 1 problems). */
function report(results: FileResult[], { warnings, errors }: { warnings: number; errors: number }, options: Pick<CliOptions, 'format' | 'outputFile' | 'color' | 'maxWarnings'>, cwd: string): number {
  const context = formatContext(cwd, useColor(options.color, !options.outputFile && Boolean(process.stdout.isTTY)));
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  const code = errors > 0 || tooManyWarnings ? 1 : 0;
  // Set before writing: if the reader closes the pipe early, we still exit with this code.
  process.exitCode = code;

  const chunks = options.format === 'json' ? [...jsonChunks(results), '\n'] : [withNewline(formatters[options.format](results, context))];
  if (options.outputFile) {
    const path = resolve(cwd, options.outputFile);
    let fd: number | undefined;
    try {
      fd = openSync(path, 'w');
      for (const chunk of chunks) writeSync(fd, chunk);
    } catch (error) {
      throw fsError(options.outputFile, error, 'cannot write the report: ');
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  } else {
    for (const chunk of chunks) process.stdout.write(chunk);
  }
  if (tooManyWarnings) process.stderr.write(`invitelint: too many warnings (${warnings}; maximum: ${options.maxWarnings})\n`);
  return code;
}

const withNewline = (report: string) => (report && !report.endsWith('\n') ? `${report}\n` : report);

/** One line for any failure; a stack only when asked for, since users cannot act on one. */
function fail(error: unknown): number {
  const known = error instanceof CliError || error instanceof ConfigError;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`invitelint: ${known ? '' : 'unexpected error: '}${printable(oneLine(message))}\n`);
  if (!known && process.env.INVITELINT_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return 2;
}

// A closed pipe (`invitelint . | head`) is not a failure worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.exit(fail(error));
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = fail(error);
  },
);
