// Command-line parsing with node:util parseArgs in strict mode: an unknown option or a bad
// combination is a usage error (exit 2), reported in one line.
import { parseArgs } from 'node:util';
import { CliError } from './errors.js';
import { FORMAT_NAMES, type FormatName } from './formatters/index.js';

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  fix: boolean;
  fixDryRun: boolean;
  quiet: boolean;
  /** undefined: no limit. */
  maxWarnings?: number;
  config?: string;
  printConfig?: string;
  stdin: boolean;
  stdinFilename?: string;
  outputFile?: string;
  /** undefined: decide from the terminal and the environment. */
  color?: boolean;
  ignore: boolean;
  reportUnusedDisableDirectives: boolean;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: invitelint [options] [file | folder | glob ...]
       invitelint --stdin [--stdin-filename PATH] [options]
       invitelint render TEMPLATE --data RECIPIENTS.csv --out DIR   (see invitelint render --help)

Lints LinkedIn connection-invitation drafts (*.invite.md).

Folders are searched for *.invite.md files, skipping what .gitignore and .invitelintignore
files (in the folder, below it, and above it up to the git root) ignore, and node_modules.
Globs are expanded the same way. A file named explicitly is always linted, whatever its
extension. With no arguments, the current folder is linted. A draft over 1 MiB (1,048,576
bytes) is refused, not linted: an invitation note is at most 300 characters.

Options:
  -f, --format NAME        output format: ${FORMAT_NAMES.join(', ')} (default: stylish)
      --fix                write safe fixes to the files, then report what remains
      --fix-dry-run        report as if fixed, without writing; --format json adds "output"
      --max-warnings N     exit 1 when there are more than N warnings (infos do not count)
      --quiet              report errors only
  -c, --config PATH        use this config file instead of searching for .invitelintrc.json
      --print-config FILE  print the config that applies to FILE as JSON, and exit
      --stdin, -           lint standard input
      --stdin-filename P   the path standard input stands for (config lookup and output)
  -o, --output-file PATH   write the report to PATH instead of standard output
      --color, --no-color  force colour on or off (default: on for a terminal, unless
                           NO_COLOR is set; FORCE_COLOR turns it on)
      --no-ignore          do not read .gitignore and .invitelintignore files
      --report-unused-disable-directives
                           report disable comments that switch nothing off, as errors
  -v, --version            print the version
  -h, --help               print this help

Exit codes:
  0  no errors, and no more warnings than --max-warnings allows
  1  at least one error, or too many warnings
  2  usage error, bad config, or a file that cannot be found, read, or is over 1 MiB
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'print-config': { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'no-ignore': { type: 'boolean' },
  'report-unused-disable-directives': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usage(message: string): CliError {
  return new CliError(`${message} (see invitelint --help)`);
}

/** Rewords parseArgs' errors, which are long and suggest `--` tricks, into one short line. */
function parseError(error: unknown): CliError {
  const e = error as Error & { code?: string };
  const option = /--[\w-]+/.exec(e.message)?.[0] ?? /'(-[^']*)'/.exec(e.message)?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return usage(`unknown option ${option ?? e.message}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (option && /ambiguous/.test(e.message)) return usage(`option ${option} needs a value; write ${option}=VALUE for one starting with -`);
      return usage(option && /missing/.test(e.message) ? `option ${option} needs a value` : e.message);
    default:
      return usage(e.message);
  }
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw parseError(error);
  }
  const { values, positionals } = parsed;

  const format = values.format ?? 'stylish';
  if (!(FORMAT_NAMES as string[]).includes(format)) {
    throw usage(`unknown format "${format}" (expected ${FORMAT_NAMES.join(', ')})`);
  }

  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    // -1 means no limit, as in ESLint.
    if (!/^(-1|\d+)$/.test(raw)) throw usage(`--max-warnings expects a whole number, got "${raw}"`);
    maxWarnings = raw === '-1' ? undefined : Number(raw);
  }

  const stdin = Boolean(values.stdin) || positionals.includes('-');
  const patterns = positionals.filter((p) => p !== '-');

  const options: CliOptions = {
    patterns,
    format: format as FormatName,
    fix: Boolean(values.fix),
    fixDryRun: Boolean(values['fix-dry-run']),
    quiet: Boolean(values.quiet),
    maxWarnings,
    config: values.config,
    printConfig: values['print-config'],
    stdin,
    stdinFilename: values['stdin-filename'],
    outputFile: values['output-file'],
    color: values['no-color'] ? false : values.color ? true : undefined,
    ignore: !values['no-ignore'],
    reportUnusedDisableDirectives: Boolean(values['report-unused-disable-directives']),
    help: Boolean(values.help),
    version: Boolean(values.version),
  };
  if (options.help || options.version) return options;

  if (options.fix && options.fixDryRun) throw usage('--fix and --fix-dry-run cannot be used together');
  if (options.stdin && patterns.length > 0) throw usage('lint either standard input or files, not both');
  if (options.stdinFilename !== undefined && !options.stdin) throw usage('--stdin-filename needs --stdin');
  if (options.stdin && options.fix) throw usage('--fix cannot write to standard input; use --fix-dry-run --format json to get the fixed text');
  if (options.printConfig !== undefined && (patterns.length > 0 || options.stdin)) throw usage('--print-config takes one file and no other files to lint');
  for (const name of ['config', 'print-config', 'stdin-filename', 'output-file'] as const) {
    if (values[name] === '') throw usage(`--${name} needs a non-empty path`);
  }
  return options;
}
