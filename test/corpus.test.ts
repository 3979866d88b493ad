// The labeled dev corpus, scored through the built CLI exactly as CI users run it.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_RULES, score } from './score.js';

const root = join(import.meta.dirname, '..');

function scoreCorpus(folder: string) {
  const run = spawnSync(process.execPath, ['bin/invitelint.js', '--format', 'json', folder], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.status);
  const labels = JSON.parse(readFileSync(join(root, folder, 'labels.json'), 'utf8')).drafts;
  return score(labels, JSON.parse(run.stdout));
}

// Every labeled corpus the project carries: the dev corpus and the held-out corpora, each
// written independently of the catalogue (see each folder's README for who wrote it and its
// first-contact score).
const CORPORA = readdirSync(join(root, 'fixtures')).filter((name) => name === 'corpus' || /^holdout\d*$/.test(name)).sort();

describe('labeled corpora', () => {
  it('carries the dev corpus and at least eight held-out corpora', () => {
    expect(CORPORA).toContain('corpus');
    expect(CORPORA.length).toBeGreaterThanOrEqual(13);
  });

  it.each(CORPORA)('%s: micro-F1 >= 0.95, every core rule >= 0.90, and the judgement rules precise (>= 0.93)', (folder) => {
    const result = scoreCorpus(`fixtures/${folder}`);
    expect(result.unreported).toEqual([]);
    expect(result.micro.f1, `misses: ${result.misses.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    for (const id of CORE_RULES) expect(result.perRule[id].f1, `${id}; misses: ${result.misses.join(', ')}`).toBeGreaterThanOrEqual(0.9);
    for (const id of ['no-context', 'stranger-no-reason', 'no-next-action']) {
      expect(result.perRule[id].precision, `${id} precision; misses: ${result.misses.join(', ')}`).toBeGreaterThanOrEqual(0.93);
    }
  });
});
