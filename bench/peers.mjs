// `npm run bench:peers`: invitelint against the prose and Markdown linters a team might run on
// the same drafts folder instead: write-good, markdownlint-cli2, textlint with
// textlint-rule-write-good, and alex. They are installed in bench/peers/ from its own pinned
// lockfile (never the project's dependencies). Each tool runs as a whole process over the same
// seeded drafts, interleaved round by round with invitelint and the parse floor (unified +
// retext-english); one table of medians and ratios; bench/peers-results.json keeps the samples.
//
// Environment: BENCH_QUICK=1 (300 drafts, 2 rounds), BENCH_NO_BUILD=1 (measure dist/ as it is),
// BENCH_SEED=N, PEERS_DRAFTS=N, PEERS_ROUNDS=N.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDrafts } from './generate.mjs';
import { BENCH, measureNode, QUICK, renderTable, ROOT, round, rusageMethod, summarizeRuns } from './lib.mjs';

const PEERS = join(BENCH, 'peers');
const MODULES = join(PEERS, 'node_modules');
const drafts = Number(process.env.PEERS_DRAFTS ?? (QUICK ? 300 : 2000));
const rounds = Number(process.env.PEERS_ROUNDS ?? (QUICK ? 2 : 5));
const seed = Number(process.env.BENCH_SEED ?? 42);
const log = (message) => process.stderr.write(`[bench:peers ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

// --- setup: the peers (their own folder and lockfile), the CLI, the drafts -------------------

if (!existsSync(join(MODULES, '.package-lock.json'))) {
  log('installing the peers into bench/peers/ (npm ci, from bench/peers/package-lock.json)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: PEERS, stdio: 'inherit' });
}
if (process.env.BENCH_NO_BUILD !== '1') {
  log('building dist/ (node esbuild.mjs)');
  execFileSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
}
const version = (name) => JSON.parse(execFileSync(process.execPath, ['-p', `JSON.stringify(require(${JSON.stringify(join(MODULES, name, 'package.json'))}).version)`], { encoding: 'utf8' }));

const tmp = mkdtempSync(join(tmpdir(), 'invitelint-peers-'));
const dir = join(tmp, 'drafts');
log(`generating ${drafts} drafts in ${dir}`);
const paths = writeDrafts(dir, drafts, seed);

// --- the tools, each a node process over the whole folder -------------------------------------

/** Exit codes are each tool's own (write-good exits with its problem count): any is accepted;
 *  the warm-up run checks instead that the tool really reported on the drafts. */
const ANY_STATUS = Array.from({ length: 256 }, (_, i) => i);
const tools = [
  { name: 'parse floor', args: [join(BENCH, 'floor-parse.mjs'), dir], floor: true },
  { name: 'invitelint', args: [join(ROOT, 'bin', 'invitelint.js'), '--format', 'json', dir], self: true, mentions: /"filePath"/ },
  { name: `write-good ${version('write-good')}`, args: [join(MODULES, 'write-good', 'bin', 'write-good.js'), '--parse', ...paths], mentions: /\.invite\.md:\d+:\d+:/ },
  { name: `markdownlint-cli2 ${version('markdownlint-cli2')}`, args: [join(MODULES, 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), `${dir}/**/*.invite.md`], mentions: /\.invite\.md:\d+/ },
  { name: `textlint ${version('textlint')} + write-good rule ${version('textlint-rule-write-good')}`, args: [join(MODULES, 'textlint', 'bin', 'textlint.js'), '--rule', 'write-good', dir], mentions: /\.invite\.md/ },
  { name: `alex ${version('alex')}`, args: [join(MODULES, 'alex', 'cli.js'), dir], mentions: /\.invite\.md/ },
];
const cwdOf = (tool) => (tool.floor || tool.self ? ROOT : PEERS);

/** The warm-up: each tool once, its output checked to be a report on these drafts. */
function warmUp(tool) {
  const run = spawnSync(process.execPath, tool.args, { cwd: cwdOf(tool), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.error) throw run.error;
  if (run.signal) throw new Error(`${tool.name} was killed by ${run.signal}: ${run.stderr.slice(0, 300)}`);
  if (tool.mentions && !tool.mentions.test(run.stdout + run.stderr)) throw new Error(`${tool.name} reported nothing on the drafts (exit ${run.status}): ${(run.stderr || run.stdout).slice(0, 300)}`);
}

log(`warm-up, then ${rounds} rounds, the tools in rotating order each round`);
const samples = Object.fromEntries(tools.map((t) => [t.name, []]));
const meta = { date: new Date().toISOString(), quick: QUICK, seed, drafts, rounds, node: process.version, cpus: cpus().length, loadAvgStart: loadavg().map((v) => round(v, 2)), rusage: rusageMethod };
for (const tool of tools) warmUp(tool);
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < tools.length; i++) {
    const tool = tools[(i + r) % tools.length];
    samples[tool.name].push(measureNode(tool.args, { cwd: cwdOf(tool), okStatus: ANY_STATUS }));
  }
  log(`  round ${r + 1}/${rounds} done (load ${loadavg()[0].toFixed(2)})`);
}
meta.loadAvgEnd = loadavg().map((v) => round(v, 2));

// --- the table -------------------------------------------------------------------------------

const summary = Object.fromEntries(Object.entries(samples).map(([name, runs]) => [name, summarizeRuns(runs)]));
const floor = summary['parse floor'];
const self = summary.invitelint;
const rows = [];
for (const tool of tools) {
  const s = summary[tool.name];
  rows.push({ figure: `${tool.name}: wall`, value: s.wallMs, unit: 'ms', ...(tool.floor ? {} : { baseline: floor.wallMs, baselineLabel: 'parse floor', ratio: s.wallMs / floor.wallMs }) });
}
for (const tool of tools.filter((t) => !t.floor && !t.self)) {
  const s = summary[tool.name];
  const ratio = self.wallMs / s.wallMs;
  rows.push({ figure: `invitelint ÷ ${tool.name}: wall`, value: self.wallMs, unit: 'ms', baseline: s.wallMs, baselineLabel: tool.name.split(' ')[0], ratio, budget: '< 1.0 (faster)', pass: ratio < 1 });
}
for (const tool of tools) {
  const s = summary[tool.name];
  rows.push({ figure: `${tool.name}: CPU (user+sys), peak RSS`, value: `${(s.cpuMs / 1000).toFixed(2)} s, ${(s.rssKB / 1024).toFixed(0)} MB` });
}

const busy = Math.max(...meta.loadAvgStart.slice(0, 2), ...meta.loadAvgEnd.slice(0, 2)) > meta.cpus;
process.stdout.write(
  `\ninvitelint bench:peers${QUICK ? ' (BENCH_QUICK)' : ''}: ${drafts} drafts, median of ${rounds} interleaved rounds after a warm-up; node ${meta.node}, ${meta.cpus} cores, load ${meta.loadAvgStart.join(' ')} → ${meta.loadAvgEnd.join(' ')}\n` +
    (busy ? `WARNING: the machine was busy (load average above ${meta.cpus} cores): wall times include waiting for a CPU\n` : '') +
    `\n${renderTable(rows)}\n`,
);
writeFileSync(join(BENCH, 'peers-results.json'), `${JSON.stringify({ meta, rows: rows.map((r) => ({ ...r, value: typeof r.value === 'number' ? round(r.value, 1) : r.value, baseline: typeof r.baseline === 'number' ? round(r.baseline, 1) : r.baseline, ratio: typeof r.ratio === 'number' ? round(r.ratio, 3) : r.ratio })), samples: Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, v.samples])) }, null, 2)}\n`);
log('wrote bench/peers-results.json');
rmSync(tmp, { recursive: true, force: true });

