// Fallback for machines without GNU time: preloaded with `node --import`, writes the process's
// own rusage as "user_us sys_us maxrss_kb" to $INVITELINT_BENCH_RUSAGE when it exits.
import { writeFileSync } from 'node:fs';

const target = process.env.INVITELINT_BENCH_RUSAGE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, `${usage.userCPUTime} ${usage.systemCPUTime} ${usage.maxRSS}\n`);
  });
}
