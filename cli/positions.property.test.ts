// Issue 13, positions: for every generated draft, the line and column the built CLI reports (in
// JSON, SARIF and GitHub annotations) are where the language server puts the same problem, and
// inside the line they name. Drafts mix CRLF, lone CR and LF, a BOM, emoji, comments, slots,
// wrong names and small limits, so ranges start and end at line breaks and surrogate pairs.
//
// The default run uses a fixed seed (it cannot fail by chance); FUZZ_RUNS=<n> explores with a
// random seed, which fast-check prints on failure (FUZZ_SEED=<n> replays it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Log } from 'sarif';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../rules/engine.js';
import { toDiagnostics } from '../server/diagnostics.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS === undefined ? 20261201 : undefined;
const DRAFTS_PER_RUN = 50;

const eol = fc.constantFrom('\n', '\r\n', '\r\n', '\r');
const word = fc.constantFrom('Hi', 'Anna', 'Hannah', 'great', 'to', 'see', 'you', 'coffee?', 'TODO', '{FirstName}', '[how we met]', '😀', 'Zoë', '—', 'x'.repeat(40), '<!-- note -->', '<!-- invitelint-disable-next-line -->', '**bold**', '\t');
const line = fc.array(word, { minLength: 0, maxLength: 12 }).map((words) => words.join(' '));
const frontmatter = fc.record({ to: fc.constantFrom('Hannah Okafor', 'Zoë Lefèvre', '😀 Kim'), limit: fc.integer({ min: 5, max: 80 }) });
const draft = fc
  .record({
    bom: fc.boolean(),
    header: fc.option(frontmatter),
    lines: fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 10 }),
    end: fc.constantFrom('', '\n', '\r\n'),
  })
  .map(({ bom, header, lines, end }) => {
    const [first] = lines[0];
    const head = header ? `---${lines[0][1]}to: ${header.to}${lines[0][1]}limit: ${header.limit}${lines[0][1]}---${lines[0][1]}` : '';
    return `${bom ? '\uFEFF' : ''}${head}Hi Anna, ${first}${lines[0][1]}${lines.slice(1).map(([text, brk]) => text + brk).join('')}${end}`;
  });

interface Located {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

let tmp: string;
let batch = 0;

function cli(args: string[], cwd: string): string {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'invitelint.js'), ...args], { cwd, encoding: 'utf8' });
  if (run.status === 2 || run.stderr) throw new Error(`invitelint ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

/** What the server publishes for the text as an editor holds it (no BOM), one-based. */
function serverPositions(text: string): Located[] {
  const source = text.replace(/^\uFEFF/, '');
  const document = TextDocument.create('file:///x.invite.md', 'markdown', 1, source);
  return toDiagnostics(document, lint(source).findings).map((d) => ({
    ruleId: String(d.code),
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  }));
}

/** Inside the text: a line that exists, a column at most one past its last character. */
function expectWithinLines(text: string, position: Located, what: string): void {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (const [lineNumber, column] of [
    [position.line, position.column],
    [position.endLine, position.endColumn],
  ]) {
    expect(lineNumber, what).toBeGreaterThanOrEqual(1);
    expect(lineNumber, what).toBeLessThanOrEqual(lines.length);
    expect(column, what).toBeGreaterThanOrEqual(1);
    expect(column, what).toBeLessThanOrEqual(lines[lineNumber - 1].length + 1);
  }
}

beforeAll(() => {
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  tmp = mkdtempSync(join(tmpdir(), 'invitelint-positions-'));
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('positions agree across the CLI formats and the server', () => {
  it(
    'for every generated draft: JSON, SARIF and GitHub line/column equal the server range, inside their line',
    () => {
      fc.assert(
        fc.property(fc.array(draft, { minLength: DRAFTS_PER_RUN, maxLength: DRAFTS_PER_RUN }), (texts) => {
          const dir = join(tmp, `batch-${++batch}`);
          mkdirSync(dir);
          // Across rules compare drafts; the server here lints one draft at a time.
          writeFileSync(join(dir, '.invitelintrc.json'), '{ "root": true, "rules": { "reused-text": "off", "duplicate-recipient": "off" } }');
          const names = texts.map((_, i) => `d${String(i).padStart(3, '0')}.invite.md`);
          texts.forEach((text, i) => writeFileSync(join(dir, names[i]), text));

          const json = JSON.parse(cli(['-f', 'json', '.'], dir)) as Array<{ filePath: string; messages: Located[] }>;
          const sarif = JSON.parse(cli(['-f', 'sarif', '.'], dir)) as Log;
          const github = cli(['-f', 'github', '.'], dir).split('\n').filter(Boolean);

          texts.forEach((text, i) => {
            const what = `${names[i]}: ${JSON.stringify(text)}`;
            const expected = serverPositions(text);
            const fromJson = json.find((r) => r.filePath === join(dir, names[i]))!.messages.map(({ ruleId, line, column, endLine, endColumn }) => ({ ruleId, line, column, endLine, endColumn }));
            expect(fromJson, what).toEqual(expected);
            const fromSarif = sarif.runs[0].results!.filter((r) => r.locations![0].physicalLocation!.artifactLocation!.uri === names[i]).map((r) => {
              const region = r.locations![0].physicalLocation!.region!;
              return { ruleId: r.ruleId!, line: region.startLine!, column: region.startColumn!, endLine: region.endLine!, endColumn: region.endColumn! };
            });
            expect(fromSarif, what).toEqual(expected);
            const fromGithub = github.filter((l) => l.includes(`file=${names[i]},`)).map((l) => {
              const [, lineNumber, column, endLine, endColumn, ruleId] = /line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([a-z-]+)::/.exec(l)!;
              return { ruleId, line: Number(lineNumber), column: Number(column), endLine: Number(endLine), endColumn: Number(endColumn) };
            });
            expect(fromGithub, what).toEqual(expected);
            for (const position of expected) expectWithinLines(text, position, `${what} ${position.ruleId}`);
          });
          rmSync(dir, { recursive: true, force: true });
        }),
        { numRuns: RUNS, endOnFailure: true, ...(SEED === undefined ? {} : { seed: SEED }) },
      );
    },
    Math.max(120_000, RUNS * 20_000),
  );
});
