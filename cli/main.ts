// Entry point: parse the arguments, find and lint the drafts, print one report, set the exit
// code (0 clean, 1 problems, 2 usage/config/I/O). Every expected failure is one stderr line.
import { closeSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pkg from '../package.json' with { type: 'json' };
import { ConfigError, docsUrl, rules } from '../rules/engine.js';
import { ConfigResolver } from '../workspace/config-files.js';
import { parseCliArgs, USAGE, type CliOptions } from './args.js';
import { CliError, displayPath, fsError } from './errors.js';
import { findDrafts } from './files.js';
import { formatters, reportStreams } from './formatters/index.js';
import { decodeDraft } from './read-draft.js';
import { ReportSpool } from './report-spool.js';
import { countsOf, type FileResult, type FormatContext } from './results.js';
import { lintFiles, lintText, type Mode } from './run.js';

const STDIN_NAME = '<text>'; // ESLint's name for standard input without --stdin-filename

function informationUri(): string {
  const meta = pkg as { homepage?: string; repository?: string | { url?: string } };
  const repo = typeof meta.repository === 'string' ? meta.repository : meta.repository?.url;
  return meta.homepage ?? (repo ? repo.replace(/^git\+/, '').replace(/\.git$/, '') : 'https://www.npmjs.com/package/invitelint');
}

/** picocolors' rules, minus its "CI means colour": colour only for a terminal unless forced. */
function useColor(option: boolean | undefined, toTerminal: boolean): boolean {
  if (option !== undefined) return option;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR) return true;
  return toTerminal && process.env.TERM !== 'dumb';
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Lints every draft asked for, handing each result to `report` as it is made (nothing is kept). */
async function lintAll(options: CliOptions, cwd: string, resolver: ConfigResolver, report: (result: FileResult) => void): Promise<{ warnings: number; errors: number }> {
  const mode: Mode = options.fix ? 'fix' : options.fixDryRun ? 'fix-dry-run' : 'lint';
  // The elements summary costs time per file; only these formats print it.
  const elements = options.format === 'json' || options.format === 'summary';
  let warnings = 0;
  let errors = 0;
  // --max-warnings counts what the rules found; --quiet only changes what is shown.
  const keep = (result: FileResult) => {
    const counts = countsOf(result.messages);
    warnings += counts.warnings;
    errors += counts.errors;
    report(options.quiet ? { ...result, messages: result.messages.filter((m) => m.severity === 'error') } : result);
  };

  if (options.stdin) {
    const filePath = options.stdinFilename ? resolve(cwd, options.stdinFilename) : STDIN_NAME;
    const configPath = options.stdinFilename ? filePath : join(cwd, STDIN_NAME);
    const text = decodeDraft(await readStdin(), options.stdinFilename ?? 'standard input');
    keep(lintText(text, filePath, configPath, { mode, resolver, elements }));
    return { warnings, errors };
  }

  const files = await findDrafts(options.patterns.length ? options.patterns : ['.'], { cwd, ignore: options.ignore });
  // Resolve every folder's config first, so a bad config stops the run before --fix writes.
  for (const file of files) resolver.configFor(file);
  for (const result of lintFiles(files, { mode, resolver, elements, display: (path) => displayPath(path, cwd) })) keep(result);
  return { warnings, errors };
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseCliArgs(argv);
  const cwd = process.cwd();
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }

  const resolver = new ConfigResolver(options.config ? { configPath: resolve(cwd, options.config) } : {});
  if (options.printConfig !== undefined) {
    process.stdout.write(`${JSON.stringify(resolver.configFor(resolve(cwd, options.printConfig)), null, 2)}\n`);
    return 0;
  }
  // An explicit config is read up front: a typo in its path is reported before anything else.
  if (options.config) resolver.configFor(join(cwd, STDIN_NAME));

  const context: FormatContext = {
    cwd,
    color: useColor(options.color, !options.outputFile && Boolean(process.stdout.isTTY)),
    rules: rules.map((rule) => ({ id: rule.meta.id, description: rule.meta.description, defaultSeverity: rule.meta.defaultSeverity, docsUrl: docsUrl(rule.meta.id) })),
    version: pkg.version,
    informationUri: informationUri(),
  };
  // The report is written as the drafts are linted (held by the spool until the run succeeds),
  // so memory stays flat however many drafts there are.
  const spool = new ReportSpool();
  try {
    const stream = reportStreams[options.format]?.(context);
    const collected: FileResult[] = [];
    const { warnings, errors } = await lintAll(options, cwd, resolver, (result) => (stream ? spool.write(stream.file(result)) : collected.push(result)));
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
  process.stderr.write(`invitelint: ${known ? '' : 'unexpected error: '}${message.replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
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
