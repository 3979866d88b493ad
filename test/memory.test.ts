// The CLI's memory does not grow with the number of drafts beyond what the across rules must
// keep, in any output format: the built CLI lints a generated folder as a child process; at the
// Nth and 3Nth draft the probe collects garbage and records the live heap. With the across rules
// off it must not grow by more than a few hundred bytes a draft (what the JIT adds as it warms
// up; keeping each draft's results costs 600 bytes to several kilobytes); with them on (the
// default) by no more than a draft's compact print (MinHash signatures of its sentences and
// their positions: about 1.5 KB for these drafts), results themselves going to a spool. Peak
// RSS stays under a generous ceiling. Time is the bench's business: the timeout here is only a
// hang guard.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the bench's generator is plain JavaScript
import { writeDrafts } from '../bench/generate.mjs';
import { FORMAT_NAMES } from '../cli/formatters/index.js';

const ROOT = join(import.meta.dirname, '..');
const N = 1000;
const PER_DRAFT_BYTES = 400;
/** With the across rules on: a draft's print, kept until the whole set is judged. */
const PER_DRAFT_BYTES_ACROSS = 2500;
const CEILING_KB = 300 * 1024;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'invitelint-memory-'));
  writeDrafts(join(dir, 'drafts'), 3 * N, 7);
  writeFileSync(join(dir, 'no-across.json'), '{ "rules": { "reused-text": "off", "duplicate-recipient": "off" } }');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI memory over a growing folder', () => {
  const cases = [...FORMAT_NAMES.map((format) => [format, false] as const), ['json', true] as const, ['stylish', true] as const];
  it.each(cases)('--format %s (across rules on: %s) keeps no per-draft state but the across prints', (format, across) => {
    const probe = join(dir, `${format}-${across}.probe.json`);
    const config = across ? [] : ['--config', join(dir, 'no-across.json')];
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', join(ROOT, 'test', 'support', 'memory-probe.mjs'), join(ROOT, 'bin', 'invitelint.js'), ...config, '--format', format, '--output-file', join(dir, `${format}.report`), join(dir, 'drafts')],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, INVITELINT_PROBE_OUT: probe, INVITELINT_PROBE_AT: `${N},${3 * N}` }, timeout: 300_000 },
    );
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
    const { heap, maxRssKB } = JSON.parse(readFileSync(probe, 'utf8')) as { heap: Record<string, number>; maxRssKB: number };
    const growth = heap[3 * N] - heap[N];
    expect(growth / (2 * N), `live heap ${heap[N]} -> ${heap[3 * N]} bytes from draft ${N} to ${3 * N}`).toBeLessThan(across ? PER_DRAFT_BYTES_ACROSS : PER_DRAFT_BYTES);
    expect(maxRssKB).toBeLessThan(CEILING_KB);
  }, 330_000);
});
