// The I/O floor: find every *.invite.md under DIR and read it as UTF-8. Nothing else.
//   node bench/floor-read.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function findDrafts(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) findDrafts(path, out);
    else if (entry.name.endsWith('.invite.md')) out.push(path);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let chars = 0;
  for (const path of findDrafts(process.argv[2])) chars += readFileSync(path, 'utf8').length;
  process.stdout.write(`${chars}\n`);
}
