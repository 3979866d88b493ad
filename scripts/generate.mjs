// Regenerates what is generated from the rule registry and the config key table
// (scripts/artifacts.ts): the config schema, the rule docs headers, the rules tables and the
// extension manifest's rule list. `npm run generate`; `--check` only says what is stale.
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { COMMON, REQUIRE_SHIM } from '../esbuild.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const check = process.argv.includes('--check');
const out = join(ROOT, 'node_modules', '.cache', 'invitelint', `artifacts-${process.pid}.mjs`);

await build({ ...COMMON, entryPoints: [join(ROOT, 'scripts', 'artifacts.ts')], outfile: out, format: 'esm', banner: { js: REQUIRE_SHIM } });
let stale = 0;
try {
  const { artifacts, GENERATE_COMMAND } = await import(pathToFileURL(out).href);
  for (const { path, content } of artifacts(ROOT)) {
    const file = join(ROOT, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === content) continue;
    stale++;
    if (check) {
      console.log(`${path}: out of date; run ${GENERATE_COMMAND}`);
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      console.log(`wrote ${path}`);
    }
  }
} finally {
  rmSync(out, { force: true });
}
if (!check) console.log(stale ? `generate: ${stale} file(s) written` : 'generate: everything up to date');
process.exitCode = check && stale ? 1 : 0;
