// In-process figures: the engine (bench/out/engine.mjs, built from rules/engine.ts) against the
// parse floor (unified + retext-english, parse only), interleaved draft by draft. Run as a child
// of bench/run.mjs so each measurement gets a fresh heap; prints one JSON line.
//
//   node bench/engine-bench.mjs drafts DIR ROUNDS [EXTRA_TEXT_FILE…]
//       per-draft median and p99 (µs) for every draft under DIR, each draft's time being its
//       median over ROUNDS; EXTRA files are also timed alone (e.g. the server's 300-char draft)
//   node bench/engine-bench.mjs file PATH RUNS
//       one large or pathological file: median engine and floor times (ms) over RUNS
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { findDrafts } from './floor-read.mjs';
import { median, percentile } from './lib.mjs';

const { lint } = await import('./out/engine.mjs');
const floor = unified().use(retextEnglish).freeze();

const now = () => process.hrtime.bigint();
const us = (from, to) => Number(to - from) / 1e3;

function timeBoth(text, engineFirst) {
  let engine;
  let parse;
  let error;
  const runEngine = () => {
    const t0 = now();
    try {
      lint(text);
    } catch (e) {
      error = `${e?.name ?? 'Error'}: ${e?.message ?? e}`;
    }
    engine = us(t0, now());
  };
  const runFloor = () => {
    const t0 = now();
    floor.parse(text);
    parse = us(t0, now());
  };
  if (engineFirst) {
    runEngine();
    runFloor();
  } else {
    runFloor();
    runEngine();
  }
  return { engine, parse, error };
}

// BENCH_CPU_PROFILE=FILE: a CPU profile of the measured part only (not start-up or warm-up).
let session;
async function startProfile() {
  if (!process.env.BENCH_CPU_PROFILE) return;
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
async function stopProfile() {
  if (!session) return;
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(process.env.BENCH_CPU_PROFILE, JSON.stringify(profile));
  session.disconnect();
}

function warmUp(texts, passes = 2) {
  for (let p = 0; p < passes; p++) for (const text of texts) timeBoth(text, p % 2 === 0);
}

const [mode, target, countArg, ...extra] = process.argv.slice(2);

if (mode === 'drafts') {
  const rounds = Number(countArg);
  const texts = findDrafts(target).sort().map((path) => readFileSync(path, 'utf8'));
  warmUp(texts.slice(0, 200));
  const engine = texts.map(() => []);
  const parse = texts.map(() => []);
  const errors = [];
  await startProfile();
  const t0 = now();
  for (let round = 0; round < rounds; round++) {
    texts.forEach((text, i) => {
      const t = timeBoth(text, (round + i) % 2 === 0);
      engine[i].push(t.engine);
      parse[i].push(t.parse);
      if (t.error && round === 0) errors.push(t.error);
    });
  }
  await stopProfile();
  const perDraftEngine = engine.map(median);
  const perDraftParse = parse.map(median);
  const extras = {};
  for (const path of extra) {
    const text = readFileSync(path, 'utf8');
    warmUp([text], 5);
    const runs = Array.from({ length: 50 }, (_, i) => timeBoth(text, i % 2 === 0));
    extras[path] = { chars: text.length, engineUs: median(runs.map((r) => r.engine)), parseUs: median(runs.map((r) => r.parse)) };
  }
  const result = {
    drafts: texts.length,
    rounds,
    totalMs: us(t0, now()) / 1e3,
    engine: { medianUs: median(perDraftEngine), p99Us: percentile(perDraftEngine, 99), meanUs: perDraftEngine.reduce((a, b) => a + b, 0) / texts.length },
    parse: { medianUs: median(perDraftParse), p99Us: percentile(perDraftParse, 99), meanUs: perDraftParse.reduce((a, b) => a + b, 0) / texts.length },
    errors: errors.slice(0, 5),
    errorCount: errors.length,
    extras,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else if (mode === 'file') {
  const runs = Number(countArg);
  const text = readFileSync(target, 'utf8');
  // Warm the JIT on ordinary drafts first: the first lint of a process is not what is measured.
  const { makeDraft, rng } = await import('./generate.mjs');
  const r = rng(11);
  warmUp(Array.from({ length: 100 }, () => makeDraft(r)));
  // One warm-up on the file itself, discarded unless it is slow (> 2 s) enough to count as a run.
  // (Not when profiling: the profile covers the runs asked for.)
  const first = process.env.BENCH_CPU_PROFILE ? undefined : timeBoth(text, false);
  const samples = first && (first.engine > 2e6 || first.error) ? [first] : [];
  // A file that lints in milliseconds is timed more often (up to about 0.3 s of runs, after as
  // many warm-ups), so its median is not one scheduler hiccup on a shared machine.
  const quick = first && !samples.length ? Math.min(50, Math.floor(3e5 / Math.max(first.engine + first.parse, 1))) : 0;
  for (let i = 0; i < quick; i++) timeBoth(text, i % 2 === 0);
  await startProfile();
  for (let i = samples.length, n = Math.max(runs, quick); i < n; i++) samples.push(timeBoth(text, i % 2 === 0));
  await stopProfile();
  const error = samples.find((s) => s.error)?.error;
  process.stdout.write(
    `${JSON.stringify({ chars: text.length, bytes: Buffer.byteLength(text), runs, engineMs: median(samples.map((s) => s.engine)) / 1e3, parseMs: median(samples.map((s) => s.parse)) / 1e3, error })}\n`,
  );
} else {
  process.stderr.write('usage: node bench/engine-bench.mjs drafts DIR ROUNDS [FILE…] | file PATH RUNS\n');
  process.exit(2);
}
