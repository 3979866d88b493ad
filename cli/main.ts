// Entry point: parse the arguments, find and lint the drafts, print one report, set the exit
// code (0 clean, 1 problems, 2 usage/config/I/O). Every expected failure is one stderr line.
import { closeSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configResolver, formatContext, lintDrafts, VERSION } from '../api/run.js';
import { ConfigError, configToJson } from '../rules/engine.js';
import { ConfigResolver } from '../workspace/config-files.js';
import { parseCliArgs, USAGE, type CliOptions } from './args.js';
import { acrossMessages, byPosition } from './across.js';
import { CliError, displayPath, fsError } from './errors.js';
import { formatters, reportStreams } from './formatters/index.js';
import { oneLine, printable } from './printable.js';
import { readDraftStream } from './read-draft.js';
import { RENDER_USAGE, parseRenderArgs, render } from './render.js';
import { ReportSpool } from './report-spool.js';
import { countsOf, type AcrossPrint, type FileResult, type FormatContext, type LintMessage } from './results.js';
import { lintText, type Mode } from './run.js';

const STDIN_NAME = '<text>'; // ESLint's name for standard input without --stdin-filename

/** picocolors' rules, minus its "CI means colour": colour only for a terminal unless forced. */
function useColor(option: boolean | undefined, toTerminal: boolean): boolean {
  if (option !== undefined) return option;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR) return true;
  return toTerminal && process.env.TERM !== 'dumb';
}

/**
 * The results of a run, held until the across rules have judged the whole set: each one as a
 * JSON line in a spool (memory, then a temporary file) and, beside it, only its path and its
 * compact print. So memory stays flat however many drafts there are, and every format still
 * sees each draft's messages, across ones included, in one piece.
 */
class HeldResults {
  private readonly spool = new ReportSpool();
  private readonly prints: Array<{ filePath: string; across?: AcrossPrint }> = [];

  add(result: FileResult): void {
    const { across, ...rest } = result;
    this.prints.push({ filePath: result.filePath, across });
    this.spool.write(`${JSON.stringify(rest)}\n`);
  }

  /** Each result with its across messages merged in (`keep` filters them, as --quiet does). */
  *results(display: (path: string) => string, counted: (more: LintMessage[]) => void, keep: (m: LintMessage) => boolean): Generator<FileResult> {
    const more = new Map<number, LintMessage[]>();
    for (const [i, messages] of acrossMessages(this.prints as FileResult[], display)) {
      counted(messages);
      more.set(i, messages.filter(keep));
    }
    this.prints.length = 0;
    let i = 0;
    for (const line of this.spool.lines()) {
      const result = JSON.parse(line) as FileResult;
      const extra = more.get(i++);
      yield extra?.length ? { ...result, messages: [...result.messages, ...extra].sort(byPosition) } : result;
    }
  }

  dispose(): void {
    this.spool.dispose();
  }
}

/** Lints every draft asked for and hands each result to `report`, across findings merged in. */
async function lintAll(options: CliOptions, cwd: string, resolver: ConfigResolver, report: (result: FileResult) => void): Promise<{ warnings: number; errors: number }> {
  const mode: Mode = options.fix ? 'fix' : options.fixDryRun ? 'fix-dry-run' : 'lint';
  // The elements summary costs time per file; only these formats print it.
  const elements = options.format === 'json' || options.format === 'summary' || options.format === 'html';
  const keepText = options.format === 'html';
  let warnings = 0;
  let errors = 0;
  // --max-warnings counts what the rules found; --quiet only changes what is shown.
  const count = (messages: readonly LintMessage[]) => {
    const counts = countsOf(messages);
    warnings += counts.warnings;
    errors += counts.errors;
  };
  const shown = (m: LintMessage) => !options.quiet || m.severity === 'error';
  const keep = (result: FileResult) => {
    count(result.messages);
    return options.quiet ? { ...result, messages: result.messages.filter(shown) } : result;
  };

  if (options.stdin) {
    const filePath = options.stdinFilename ? resolve(cwd, options.stdinFilename) : STDIN_NAME;
    const configPath = options.stdinFilename ? filePath : join(cwd, STDIN_NAME);
    const text = await readDraftStream(process.stdin, options.stdinFilename ?? 'standard input');
    report(keep(lintText(text, filePath, configPath, { mode, resolver, elements, keepText })));
    return { warnings, errors };
  }

  const display = (path: string) => displayPath(path, cwd);
  const held = new HeldResults();
  try {
    for (const result of await lintDrafts(options.patterns, { cwd, ignore: options.ignore, mode, resolver, elements, display, across: true, keepText })) held.add(keep(result));
    // The across rules judge the whole set; then every result is reported, in order.
    for (const result of held.results(display, count, shown)) report(result);
  } finally {
    held.dispose();
  }
  return { warnings, errors };
}

/** `invitelint render ...` (cli/render.ts): the rendered drafts' lint results, reported like a lint run. */
function renderCommand(argv: readonly string[], cwd: string): Promise<number> | number {
  const options = parseRenderArgs(argv);
  if (options.help) {
    process.stdout.write(RENDER_USAGE);
    return 0;
  }
  const resolver = new ConfigResolver(options.config ? { configPath: resolve(cwd, options.config) } : {});
  const results = render(options, cwd, resolver, options.format === 'json' || options.format === 'summary' || options.format === 'html');
  return writeReport(options, cwd, (report) => {
    const total = { warnings: 0, errors: 0 };
    for (const result of results) {
      const counts = countsOf(result.messages);
      total.warnings += counts.warnings;
      total.errors += counts.errors;
      report(result);
    }
    return total;
  });
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

  return writeReport(options, cwd, (report) => lintAll(options, cwd, resolver, report));
}

/**
 * Runs `produce`, formatting each result it reports as it comes, then writes the report and
 * returns the exit code (0 clean, 1 problems). The report is held by a spool until the run
 * succeeds, so a run that fails part-way prints its one-line error and nothing else.
 */
async function writeReport(
  options: Pick<CliOptions, 'format' | 'outputFile' | 'color' | 'maxWarnings'>,
  cwd: string,
  produce: (report: (result: FileResult) => void) => Promise<{ warnings: number; errors: number }> | { warnings: number; errors: number },
): Promise<number> {
  const context: FormatContext = formatContext(cwd, useColor(options.color, !options.outputFile && Boolean(process.stdout.isTTY)));
  const spool = new ReportSpool();
  try {
    const stream = reportStreams[options.format]?.(context);
    const collected: FileResult[] = [];
    const { warnings, errors } = await produce((result) => (stream ? spool.write(stream.file(result)) : collected.push(result)));
    const end = stream ? stream.end() : formatters[options.format](collected, context);
    for (const chunk of typeof end === 'string' ? [end] : end) spool.write(chunk);

    const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
    const code = errors > 0 || tooManyWarnings ? 1 : 0;
    // Set before writing: if the reader closes the pipe early, we still exit with this code.
    process.exitCode = code;
    if (options.outputFile) {
      let fd: number | undefined;
      try {
        fd = openSync(resolve(cwd, options.outputFile), 'w');
        const to = fd;
        spool.deliver((chunk) => (typeof chunk === 'string' ? writeSync(to, chunk) : writeSync(to, chunk)));
      } catch (error) {
        throw fsError(options.outputFile, error, 'cannot write the report: ');
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    } else {
      spool.deliver((chunk) => process.stdout.write(chunk));
    }
    if (tooManyWarnings) process.stderr.write(`invitelint: too many warnings (${warnings}; maximum: ${options.maxWarnings})\n`);
    return code;
  } finally {
    spool.dispose();
  }
}

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
