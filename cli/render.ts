// `invitelint render TEMPLATE --data recipients.csv --out DIR`: one draft per row, the
// template's merge fields filled from the row's columns and `to:` from its name column, each
// result linted, then written atomically. Every problem with the data is found before anything
// is written, and is one line naming the row and the field (exit 2).
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { isDocument, parseDocument, stringify } from 'yaml';
import { fieldKey, mergeFields, type MergeField } from '../rules/draft/merge-fields.js';
import { parseDraft } from '../rules/engine.js';
import type { ConfigResolver } from '../workspace/config-files.js';
import { CliError, displayPath, fsError } from './errors.js';
import { FORMAT_NAMES, type FormatName } from './formatters/index.js';
import { decodeDraft, readDraft } from './read-draft.js';
import type { FileResult } from './results.js';
import { lintText } from './run.js';

export const RENDER_USAGE = `Usage: invitelint render TEMPLATE --data RECIPIENTS.csv --out DIR [options]

Writes one draft per row of RECIPIENTS.csv into DIR: the template's merge fields ({FirstName},
{{company}}, [how we met], ... matched to column headers ignoring case, spaces and "_") filled
from the row, and to: set from the name column. Each draft is linted and reported like
\`invitelint\`; nothing is written if any row is missing a value, and no file is replaced
unless --force is given.

Options:
      --data PATH          the recipients, as CSV with a header row (at most 4 MiB, 10,000 rows)
      --out DIR            where the drafts go (created if missing)
      --to-column NAME     the column for to: (default: "to", "name", "full name" or
                           "recipient", else "first name" and "last name" joined)
      --dry-run            lint the drafts without writing them
      --force              replace drafts that already exist in DIR
  -f, --format NAME        report format: ${FORMAT_NAMES.join(', ')} (default: stylish)
  -o, --output-file PATH   write the report to PATH
  -c, --config PATH        use this config file for the drafts
      --max-warnings N     exit 1 when there are more than N warnings
      --color, --no-color  force colour on or off
  -h, --help               print this help

Exit codes: 0 no lint errors, 1 lint errors (the drafts are still written), 2 usage, data or
I/O problem (nothing written).
`;

export interface RenderOptions {
  template: string;
  data: string;
  out: string;
  toColumn?: string;
  dryRun: boolean;
  force: boolean;
  format: FormatName;
  outputFile?: string;
  config?: string;
  maxWarnings?: number;
  color?: boolean;
  help: boolean;
}

const usage = (message: string) => new CliError(`${message} (see invitelint render --help)`);

export function parseRenderArgs(argv: readonly string[]): RenderOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        out: { type: 'string' },
        'to-column': { type: 'string' },
        'dry-run': { type: 'boolean' },
        force: { type: 'boolean' },
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw usage((error as Error).message.split('\n')[0].replace(/\. To specify a positional argument.*$/, ''));
  }
  const { values, positionals } = parsed;
  const options: RenderOptions = {
    template: positionals[0] ?? '',
    data: values.data ?? '',
    out: values.out ?? '',
    toColumn: values['to-column'],
    dryRun: Boolean(values['dry-run']),
    force: Boolean(values.force),
    format: (values.format ?? 'stylish') as FormatName,
    outputFile: values['output-file'],
    config: values.config,
    color: values['no-color'] ? false : values.color ? true : undefined,
    help: Boolean(values.help),
  };
  if (options.help) return options;
  if (positionals.length !== 1) throw usage(positionals.length ? `render takes one template, got ${positionals.length}` : 'render needs a template');
  if (!options.data) throw usage('render needs --data RECIPIENTS.csv');
  if (!options.out && !options.dryRun) throw usage('render needs --out DIR (or --dry-run)');
  if (!(FORMAT_NAMES as string[]).includes(options.format)) throw usage(`unknown format "${options.format}" (expected ${FORMAT_NAMES.join(', ')})`);
  if (values['max-warnings'] !== undefined) {
    if (!/^(-1|\d+)$/.test(values['max-warnings'])) throw usage(`--max-warnings expects a whole number, got "${values['max-warnings']}"`);
    options.maxWarnings = values['max-warnings'] === '-1' ? undefined : Number(values['max-warnings']);
  }
  return options;
}

/** The largest recipient list read, in bytes: 10,000 rows of a few hundred characters fit. */
export const MAX_CSV_BYTES = 4 * 1024 * 1024;
/** The most rows rendered in one run: each becomes a file, linted and held until reported. */
export const MAX_ROWS = 10_000;

/** Reads the CSV as text: a regular file of at most MAX_CSV_BYTES, strict UTF-8 (a BOM is dropped). */
export function readRecipients(path: string, name: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new CliError(`${name}: not a regular file`);
    if (stat.size > MAX_CSV_BYTES) throw new CliError(`${name}: too large for a recipient list (${stat.size.toLocaleString('en-US')} bytes; the limit is ${MAX_CSV_BYTES.toLocaleString('en-US')})`);
    return decodeDraft(readFileSync(fd), name).replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fsError(name, error, 'cannot read: ');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const QUOTE_PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted cell (quote the whole cell and double the quote)',
  CSV_INVALID_CLOSING_QUOTE: 'text after a closing quote (quote the whole cell and double any quote inside it)',
};

/** The rows as arrays of cells, the header first; a parse error is one line naming the row. */
export function parseRecipients(text: string, name: string): string[][] {
  try {
    return parseCsv(text, { skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (error) {
    const e = error as Error & { code?: string; records?: number; lines?: number; column?: number; invalid_field_length?: number };
    const row = (e.records ?? 0) + 1;
    const where = `${name}: row ${row}${e.lines !== undefined && e.lines !== row ? ` (line ${e.lines})` : ''}`;
    if (e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
      const expected = /expect (\d+), got (\d+)/.exec(e.message);
      throw new CliError(`${where}: malformed CSV: ${expected ? `${expected[2]} cells where the header has ${expected[1]}` : e.message}`);
    }
    const problem = (e.code && QUOTE_PROBLEMS[e.code]) ?? e.message;
    throw new CliError(`${where}${e.column !== undefined && e.code !== 'CSV_QUOTE_NOT_CLOSED' ? `, cell ${e.column + 1}` : ''}: malformed CSV: ${problem}`);
  }
}

const NAME_COLUMNS = ['to', 'name', 'fullname', 'recipient', 'recipientname', 'contactname'];
const FIRST_COLUMNS = ['firstname', 'first', 'fname', 'givenname'];
const LAST_COLUMNS = ['lastname', 'last', 'lname', 'surname', 'familyname'];

/** The column(s) `to:` comes from: one name column, or a first and a last name joined. */
function nameColumns(header: string[], keys: string[], csvName: string, wanted?: string): number[] {
  if (wanted !== undefined) {
    const at = keys.indexOf(fieldKey(wanted));
    if (at < 0) throw new CliError(`${csvName}: row 1: no column "${wanted}" for --to-column (columns: ${header.join(', ')})`);
    return [at];
  }
  const whole = keys.findIndex((key) => NAME_COLUMNS.includes(key));
  if (whole >= 0) return [whole];
  const first = keys.findIndex((key) => FIRST_COLUMNS.includes(key));
  const last = keys.findIndex((key) => LAST_COLUMNS.includes(key));
  if (first >= 0 && last >= 0) return [first, last];
  throw new CliError(`${csvName}: row 1: no column for the recipient's name (to:): add a "name" column or pass --to-column (columns: ${header.join(', ')})`);
}

export interface RenderedDraft {
  path: string;
  text: string;
  /** The CSV row it came from (the header is row 1). */
  row: number;
}

/** ASCII file name from a person's name: "José Núñez" -> "jose-nunez". */
function slug(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

/**
 * Fills the template once per row, without I/O: text in, drafts out. Throws a CliError
 * for the first problem found (a field without a column, an empty cell, a line break in a cell).
 */
export function renderRows(template: { text: string; name: string }, rows: string[][], csvName: string, outDir: string, toColumn?: string): RenderedDraft[] {
  const [header, ...records] = rows;
  if (!header || header.length === 0) throw new CliError(`${csvName}: row 1: no header row (the first row names the columns)`);
  if (records.length > MAX_ROWS) throw new CliError(`${csvName}: ${records.length.toLocaleString('en-US')} rows; render takes at most ${MAX_ROWS.toLocaleString('en-US')} in one run (split the file)`);
  const keys = header.map(fieldKey);
  keys.forEach((key, i) => {
    if (key === '') throw new CliError(`${csvName}: row 1, cell ${i + 1}: empty column name`);
    const twin = keys.indexOf(key);
    if (twin !== i) throw new CliError(`${csvName}: row 1: columns "${header[twin]}" and "${header[i]}" have the same name`);
  });

  const draft = parseDraft(template.text);
  const fields = mergeFields(draft);
  const columnOf = (field: MergeField) => {
    const at = keys.indexOf(fieldKey(field.name));
    if (at < 0) throw new CliError(`${csvName}: row 1: no column for merge field ${template.text.slice(field.start, field.end)} in ${template.name} (columns: ${header.join(', ')})`);
    return at;
  };
  const columns = fields.map(columnOf);
  const toColumns = nameColumns(header, keys, csvName, toColumn);
  const eol = template.text.includes('\r\n') ? '\r\n' : '\n';
  const frontmatter = frontmatterTemplate(draft, template.name);

  const used = new Set<string>();
  return records.map((record, r) => {
    const row = r + 2;
    const cell = (column: number, what: string) => {
      const value = record[column].trim();
      if (value === '') throw new CliError(`${csvName}: row ${row}: empty cell in column "${header[column]}" ${what}`);
      if (/[\r\n]/.test(value)) throw new CliError(`${csvName}: row ${row}: the cell in column "${header[column]}" has a line break; a merge field fills one line`);
      return value;
    };
    const to = toColumns.map((column) => cell(column, "(the recipient's name, for to:)")).join(' ');
    let body = template.text.slice(draft.body.start);
    for (let i = fields.length - 1; i >= 0; i--) {
      const field = fields[i];
      const value = cell(columns[i], `for merge field ${template.text.slice(field.start, field.end)}`);
      body = body.slice(0, field.start - draft.body.start) + value + body.slice(field.end - draft.body.start);
    }
    let name = slug(to) || `row-${row}`;
    for (let n = 2; used.has(name); n++) name = `${slug(to) || `row-${row}`}-${n}`;
    used.add(name);
    return { path: join(outDir, `${name}.invite.md`), text: `${frontmatter(to, eol)}${body}`, row };
  });
}

/** The rendered drafts' frontmatter: the template's, with `to:` set and `template:` removed. */
function frontmatterTemplate(draft: ReturnType<typeof parseDraft>, templateName: string): (to: string, eol: string) => string {
  const fence = (yaml: string, eol: string) => `---${eol}${yaml.replace(/\r?\n/g, eol)}---${eol}`;
  if (!draft.frontmatter) return (to, eol) => fence(stringify({ to }), eol);
  const source = draft.text.slice(draft.frontmatter.content.start, draft.frontmatter.content.end);
  const document = parseDocument(source);
  if (document.errors.length > 0 || !isDocument(document)) throw new CliError(`${templateName}: the frontmatter is not valid YAML: ${document.errors[0]?.message.split('\n')[0]}`);
  return (to, eol) => {
    const copy = document.clone();
    copy.delete('template');
    copy.set('to', to);
    return fence(copy.toString(), eol);
  };
}

/** Writes every draft or none: all to temp files first, then each renamed into place. */
export function writeAll(drafts: readonly RenderedDraft[], display: (path: string) => string): void {
  const temps: string[] = [];
  try {
    for (const draft of drafts) {
      const temp = join(resolve(draft.path, '..'), `.${basename(draft.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      const fd = openSync(temp, 'wx', 0o644);
      temps.push(temp);
      try {
        writeFileSync(fd, draft.text, 'utf8');
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw fsError(display(drafts[temps.length]?.path ?? drafts[0].path), error, 'cannot write: ');
  }
  drafts.forEach((draft, i) => {
    try {
      renameSync(temps[i], draft.path);
    } catch (error) {
      for (const temp of temps.slice(i)) rmSync(temp, { force: true });
      throw fsError(display(draft.path), error, 'cannot write: ');
    }
  });
}

/** Runs `render`: reads, fills, lints and (unless a dry run) writes; returns the lint results. */
export function render(options: RenderOptions, cwd: string, resolver: ConfigResolver, elements: boolean): FileResult[] {
  const display = (path: string) => displayPath(path, cwd);
  const templatePath = resolve(cwd, options.template);
  const template = readDraft(templatePath, options.template);
  const csv = readRecipients(resolve(cwd, options.data), options.data);
  const outDir = resolve(cwd, options.out || '.');
  const drafts = renderRows({ text: template.text, name: options.template }, parseRecipients(csv, options.data), options.data, outDir, options.toColumn);
  const results = drafts.map((draft) => lintText(draft.text, draft.path, draft.path, { mode: 'lint', resolver, elements, keepText: options.format === 'html' }, display(draft.path)));
  if (!options.dryRun && drafts.length > 0) {
    const taken = options.force ? undefined : drafts.find((draft) => existsSync(draft.path));
    if (taken) throw new CliError(`${display(taken.path)} already exists; nothing written (pass --force to replace drafts)`);
    try {
      mkdirSync(outDir, { recursive: true });
    } catch (error) {
      throw fsError(display(outDir), error, 'cannot create: ');
    }
    writeAll(drafts, display);
  }
  process.stderr.write(`invitelint: ${options.dryRun ? 'would write' : 'wrote'} ${drafts.length} draft${drafts.length === 1 ? '' : 's'} ${options.dryRun ? 'to' : 'into'} ${display(outDir)}${options.dryRun ? ' (dry run: nothing written)' : ''}\n`);
  return results;
}
