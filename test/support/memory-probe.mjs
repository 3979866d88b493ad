// Preloaded into the CLI by test/memory.test.ts (node --expose-gc --import this): counts the
// drafts the CLI closes and, at the counts in INVITELINT_PROBE_AT, collects garbage and records
// the live heap; at exit writes those figures and the peak RSS to INVITELINT_PROBE_OUT.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const out = process.env.INVITELINT_PROBE_OUT;
const at = new Set((process.env.INVITELINT_PROBE_AT ?? '').split(',').filter(Boolean).map(Number));
const heap = {};
const closeSync = fs.closeSync;
let closed = 0;
fs.closeSync = function probedCloseSync(fd) {
  closed++;
  if (at.has(closed)) {
    globalThis.gc();
    heap[closed] = process.memoryUsage().heapUsed;
  }
  return closeSync.call(this, fd);
};
syncBuiltinESMExports();
process.on('exit', () => {
  fs.writeFileSync(out, JSON.stringify({ heap, maxRssKB: process.resourceUsage().maxRSS }));
});
