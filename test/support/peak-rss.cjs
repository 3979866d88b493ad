// Preloaded into a process under test (`node --require THIS ...`): when it exits, its peak
// resident memory (getrusage's maxRSS, in kilobytes) is written to the file named by
// INVITELINT_TEST_PEAK_RSS_FILE. The process's own code is not involved.
'use strict';
const { writeFileSync } = require('node:fs');
const file = process.env.INVITELINT_TEST_PEAK_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      // The test then finds no figure and fails on that.
    }
  });
}
