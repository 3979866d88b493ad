// Preloaded into a server under test (`node --expose-gc --require THIS ...`): on SIGUSR2 it runs
// a full garbage collection and writes the process's memory use, after it, to stderr as one line
// `invitelint-test-memory {"rss":…,"heapUsed":…}`. The server's own code is not involved.
'use strict';
process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') global.gc();
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  process.stderr.write(`invitelint-test-memory ${JSON.stringify({ rss, heapUsed, heapTotal, external, gc: typeof global.gc === 'function' })}\n`);
});
