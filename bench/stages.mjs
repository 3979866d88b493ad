// What each stage of the engine's parse costs alone, per draft, against the parse floor:
// remark-parse (the Markdown path, frontmatter blanked out as the engine does), mdast → nlcst
// with parse-english, the YAML frontmatter, the draft model (fast path or Markdown path) and the
// whole lint. A diagnostic for the engine budget, not part of `npm run bench`.
//   node bench/stages.mjs DIR        (DIR: drafts from `node bench/generate.mjs DIR 2000`)
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import remarkParse from 'remark-parse';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import { VFile } from 'vfile';
import { parseDocument } from 'yaml';
import { findDrafts } from './floor-read.mjs';
import { median, percentile } from './lib.mjs';
const { lint, parseDraft } = await import('./out/engine.mjs');
const texts = findDrafts(process.argv[2]).sort().map((p) => readFileSync(p, 'utf8'));
const floor = unified().use(retextEnglish).freeze();
const md = unified().use(remarkParse).freeze();
const english = new ParseEnglish();
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---/;
const bodies = texts.map((t) => t.replace(FRONTMATTER, (fm) => fm.replace(/[^\r\n]/g, ' ')));
const trees = bodies.map((t) => md.parse(t));
const fast = texts.map((t) => !parseDraft(t).mdast);
const yamls = texts.map((t) => (/^---\r?\n([\s\S]*?)\r?\n---/.exec(t) || [])[1]);
const stages = {
  'parse floor (retext-english)': (i) => floor.parse(texts[i]),
  'remark-parse (frontmatter blanked)': (i) => md.parse(bodies[i]),
  'toNlcst (parse-english) on a ready mdast': (i) => toNlcst(trees[i], new VFile(texts[i]), english, { ignore: ['yaml', 'html', 'code', 'definition'] }),
  'yaml parseDocument (drafts with frontmatter)': (i) => yamls[i] !== undefined && parseDocument(yamls[i]),
  'parseDraft (draft model)': (i) => parseDraft(texts[i]),
  'lint (whole engine)': (i) => lint(texts[i]),
};
const names = Object.keys(stages);
const times = Object.fromEntries(names.map((n) => [n, texts.map(() => [])]));
for (let w = 0; w < 2; w++) for (let i = 0; i < 300; i++) for (const n of names) stages[n](i % texts.length);
for (let r = 0; r < 3; r++) {
  texts.forEach((_, i) => {
    for (let k = 0; k < names.length; k++) {
      const n = names[(k + i + r) % names.length];
      const t0 = process.hrtime.bigint();
      stages[n](i);
      times[n][i].push(Number(process.hrtime.bigint() - t0) / 1e3);
    }
  });
}
const base = median(times[names[0]].map(median));
console.log(`${fast.filter(Boolean).length} of ${texts.length} drafts on the fast path (plain prose, simple emphasis and links)`);
for (const n of names) {
  const per = times[n].map(median);
  const sum = per.reduce((a, b) => a + b, 0);
  console.log(`${n.padEnd(46)} median ${median(per).toFixed(0).padStart(5)} µs  p99 ${percentile(per, 99).toFixed(0).padStart(6)} µs  mean ${(sum / per.length).toFixed(0).padStart(5)} µs  ${(median(per) / base).toFixed(2)}× floor`);
}
