// Scores the CLI against a labeled corpus as docs/contract.md ("How judgement is measured")
// defines: precision and recall of (draft, core rule id) pairs, per rule and micro.
//   npm run score -- FOLDER [--misses]       (node scripts/score.mjs FOLDER)
// The corpus tests (test/corpus.test.ts) use the same score().
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORE_RULES = ['stock-phrase-alone', 'no-context', 'stranger-no-reason', 'no-next-action', 'too-long', 'placeholder', 'name-mismatch'];

const f1 = (tp, fp, fn) => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

export function score(labels, results) {
  const got = new Map(results.map((r) => [basename(r.filePath), new Set(r.messages.map((m) => m.ruleId ?? ''))]));
  const perRule = {};
  const misses = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const id of CORE_RULES) {
    const counts = { tp: 0, fp: 0, fn: 0 };
    for (const [name, label] of Object.entries(labels)) {
      const want = label.expect.includes(id);
      const have = got.get(name)?.has(id) ?? false;
      if (want && have) counts.tp++;
      else if (have) (counts.fp++, misses.push(`${name} +${id}`));
      else if (want) (counts.fn++, misses.push(`${name} -${id}`));
    }
    const rule = f1(counts.tp, counts.fp, counts.fn);
    perRule[id] = { ...counts, precision: rule.precision, recall: rule.recall, f1: rule.f1 };
    tp += counts.tp;
    fp += counts.fp;
    fn += counts.fn;
  }
  return { perRule, micro: f1(tp, fp, fn), misses, unreported: Object.keys(labels).filter((name) => !got.has(name)) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: npm run score -- FOLDER [--misses]');
    process.exit(2);
  }
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const run = spawnSync(process.execPath, [join(root, 'bin', 'invitelint.js'), '--format', 'json', folder], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0 && run.status !== 1) {
    console.error(`score: the CLI failed (exit ${run.status}): ${run.stderr.trim()}`);
    process.exit(2);
  }
  const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')).drafts;
  const result = score(labels, JSON.parse(run.stdout));
  const pct = (n) => n.toFixed(2);
  for (const id of CORE_RULES) {
    const r = result.perRule[id];
    console.log(`${id.padEnd(20)} tp ${String(r.tp).padStart(3)} fp ${String(r.fp).padStart(3)} fn ${String(r.fn).padStart(3)}  P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)}`);
  }
  if (process.argv.includes('--misses')) for (const miss of result.misses) console.log(miss);
  const worst = Math.min(...CORE_RULES.map((id) => result.perRule[id].f1));
  console.log(`${Object.keys(labels).length} drafts, ${result.unreported.length} not reported; micro P ${result.micro.precision.toFixed(3)} R ${result.micro.recall.toFixed(3)} F1 ${result.micro.f1.toFixed(3)}; worst rule F1 ${worst.toFixed(2)}`);
}
