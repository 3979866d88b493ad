// The CLI's memory does not grow with the number of drafts, in any output format: the built
// CLI lints a generated folder as a child process; at the Nth and 3Nth draft the probe
// collects garbage and records the live heap, which must not grow by more than a few hundred
// bytes a draft (what the JIT adds as it warms up; keeping each draft's results costs 600 bytes
// to several kilobytes), and the peak RSS must stay under a generous ceiling. Time is the
// bench's business: the timeout here is only a hang guard.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the bench's generator is plain JavaScript
import { writeDrafts } from '../bench/generate.mjs';
import { FORMAT_NAMES } from '../cli/formatters/index.js';

const ROOT = join(import.meta.dirname, '..');
const N = 1000;
const PER_DRAFT_BYTES = 400;
const CEILING_KB = 300 * 1024;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'invitelint-memory-'));
  writeDrafts(join(dir, 'drafts'), 3 * N, 7);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI memory over a growing folder', () => {
  it.each(FORMAT_NAMES)('--format %s keeps no per-draft state', (format) => {
    const probe = join(dir, `${format}.probe.json`);
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', join(ROOT, 'test', 'support', 'memory-probe.mjs'), join(ROOT, 'bin', 'invitelint.js'), '--format', format, '--output-file', join(dir, `${format}.report`), join(dir, 'drafts')],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, INVITELINT_PROBE_OUT: probe, INVITELINT_PROBE_AT: `${N},${3 * N}` }, timeout: 300_000 },
    );
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
    const { heap, maxRssKB } = JSON.parse(readFileSync(probe, 'utf8')) as { heap: Record<string, number>; maxRssKB: number };
    const growth = heap[3 * N] - heap[N];
    expect(growth / (2 * N), `live heap ${heap[N]} -> ${heap[3 * N]} bytes from draft ${N} to ${3 * N}`).toBeLessThan(PER_DRAFT_BYTES);
    expect(maxRssKB).toBeLessThan(CEILING_KB);
  }, 330_000);
});
