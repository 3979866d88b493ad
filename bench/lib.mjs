// Shared helpers for the bench: statistics, whole-process measurement, the results table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH = join(ROOT, 'bench');
export const QUICK = process.env.BENCH_QUICK === '1';

// --- statistics ----------------------------------------------------------------------------

export function sorted(values) {
  return [...values].sort((a, b) => a - b);
}

/** Nearest-rank percentile (p in [0, 100]) of `values`; NaN when empty. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const s = sorted(values);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}

/** The median (mean of the two middle values for an even count). */
export function median(values) {
  if (values.length === 0) return NaN;
  const s = sorted(values);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// --- whole-process measurement -------------------------------------------------------------

const TIME = '/usr/bin/time';
const HOOK = join(BENCH, 'rusage-hook.mjs');

/** How CPU time and peak RSS of a child are read: GNU time when installed, else a preload hook. */
export const rusageMethod = existsSync(TIME) ? 'gnu-time' : 'hook';

/**
 * Runs `node ARGS…` once and returns { wallMs, cpuMs, userMs, sysMs, rssKB, status }.
 * Wall time is taken around the spawn with hrtime (GNU time's %e has 10 ms steps); CPU and
 * peak RSS come from the child's rusage (GNU time `-f '%U %S %M'`, or bench/rusage-hook.mjs).
 * stdout goes to `stdoutFile` (default /dev/null); stderr is kept for error messages.
 */
export function measureNode(args, { cwd = ROOT, stdoutFile = '/dev/null', env = process.env, okStatus = [0] } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'invitelint-bench-time-'));
  const report = join(scratch, 'rusage');
  const nodeArgs = rusageMethod === 'hook' ? ['--import', HOOK, ...args] : args;
  const cmd = rusageMethod === 'hook' ? process.execPath : TIME;
  const cmdArgs = rusageMethod === 'hook' ? nodeArgs : ['-f', '%U %S %M', '-o', report, process.execPath, ...nodeArgs];
  const childEnv = rusageMethod === 'hook' ? { ...env, INVITELINT_BENCH_RUSAGE: report } : env;
  const out = stdoutFile === '/dev/null' ? 'ignore' : undefined;
  let fd;
  try {
    const stdio = ['ignore', out ?? 'pipe', 'pipe'];
    const start = process.hrtime.bigint();
    const child = spawnSync(cmd, cmdArgs, { cwd, env: childEnv, stdio, maxBuffer: 1 << 30 });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.error) throw child.error;
    if (out === undefined) fd = child.stdout;
    const status = child.status;
    if (!okStatus.includes(status)) {
      throw new Error(`node ${args.join(' ')} exited ${status}${child.signal ? ` (${child.signal})` : ''}: ${String(child.stderr).trim().slice(0, 500)}`);
    }
    const text = readFileSync(report, 'utf8').trim().split('\n').at(-1);
    const [user, sys, rss] = text.split(/\s+/).map(Number);
    const userMs = rusageMethod === 'hook' ? user / 1000 : user * 1000;
    const sysMs = rusageMethod === 'hook' ? sys / 1000 : sys * 1000;
    return { wallMs, userMs, sysMs, cpuMs: userMs + sysMs, rssKB: rss, status, stdout: fd };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Median of each field over runs. */
export function summarizeRuns(runs) {
  const pick = (key) => median(runs.map((r) => r[key]));
  return { runs: runs.length, wallMs: pick('wallMs'), cpuMs: pick('cpuMs'), rssKB: pick('rssKB'), maxRssKB: Math.max(...runs.map((r) => r.rssKB)), samples: runs.map(({ wallMs, cpuMs, rssKB }) => ({ wallMs: round(wallMs, 1), cpuMs: round(cpuMs, 1), rssKB })) };
}

export function round(value, digits = 2) {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// --- the table -----------------------------------------------------------------------------

/**
 * A row: { figure, value, unit, baseline?, baselineLabel?, ratio?, budget?, pass? }.
 * `budget` is text ("≤ 2.0× parse floor"); `pass` true/false/undefined (information only).
 */
export function formatValue(value, unit) {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  switch (unit) {
    case 'ms':
      return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 1)} ms`;
    case 'us':
      return `${value.toFixed(0)} µs`;
    case 'KB':
      return `${(value / 1024).toFixed(1)} MB`;
    case 'x':
      return `${value.toFixed(2)}×`;
    case 'count':
      return String(value);
    default:
      return `${value}${unit ? ` ${unit}` : ''}`;
  }
}

export function renderTable(rows) {
  const header = ['figure', 'value', 'baseline', 'ratio', 'budget', 'result'];
  const cells = rows.map((r) => [
    r.figure,
    formatValue(r.value, r.unit),
    r.baseline === undefined ? '—' : `${formatValue(r.baseline, r.baselineUnit ?? r.unit)}${r.baselineLabel ? ` (${r.baselineLabel})` : ''}`,
    r.ratio === undefined || !Number.isFinite(r.ratio) ? '—' : `${r.ratio.toFixed(2)}×`,
    r.budget ?? '—',
    r.pass === undefined ? 'info' : r.pass ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => [...c[i]].length)));
  const line = (c) => `| ${c.map((v, i) => v + ' '.repeat(widths[i] - [...v].length)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
