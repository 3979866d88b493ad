// `npm run bench`: the performance suite of issue 4. Not part of `npm test`.
//
// Generates seeded drafts into a temp folder, then measures, in one run and interleaved with
// their baselines: the CLI as whole processes (wall, CPU, peak RSS; median of the runs after a
// warm-up), the engine in process (per-draft median and p99), large and pathological files
// (against the parse floor for the same file, and at doubling sizes), and the language server
// over stdio (didChange → publishDiagnostics latency, memory, edit storms). Prints one table
// and writes bench/results.json.
//
// Environment:
//   BENCH_QUICK=1      smoke mode: fewer drafts, runs and sizes (a minute or two)
//   BENCH_ONLY=a,b     run only these sections: cli, across, engine, large, server
//   BENCH_NO_BUILD=1   measure dist/ and bench/out/ as they are (default: build both first)
//   BENCH_KEEP=1       keep the temp folder with the generated drafts
//   BENCH_SEED=N       generator seed (default 42)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildAll } from './build.mjs';
import { draftOfLength, largeDraft, PATHOLOGICAL, writeDrafts } from './generate.mjs';
import { BENCH, measureNode, QUICK, renderTable, ROOT, round, rusageMethod, summarizeRuns } from './lib.mjs';

const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : undefined;
const wanted = (section) => !only || only.has(section);
const seed = Number(process.env.BENCH_SEED ?? 42);

const P = QUICK
  ? { small: 300, big: 1500, runs: 2, engineRounds: 2, largeRuns: 1, ladder: [1 / 4, 1 / 2], mb: 256 * 1024, mbLadder: [1 / 2, 1], edits: 100, largeEdits: 20, largeBudgetMs: 15_000, openDrafts: 50, storm: 200, largeStorm: 3 }
  : { small: 2000, big: 10000, runs: 5, engineRounds: 3, largeRuns: 3, ladder: [1 / 2, 1, 2], mb: 1024 * 1024, mbLadder: [1 / 2, 1], edits: 500, largeEdits: 500, largeBudgetMs: 60_000, openDrafts: 200, storm: 200, largeStorm: 5 };

const CLI = join(ROOT, 'bin', 'invitelint.js');
const log = (message) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const started = Date.now();
const rows = [];
const raw = {};
const fmtN = (n) => n.toLocaleString('en-US');
const errorText = (error) => `error: ${String(error?.message ?? error).split('\n')[0].slice(0, 120)}`;

function gitState() {
  const git = (...args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim();
  return { commit: git('rev-parse', 'HEAD'), dirty: Boolean(git('status', '--porcelain')) };
}

const meta = {
  date: new Date().toISOString(),
  quick: QUICK,
  seed,
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGB: round(totalmem() / 2 ** 30, 1),
  loadAvgStart: loadavg().map((v) => round(v, 2)),
  rusage: rusageMethod === 'gnu-time' ? '/usr/bin/time -f "%U %S %M"' : 'bench/rusage-hook.mjs (process.resourceUsage at exit)',
  ...gitState(),
  params: P,
};

// --- setup ---------------------------------------------------------------------------------

if (process.env.BENCH_NO_BUILD !== '1') {
  log('building dist/ (node esbuild.mjs) and bench/out/engine.mjs');
  await buildAll();
}

const tmp = mkdtempSync(join(tmpdir(), 'invitelint-bench-'));
const dirs = { small: join(tmp, `drafts-${P.small}`), big: join(tmp, `drafts-${P.big}`), one: join(tmp, 'one'), files: join(tmp, 'files') };
log(`generating ${fmtN(P.small)} and ${fmtN(P.big)} drafts, a ${P.mb / 1024} KB draft and pathological files in ${tmp}`);
writeDrafts(dirs.small, P.small, seed);
writeDrafts(dirs.big, P.big, seed + 1);
mkdirSync(dirs.one);
mkdirSync(dirs.files);
const oneDraft = join(dirs.one, 'one.invite.md');
writeFileSync(oneDraft, readFileSync(writeDrafts(join(tmp, 'one-src'), 1, seed + 2)[0]));
const smallDraft = join(dirs.files, 'small-300.invite.md');
writeFileSync(smallDraft, draftOfLength(300, seed));

/** Large inputs: name → ladder of { size, path }; `base` marks the size the issue names. */
const largeInputs = [];
{
  const sizes = P.mbLadder.map((f) => Math.round(P.mb * f));
  largeInputs.push({
    name: 'realistic draft',
    unit: 'bytes',
    base: P.mb,
    ladder: sizes.map((size) => {
      const path = join(dirs.files, `large-${size}.invite.md`);
      writeFileSync(path, largeDraft(size, seed));
      return { size, path };
    }),
  });
  for (const [name, spec] of Object.entries(PATHOLOGICAL)) {
    const ladder = P.ladder.map((f) => Math.round(spec.base * f)).map((size) => {
      const path = join(dirs.files, `${name}-${size}.invite.md`);
      writeFileSync(path, spec.make(size));
      return { size, path };
    });
    largeInputs.push({ name, unit: spec.unit, base: QUICK ? ladder.at(-1).size : spec.base, ladder });
  }
}
const largeFile = largeInputs[0].ladder.find((l) => l.size === P.mb).path;

const sizeLabel = (size, unit) =>
  unit === 'bytes' ? (size >= 1024 * 1024 ? `${round(size / 1024 / 1024, 2)} MB` : `${round(size / 1000, 1)} KB`) : `${fmtN(size)} ${unit}`;

// --- whole processes: the CLI and its floors ------------------------------------------------

/**
 * Runs each task once per round, rotating the order every round so no task always runs first
 * (or right after a heavy one); a warm-up round first, discarded. Returns task name → summary.
 */
function interleaved(tasks, rounds) {
  const samples = Object.fromEntries(tasks.map((t) => [t.name, []]));
  for (let round = -1; round < rounds; round++) {
    const order = tasks.map((_, i) => tasks[(i + Math.max(0, round)) % tasks.length]);
    for (const task of order) {
      const sample = task.run(round < 0);
      if (round >= 0) samples[task.name].push(sample);
    }
    log(`  round ${round < 0 ? 'warm-up' : round + 1}/${rounds} done`);
  }
  return Object.fromEntries(Object.entries(samples).map(([name, runs]) => [name, summarizeRuns(runs)]));
}

/** The CLI on `target`, output as JSON; the warm-up run checks the report has `expect` files. */
function cliTask(name, target, expect) {
  return {
    name,
    run(warmUp) {
      if (!warmUp) return measureNode([CLI, '--format', 'json', target], { okStatus: [0, 1] });
      const out = join(tmp, `${name.replace(/\W+/g, '-')}.json`);
      const sample = measureNode([CLI, '--format', 'json', '--output-file', out, target], { okStatus: [0, 1] });
      const report = JSON.parse(readFileSync(out, 'utf8'));
      if (report.length !== expect) throw new Error(`${name}: the CLI reported ${report.length} files, expected ${expect}`);
      raw[`${name} findings`] = report.reduce((n, file) => n + file.messages.length, 0);
      rmSync(out);
      return sample;
    },
  };
}
const nodeTask = (name, args) => ({ name, run: () => measureNode(args) });

if (wanted('cli')) {
  try {
    log(`CLI and floors over ${fmtN(P.small)} drafts and one draft: warm-up + ${P.runs} interleaved rounds`);
    const a = interleaved(
      [
        nodeTask('start-up floor', ['-e', '']),
        nodeTask('I/O floor small', [join(BENCH, 'floor-read.mjs'), dirs.small]),
        nodeTask('parse floor small', [join(BENCH, 'floor-parse.mjs'), dirs.small]),
        cliTask('CLI small', dirs.small, P.small),
        cliTask('CLI one', oneDraft, 1),
      ],
      P.runs,
    );
    raw.cliSmall = a;
    rows.push({ section: 'CLI', figure: "start-up floor: node -e '' (wall)", value: a['start-up floor'].wallMs, unit: 'ms' });
    rows.push({ section: 'CLI', figure: `I/O floor: read ${fmtN(P.small)} drafts (wall)`, value: a['I/O floor small'].wallMs, unit: 'ms' });
    rows.push({ section: 'CLI', figure: `parse floor: unified+retext-english, ${fmtN(P.small)} drafts (wall)`, value: a['parse floor small'].wallMs, unit: 'ms' });
    const cs = a['CLI small'];
    const ps = a['parse floor small'];
    rows.push({ section: 'CLI', figure: `CLI ${fmtN(P.small)} drafts: wall`, value: cs.wallMs, unit: 'ms', baseline: ps.wallMs, baselineLabel: 'parse floor', ratio: cs.wallMs / ps.wallMs, budget: '≤ 2.0× parse floor', pass: cs.wallMs / ps.wallMs <= 2 });
    rows.push({ section: 'CLI', figure: `CLI ${fmtN(P.small)} drafts: wall over I/O floor`, value: cs.wallMs, unit: 'ms', baseline: a['I/O floor small'].wallMs, baselineLabel: 'I/O floor', ratio: cs.wallMs / a['I/O floor small'].wallMs });
    rows.push({ section: 'CLI', figure: `CLI ${fmtN(P.small)} drafts: CPU (user+sys)`, value: cs.cpuMs, unit: 'ms', baseline: ps.cpuMs, baselineLabel: 'parse floor', ratio: cs.cpuMs / ps.cpuMs });
    rows.push({ section: 'CLI', figure: `CLI ${fmtN(P.small)} drafts: peak RSS`, value: cs.rssKB, unit: 'KB', baseline: ps.rssKB, baselineLabel: 'parse floor', ratio: cs.rssKB / ps.rssKB });
    const one = a['CLI one'];
    const floor = a['start-up floor'];
    rows.push({ section: 'CLI', figure: 'CLI 1 draft (cold start): wall', value: one.wallMs, unit: 'ms', baseline: floor.wallMs, baselineLabel: 'start-up floor', ratio: one.wallMs / floor.wallMs, budget: '≤ 3.0× start-up floor', pass: one.wallMs / floor.wallMs <= 3 });
    rows.push({ section: 'CLI', figure: 'CLI 1 draft (cold start): peak RSS', value: one.rssKB, unit: 'KB', baseline: floor.rssKB, baselineLabel: 'start-up floor', ratio: one.rssKB / floor.rssKB });

    log(`CLI and floors over ${fmtN(P.big)} drafts: warm-up + ${P.runs} interleaved rounds`);
    const b = interleaved(
      [nodeTask('I/O floor big', [join(BENCH, 'floor-read.mjs'), dirs.big]), nodeTask('parse floor big', [join(BENCH, 'floor-parse.mjs'), dirs.big]), cliTask('CLI big', dirs.big, P.big)],
      P.runs,
    );
    raw.cliBig = b;
    const cb = b['CLI big'];
    const linear = cs.wallMs * (P.big / P.small);
    rows.push({ section: 'CLI', figure: `parse floor: unified+retext-english, ${fmtN(P.big)} drafts (wall)`, value: b['parse floor big'].wallMs, unit: 'ms' });
    rows.push({ section: 'CLI', figure: `CLI ${fmtN(P.big)} drafts: wall`, value: cb.wallMs, unit: 'ms', baseline: linear, baselineLabel: `${P.big / P.small}× CLI ${fmtN(P.small)}`, ratio: cb.wallMs / linear, budget: `≤ 1.5× ${fmtN(P.small)}-draft time, linear`, pass: cb.wallMs / linear <= 1.5 });
    rows.push({ section: 'CLI', figure: `CLI ${fmtN(P.big)} drafts: wall over parse floor`, value: cb.wallMs, unit: 'ms', baseline: b['parse floor big'].wallMs, baselineLabel: 'parse floor', ratio: cb.wallMs / b['parse floor big'].wallMs });
    rows.push({ section: 'CLI', figure: `CLI ${fmtN(P.big)} drafts: CPU (user+sys)`, value: cb.cpuMs, unit: 'ms', baseline: b['parse floor big'].cpuMs, baselineLabel: 'parse floor', ratio: cb.cpuMs / b['parse floor big'].cpuMs });
    rows.push({ section: 'CLI', figure: `CLI ${fmtN(P.big)} drafts: peak RSS (max of runs)`, value: cb.maxRssKB, unit: 'KB', baseline: b['parse floor big'].rssKB, baselineLabel: 'parse floor', ratio: cb.maxRssKB / b['parse floor big'].rssKB, budget: '≤ 150 MB', pass: cb.maxRssKB <= 150 * 1024 });
  } catch (error) {
    log(`CLI section failed: ${error.stack ?? error}`);
    rows.push({ section: 'CLI', figure: 'CLI figures', value: errorText(error), pass: false });
  }
}

// --- across drafts: the cross-draft pass (reused-text, duplicate-recipient) ----------------

if (wanted('across')) {
  try {
    const off = join(tmp, 'across-off.json');
    writeFileSync(off, JSON.stringify({ rules: { 'reused-text': 'off', 'duplicate-recipient': 'off' } }));
    log(`the cross-draft pass: CLI over ${fmtN(P.big)} drafts with and without it, warm-up + ${P.runs} interleaved rounds`);
    const c = interleaved(
      [cliTask('CLI big, across rules on', dirs.big, P.big), { name: 'CLI big, across rules off', run: () => measureNode([CLI, '--format', 'json', '-c', off, dirs.big], { okStatus: [0, 1] }) }],
      P.runs,
    );
    raw.across = c;
    const [on, without] = [c['CLI big, across rules on'], c['CLI big, across rules off']];
    const label = 'across rules off';
    rows.push({ section: 'across', figure: `CLI ${fmtN(P.big)} drafts with the cross-draft pass: wall`, value: on.wallMs, unit: 'ms', baseline: without.wallMs, baselineLabel: label, ratio: on.wallMs / without.wallMs, budget: '≤ 1.2× without it', pass: on.wallMs / without.wallMs <= 1.2 });
    rows.push({ section: 'across', figure: `CLI ${fmtN(P.big)} drafts with the cross-draft pass: CPU (user+sys)`, value: on.cpuMs, unit: 'ms', baseline: without.cpuMs, baselineLabel: label, ratio: on.cpuMs / without.cpuMs, budget: '≤ 1.2× without it', pass: on.cpuMs / without.cpuMs <= 1.2 });
    rows.push({ section: 'across', figure: `CLI ${fmtN(P.big)} drafts with the cross-draft pass: peak RSS (max of runs)`, value: on.maxRssKB, unit: 'KB', baseline: without.maxRssKB, baselineLabel: label, ratio: on.maxRssKB / without.maxRssKB });

    log(`the cross-draft pass in process: ${fmtN(P.small)} and ${fmtN(P.big)} drafts`);
    const child = spawnSync(process.execPath, [join(BENCH, 'across-bench.mjs'), String(P.engineRounds), dirs.small, dirs.big], { cwd: ROOT, encoding: 'utf8', timeout: 30 * 60_000, maxBuffer: 1 << 26 });
    if (child.status !== 0) throw new Error(`across-bench exited ${child.status}: ${child.stderr.trim().split('\n').slice(-3).join(' ')}`);
    const a = JSON.parse(child.stdout.trim().split('\n').at(-1));
    raw.acrossInProcess = a;
    const perDraft = (m) => ((m.printMs + m.judgeMs) * 1000) / m.drafts;
    const [small, big] = [a[dirs.small], a[dirs.big]];
    for (const m of [small, big]) {
      rows.push({ section: 'across', figure: `cross-draft pass per draft, ${fmtN(m.drafts)} drafts (print + judge)`, value: perDraft(m), unit: 'us', baseline: (m.lintMs * 1000) / m.drafts, baselineLabel: 'engine per draft', ratio: perDraft(m) / ((m.lintMs * 1000) / m.drafts) });
    }
    rows.push({ section: 'across', figure: `  growth per draft, ${fmtN(P.small)} → ${fmtN(P.big)} drafts`, value: perDraft(big) / perDraft(small), unit: 'x', budget: '≤ 1.5× (linear = 1×)', pass: perDraft(big) / perDraft(small) <= 1.5 });
    rows.push({ section: 'across', figure: `  across findings on the ${fmtN(P.big)} generated drafts`, value: big.findings, unit: 'count' });
    rows.push({ section: 'across', figure: `  judging alone per draft, ${fmtN(P.small)} → ${fmtN(P.big)} drafts`, value: ((big.judgeMs / big.drafts) * 1000), unit: 'us', baseline: (small.judgeMs / small.drafts) * 1000, baselineLabel: `${fmtN(P.small)} drafts`, ratio: (big.judgeMs / big.drafts) / (small.judgeMs / small.drafts) });
  } catch (error) {
    log(`across section failed: ${error.stack ?? error}`);
    rows.push({ section: 'across', figure: 'cross-draft figures', value: errorText(error), pass: false });
  }
}

// --- in process: the engine and the parse floor ---------------------------------------------

/** Runs `node bench/engine-bench.mjs ARGS…` and parses its JSON line. */
function engineChild(args, timeoutMs) {
  const child = spawnSync(process.execPath, [join(BENCH, 'engine-bench.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 26 });
  if (child.error?.code === 'ETIMEDOUT' || child.signal === 'SIGTERM') throw new Error(`timed out after ${timeoutMs / 1000} s`);
  if (child.status !== 0) throw new Error(`engine-bench exited ${child.status}${child.signal ? ` (${child.signal})` : ''}: ${child.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}

let engineExtras = {};
if (wanted('engine')) {
  try {
    log(`engine in process: ${fmtN(P.small)} drafts × ${P.engineRounds} rounds, interleaved with the parse floor`);
    const e = engineChild(['drafts', dirs.small, String(P.engineRounds), smallDraft], 15 * 60_000);
    raw.engine = e;
    engineExtras = e.extras;
    rows.push({ section: 'engine', figure: `engine per draft: median (${fmtN(e.drafts)} drafts)`, value: e.engine.medianUs, unit: 'us', baseline: e.parse.medianUs, baselineLabel: 'parse floor', ratio: e.engine.medianUs / e.parse.medianUs, budget: '≤ 2.0× parse floor', pass: e.engine.medianUs / e.parse.medianUs <= 2 && e.errorCount === 0 });
    rows.push({ section: 'engine', figure: 'engine per draft: p99', value: e.engine.p99Us, unit: 'us', baseline: e.parse.p99Us, baselineLabel: 'parse floor', ratio: e.engine.p99Us / e.parse.p99Us });
    if (e.errorCount) rows.push({ section: 'engine', figure: 'engine: drafts that threw', value: e.errorCount, unit: 'count', budget: '0', pass: false });
  } catch (error) {
    log(`engine section failed: ${error.stack ?? error}`);
    rows.push({ section: 'engine', figure: 'engine per draft', value: errorText(error), pass: false });
  }
}

// --- large and pathological files -----------------------------------------------------------

const largeResults = {};
if (wanted('large')) {
  for (const input of largeInputs) {
    const measured = [];
    for (const { size, path } of input.ladder) {
      log(`engine in process: ${input.name}, ${sizeLabel(size, input.unit)} × ${P.largeRuns}`);
      try {
        measured.push({ size, path, ...engineChild(['file', path, String(P.largeRuns)], 240_000) });
      } catch (error) {
        measured.push({ size, path, error: errorText(error).replace(/^error: /, '') });
      }
    }
    largeResults[input.name] = measured;
    const at = measured.find((m) => m.size === input.base) ?? measured.at(-1);
    const label = `${input.name} (${sizeLabel(at.size, input.unit)})`;
    if (at.error) {
      rows.push({ section: 'large', figure: `engine: ${label}`, value: `error: ${at.error.slice(0, 90)}`, baseline: at.parseMs, baselineUnit: 'ms', baselineLabel: 'parse floor', budget: '≤ 2.0× parse floor', pass: false });
    } else {
      rows.push({ section: 'large', figure: `engine: ${label}`, value: at.engineMs, unit: 'ms', baseline: at.parseMs, baselineLabel: 'parse floor', ratio: at.engineMs / at.parseMs, budget: '≤ 2.0× parse floor', pass: at.engineMs / at.parseMs <= 2 });
    }
    // Growth per doubling: the worst step of the ladder (linear = 2.0).
    const steps = [];
    for (let i = 1; i < measured.length; i++) {
      const [lo, hi] = [measured[i - 1], measured[i]];
      if (lo.error || hi.error || !lo.engineMs) continue;
      steps.push({ from: lo.size, to: hi.size, engine: hi.engineMs / lo.engineMs / (hi.size / lo.size / 2), floor: hi.parseMs / lo.parseMs / (hi.size / lo.size / 2) });
    }
    const worst = steps.reduce((w, s) => (!w || s.engine > w.engine ? s : w), undefined);
    const ladder = measured.map((m) => sizeLabel(m.size, input.unit)).join(' → ');
    if (worst) {
      const broken = measured.some((m) => m.error);
      rows.push({ section: 'large', figure: `  growth per doubling, ${ladder}${broken ? ' (some sizes failed)' : ''}`, value: worst.engine, unit: 'x', baseline: worst.floor, baselineUnit: 'x', baselineLabel: 'parse floor', budget: '≤ 2.5× (linear = 2×)', pass: worst.engine <= 2.5 && !broken });
    } else {
      rows.push({ section: 'large', figure: `  growth per doubling, ${ladder}`, value: 'n/a (a size failed)', budget: '≤ 2.5× (linear = 2×)', pass: false });
    }
  }
  raw.large = largeResults;
}

// --- the language server --------------------------------------------------------------------

if (wanted('server')) {
  log(`server over stdio: ${P.edits} edits (300 chars), up to ${P.largeEdits} edits or ${P.largeBudgetMs / 1000} s (${sizeLabel(P.mb, 'bytes')}), ${P.openDrafts} drafts opened, storms of ${P.storm} (300 chars) and ${P.largeStorm} (${sizeLabel(P.mb, 'bytes')})`);
  try {
    const drafts = readdirDrafts(dirs.small).slice(0, P.openDrafts);
    const config = { dir: dirs.files, small: smallDraft, large: largeFile, drafts, edits: P.edits, largeEdits: P.largeEdits, largeBudgetMs: P.largeBudgetMs, storm: P.storm, largeStorm: P.largeStorm };
    const child = spawnSync(process.execPath, [join(BENCH, 'server-bench.mjs'), JSON.stringify(config)], { cwd: ROOT, encoding: 'utf8', timeout: 20 * 60_000, maxBuffer: 1 << 26 });
    if (child.status !== 0) throw new Error(`server-bench exited ${child.status}: ${child.stderr.trim().split('\n').slice(-3).join(' ')}`);
    const s = JSON.parse(child.stdout.trim().split('\n').at(-1));
    raw.server = s;
    if (s.latencyError) rows.push({ section: 'server', figure: 'server latency', value: `error: ${s.latencyError.slice(0, 100)}`, pass: false });
    const smallUs = engineExtras[smallDraft]?.engineUs;
    const smallBase = smallUs === undefined ? undefined : smallUs / 1000;
    const largeBase = largeResults['realistic draft']?.find((m) => m.path === largeFile)?.engineMs;
    for (const [key, label, budget, base] of [
      ['small', `${s.small?.chars ?? 300}-char draft`, 5, smallBase],
      ['large', `${sizeLabel(P.mb, 'bytes')} draft`, 250, largeBase],
    ]) {
      const l = s[key];
      if (!l) continue;
      const n = `${l.edits}${l.stoppedByTimeBudget ? ` of ${l.requestedEdits}, time-boxed` : ''} edits`;
      for (const p of [50, 95, 99]) {
        const value = l[`p${p}Ms`];
        rows.push({
          section: 'server',
          figure: `server didChange→diagnostics p${p}, ${label} (${n})`,
          value,
          unit: 'ms',
          baseline: base,
          baselineLabel: base === undefined ? undefined : 'engine in process',
          ratio: base ? value / base : undefined,
          ...(p === 95 ? { budget: `≤ ${budget} ms`, pass: value <= budget } : {}),
        });
      }
      rows.push({ section: 'server', figure: `server didOpen→diagnostics, ${label}`, value: l.openMs, unit: 'ms', baseline: base, baselineLabel: base === undefined ? undefined : 'engine in process', ratio: base ? l.openMs / base : undefined });
    }
    if (s.opened) {
      rows.push({ section: 'server', figure: `server RSS after opening ${s.opened.drafts} drafts`, value: s.opened.rssKB, unit: 'KB', baseline: s.idle.rssKB, baselineLabel: 'idle server', ratio: s.opened.rssKB / s.idle.rssKB });
    } else if (s.openedError) {
      rows.push({ section: 'server', figure: `server RSS after opening ${P.openDrafts} drafts`, value: `error: ${s.openedError.slice(0, 100)}`, pass: false });
    }
    for (const [key, label, base, baseLabel] of [
      ['stormNoDebounce', 'debounce 0', s.small?.p50Ms, 'one edit, p50'],
      ['stormDefaultDebounce', 'default debounce', s.small?.p50Ms, 'one edit, p50'],
      ['stormLargeNoDebounce', `${sizeLabel(P.mb, 'bytes')} draft, debounce 0`, s.large?.p50Ms, `one edit, p50`],
    ]) {
      const st = s[key];
      if (!st) continue;
      if (st.error) {
        rows.push({ section: 'server', figure: `edit storm (${label})`, value: `error: ${st.error.slice(0, 100)}`, pass: false });
        continue;
      }
      rows.push({ section: 'server', figure: `edit storm, ${st.edits} edits unawaited (${label}): publishes for superseded versions`, value: st.nonFinalPublishes, unit: 'count', budget: '0', pass: st.nonFinalPublishes === 0 && st.finalPublishedLast });
      rows.push({ section: 'server', figure: `edit storm (${label}): last edit → final diagnostics`, value: st.lastEditToFinalMs, unit: 'ms', baseline: base, baselineLabel: baseLabel, ratio: base ? st.lastEditToFinalMs / base : undefined });
    }
  } catch (error) {
    log(`server section failed: ${error.stack ?? error}`);
    rows.push({ section: 'server', figure: 'server figures', value: errorText(error), pass: false });
  }
}

/** Every draft under `dir`, in a stable order. */
function readdirDrafts(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.invite.md')) out.push(path);
    }
  };
  walk(dir);
  return out;
}

// --- report --------------------------------------------------------------------------------

meta.loadAvgEnd = loadavg().map((v) => round(v, 2));
meta.durationS = round((Date.now() - started) / 1000, 1);
meta.busy = Math.max(meta.loadAvgStart[0], meta.loadAvgEnd[0], meta.loadAvgStart[1], meta.loadAvgEnd[1]) > meta.cpus;
const table = renderTable(rows);
const budgets = rows.filter((r) => r.pass !== undefined);
const failed = budgets.filter((r) => !r.pass);
const summary = `${budgets.length - failed.length} of ${budgets.length} budgets hold${failed.length ? `; FAIL: ${failed.map((r) => r.figure.trim()).join('; ')}` : ''}`;
process.stdout.write(
  `\ninvitelint bench${QUICK ? ' (BENCH_QUICK: smoke mode, not the budgets’ sizes)' : ''}: node ${meta.node}, ${meta.cpus} cores, load ${meta.loadAvgStart.join(' ')} → ${meta.loadAvgEnd.join(' ')}, ${meta.durationS} s\n` +
    `whole-process figures: median of ${P.runs} runs after a warm-up, interleaved with their floors; CPU and RSS via ${meta.rusage}\n` +
    (meta.busy ? `WARNING: the machine was busy (load average above ${meta.cpus} cores): wall times and latencies include waiting for a CPU; the CPU-time ratios are steadier\n` : '') +
    `\n${table}\n\n${summary}\n`,
);
const results = {
  meta,
  rows: rows.map((r) => ({ ...r, value: typeof r.value === 'number' ? round(r.value, 3) : r.value, baseline: typeof r.baseline === 'number' ? round(r.baseline, 3) : r.baseline, ratio: typeof r.ratio === 'number' ? round(r.ratio, 3) : r.ratio })),
  summary,
  raw,
};
writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`wrote bench/results.json`);
if (process.env.BENCH_KEEP === '1') log(`kept ${tmp}`);
else rmSync(tmp, { recursive: true, force: true });
// Budgets are reported, not enforced: the exit code says only whether the bench itself ran.
