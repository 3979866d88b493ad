import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { github } from './formatters/github.js';
import { json } from './formatters/json.js';
import { sarif } from './formatters/sarif.js';
import { stylish } from './formatters/stylish.js';
import { summary } from './formatters/summary.js';
import type { FileResult, FormatContext, LintMessage } from './results.js';

const cwd = '/repo';
const context: FormatContext = {
  cwd,
  color: false,
  version: '9.9.9',
  informationUri: 'https://example.test/invitelint',
  rules: [
    { id: 'name-mismatch', description: 'Wrong name.', defaultSeverity: 'error', docsUrl: 'https://docs.test/name-mismatch.md' },
    { id: 'no-context', description: 'No context.', defaultSeverity: 'warning', docsUrl: 'https://docs.test/no-context.md' },
    { id: 'placeholder', description: 'Slot left.', defaultSeverity: 'error', docsUrl: 'https://docs.test/placeholder.md' },
  ],
};

const msg = (m: Partial<LintMessage> & Pick<LintMessage, 'ruleId' | 'severity' | 'message'>): LintMessage => ({ line: 1, column: 1, endLine: 1, endColumn: 2, ...m });

const results: FileResult[] = [
  {
    filePath: '/repo/drafts/a b.invite.md',
    messages: [
      msg({ ruleId: 'name-mismatch', severity: 'error', message: 'The greeting says "Anna": use "Hannah".', line: 4, column: 4, endLine: 4, endColumn: 8, fix: { range: [30, 34], text: 'Hannah' } }),
      msg({ ruleId: 'no-context', severity: 'warning', message: 'No context.', line: 12, column: 1, endLine: 12, endColumn: 20 }),
      msg({ ruleId: 'placeholder', severity: 'info', message: 'Slot "[x]".', suggestions: [{ desc: 'Remove it', fix: { range: [0, 3], text: '' } }] }),
    ],
    output: 'fixed text',
  },
  { filePath: '/repo/clean.invite.md', messages: [] },
];

describe('stylish', () => {
  it('groups by file, aligns columns, drops the final period and sums up', () => {
    expect(stylish(results, context)).toBe(
      [
        '',
        '/repo/drafts/a b.invite.md',
        '   4:4  error    The greeting says "Anna": use "Hannah"  name-mismatch',
        '  12:1  warning  No context                              no-context',
        '   1:1  info     Slot "[x]"                              placeholder',
        '',
        '\u2716 3 problems (1 error, 1 warning, 1 info)',
        '  1 error and 0 warnings potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there are no problems', () => {
    expect(stylish([{ filePath: '/repo/x.invite.md', messages: [] }], context)).toBe('');
  });

  it('colours only when asked', () => {
    expect(stylish(results, context)).not.toContain('\x1b[');
    expect(stylish(results, { ...context, color: true })).toContain('\x1b[31merror');
  });

  it('leaves out the info count and the fixable line when there are none', () => {
    const out = stylish([{ filePath: '/repo/x.invite.md', messages: [msg({ ruleId: 'no-context', severity: 'warning', message: 'No context.' })] }], context);
    expect(out).toContain('\u2716 1 problem (0 errors, 1 warning)\n');
    expect(out).not.toContain('fixable');
  });
});

describe('json', () => {
  const parsed = JSON.parse(json(results));

  it('is the ESLint results array', () => {
    expect(parsed).toHaveLength(2);
    expect(parsed[0]).toMatchObject({ filePath: '/repo/drafts/a b.invite.md', errorCount: 1, warningCount: 2, fixableErrorCount: 1, fixableWarningCount: 0, output: 'fixed text' });
    expect(parsed[0]).not.toHaveProperty('source');
    expect(parsed[1]).toMatchObject({ filePath: '/repo/clean.invite.md', messages: [], errorCount: 0, warningCount: 0 });
    expect(parsed[1]).not.toHaveProperty('output');
  });

  it('maps error to 2 and warning and info to 1, with fix and suggestions as ESLint has them', () => {
    expect(parsed[0].messages).toEqual([
      { ruleId: 'name-mismatch', severity: 2, message: 'The greeting says "Anna": use "Hannah".', line: 4, column: 4, endLine: 4, endColumn: 8, fix: { range: [30, 34], text: 'Hannah' } },
      { ruleId: 'no-context', severity: 1, message: 'No context.', line: 12, column: 1, endLine: 12, endColumn: 20 },
      { ruleId: 'placeholder', severity: 1, message: 'Slot "[x]".', line: 1, column: 1, endLine: 1, endColumn: 2, suggestions: [{ desc: 'Remove it', fix: { range: [0, 3], text: '' } }] },
    ]);
  });
});

describe('sarif', () => {
  const log = JSON.parse(sarif([...results, { filePath: '/elsewhere/z.invite.md', messages: [msg({ ruleId: 'no-context', severity: 'warning', message: 'No context.' })] }], context)) as Log;
  const run = log.runs[0];

  it('describes the tool and every rule', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'invitelint', version: '9.9.9', informationUri: 'https://example.test/invitelint' });
    expect(run.tool.driver.rules).toEqual([
      { id: 'name-mismatch', shortDescription: { text: 'Wrong name.' }, helpUri: 'https://docs.test/name-mismatch.md', defaultConfiguration: { level: 'error' } },
      { id: 'no-context', shortDescription: { text: 'No context.' }, helpUri: 'https://docs.test/no-context.md', defaultConfiguration: { level: 'warning' } },
      { id: 'placeholder', shortDescription: { text: 'Slot left.' }, helpUri: 'https://docs.test/placeholder.md', defaultConfiguration: { level: 'error' } },
    ]);
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe('file:///repo/');
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('reports each problem with its rule index, level and region, relative to cwd', () => {
    expect(run.results).toHaveLength(4);
    expect(run.results![0]).toEqual({
      ruleId: 'name-mismatch',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'The greeting says "Anna": use "Hannah".' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'drafts/a%20b.invite.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 4, endLine: 4, endColumn: 8 } } }],
    });
    expect(run.results!.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['name-mismatch', 0, 'error'],
      ['no-context', 1, 'warning'],
      ['placeholder', 2, 'note'],
      ['no-context', 1, 'warning'],
    ]);
    expect(run.results![3].locations![0].physicalLocation!.artifactLocation).toEqual({ uri: 'file:///elsewhere/z.invite.md' });
  });
});

describe('github', () => {
  it('writes one workflow command per problem, notice for info', () => {
    expect(github(results, context).split('\n')).toEqual([
      '::error file=drafts/a b.invite.md,line=4,col=4,endLine=4,endColumn=8,title=name-mismatch::The greeting says "Anna": use "Hannah".',
      '::warning file=drafts/a b.invite.md,line=12,col=1,endLine=12,endColumn=20,title=no-context::No context.',
      '::notice file=drafts/a b.invite.md,line=1,col=1,endLine=1,endColumn=2,title=placeholder::Slot "[x]".',
      '',
    ]);
  });

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    const out = github([{ filePath: '/repo/odd:name,1.invite.md', messages: [msg({ ruleId: 'placeholder', severity: 'error', message: '100% sure:\r\nyes, really' })] }], context);
    expect(out).toBe('::error file=odd%3Aname%2C1.invite.md,line=1,col=1,endLine=1,endColumn=2,title=placeholder::100%25 sure:%0D%0Ayes, really\n');
  });

  it('prints nothing without problems', () => {
    expect(github([{ filePath: '/repo/x.invite.md', messages: [] }], context)).toBe('');
  });
});

describe('hostile text in the human formats (issue 13)', () => {
  // A frontmatter value quoted in a message, with ESC ] 0 ; (retitle) and ESC [ 2 J (clear).
  const hostile: FileResult[] = [
    {
      filePath: '/repo/a\x1b[2J\x07.invite.md',
      messages: [msg({ ruleId: 'invalid-frontmatter', severity: 'warning', message: '`relationship` must be one of contact; got "\x1b]0;pwned\x07\x9b2J\u202e\ttab".' })],
    },
  ];
  const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/;

  it('stylish shows control characters as escapes', () => {
    const out = stylish(hostile, context);
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toContain('\n/repo/a\\x1b[2J\\x07.invite.md\n');
    expect(out).toContain('got "\\x1b]0;pwned\\x07\\x9b2J\\u202e\\ttab"  invalid-frontmatter');
  });

  it('github shows them as escapes too, and still encodes line breaks its own way', () => {
    const out = github([{ ...hostile[0], messages: [{ ...hostile[0].messages[0], message: `${hostile[0].messages[0].message}\nsecond line` }] }], context);
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toBe('::warning file=a\\x1b[2J\\x07.invite.md,line=1,col=1,endLine=1,endColumn=2,title=invalid-frontmatter::`relationship` must be one of contact; got "\\x1b]0;pwned\\x07\\x9b2J\\u202e\\ttab".%0Asecond line\n');
  });

  it('summary shows file names with escapes', () => {
    const out = summary(hostile, { ...context, cwd: '/repo' });
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toMatch(/^a\\x1b\[2J\\x07\.invite\.md {2}/);
  });

  it('stylish folds a message with a megabyte-long run of spaces in one pass', { timeout: 20_000 }, () => {
    const spaces = ' '.repeat(1024 * 1024);
    const out = stylish([{ filePath: '/repo/x.invite.md', messages: [msg({ ruleId: 'invalid-frontmatter', severity: 'warning', message: `got "x${spaces}y${spaces}\n${spaces}z".` })] }], context);
    expect(out).toContain(`got "x${spaces}y z"  invalid-frontmatter\n`);
  });
});
