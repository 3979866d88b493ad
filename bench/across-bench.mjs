// In-process figures for the cross-draft pass (rules/across/): for each folder, the time to take
// every draft's print (printDraft on the parsed draft) and to judge the set (judgeAcross), both
// against the time of linting the same drafts, so the pass is a share of the engine's work and
// its growth with the folder's size shows. Run as a child of bench/run.mjs; prints one JSON line.
//
//   node bench/across-bench.mjs ROUNDS DIR…
import { readFileSync } from 'node:fs';
import { findDrafts } from './floor-read.mjs';
import { median } from './lib.mjs';

const { lint, printDraft, judgeAcross, resolveConfig, ruleById } = await import('./out/engine.mjs');
const config = resolveConfig(ruleById);
const [rounds, ...dirs] = process.argv.slice(2);
const ms = (from) => Number(process.hrtime.bigint() - from) / 1e6;

const out = {};
for (const dir of dirs) {
  const texts = findDrafts(dir).map((path) => readFileSync(path, 'utf8'));
  const samples = { lint: [], print: [], judge: [] };
  let findings = 0;
  for (let round = -1; round < Number(rounds); round++) {
    let lintMs = 0;
    let printMs = 0;
    const prints = [];
    texts.forEach((text, i) => {
      let t = process.hrtime.bigint();
      const { draft } = lint(text, { config });
      lintMs += ms(t);
      t = process.hrtime.bigint();
      prints.push({ name: String(i), print: printDraft(draft, config) });
      printMs += ms(t);
    });
    const t = process.hrtime.bigint();
    findings = judgeAcross(prints).reduce((n, list) => n + list.length, 0);
    const judgeMs = ms(t);
    if (round < 0) continue; // warm-up
    samples.lint.push(lintMs);
    samples.print.push(printMs);
    samples.judge.push(judgeMs);
  }
  out[dir] = { drafts: texts.length, findings, lintMs: median(samples.lint), printMs: median(samples.print), judgeMs: median(samples.judge) };
}
process.stdout.write(`${JSON.stringify(out)}\n`);
