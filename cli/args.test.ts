import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './args.js';

const error = (argv: string[]) => {
  try {
    parseCliArgs(argv);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('parseCliArgs', () => {
  it('has ESLint-like defaults', () => {
    expect(parseCliArgs(['drafts'])).toMatchObject({ patterns: ['drafts'], format: 'stylish', fix: false, fixDryRun: false, quiet: false, maxWarnings: undefined, stdin: false, ignore: true, color: undefined });
  });

  it('reads every option', () => {
    const options = parseCliArgs(['-f', 'json', '--fix-dry-run', '--max-warnings', '3', '--quiet', '-c', 'rc.json', '--no-color', '--no-ignore', '-o', 'out.json', 'a', 'b']);
    expect(options).toMatchObject({ format: 'json', fixDryRun: true, maxWarnings: 3, quiet: true, config: 'rc.json', color: false, ignore: false, outputFile: 'out.json', patterns: ['a', 'b'] });
    expect(parseCliArgs(['--max-warnings=-1']).maxWarnings).toBeUndefined();
  });

  it('takes - or --stdin for standard input', () => {
    expect(parseCliArgs(['-'])).toMatchObject({ stdin: true, patterns: [] });
    expect(parseCliArgs(['--stdin', '--stdin-filename', 'x.invite.md'])).toMatchObject({ stdin: true, stdinFilename: 'x.invite.md' });
  });

  it('rejects unknown options and bad values in one line', () => {
    expect(error(['--bogus'])).toBe('unknown option --bogus (see invitelint --help)');
    expect(error(['-f', 'xml'])).toBe('unknown format "xml" (expected stylish, json, sarif, github, summary, html) (see invitelint --help)');
    expect(error(['--format'])).toBe('option --format needs a value (see invitelint --help)');
    expect(error(['--max-warnings', 'many'])).toContain('--max-warnings expects a whole number');
    expect(error(['--fix', 'x'])).toBe('no error');
  });

  it('rejects combinations that cannot work', () => {
    expect(error(['--fix', '--fix-dry-run'])).toContain('cannot be used together');
    expect(error(['--stdin', 'a.invite.md'])).toContain('not both');
    expect(error(['--stdin-filename', 'a'])).toContain('needs --stdin');
    expect(error(['--stdin', '--fix'])).toContain('--fix cannot write to standard input');
    expect(error(['--print-config', 'a', 'b'])).toContain('--print-config');
  });

  it('lets --help and --version through whatever else is given', () => {
    expect(parseCliArgs(['--fix', '--fix-dry-run', '--help']).help).toBe(true);
    expect(parseCliArgs(['-v']).version).toBe(true);
  });
});
