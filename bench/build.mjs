// Builds what the bench measures: dist/ (the CLI and the server, via the project's esbuild.mjs)
// and bench/out/engine.mjs, the engine (rules/engine.ts) bundled like the CLI bundles it.
//   node bench/build.mjs
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const ENGINE_BUNDLE = join(ROOT, 'bench', 'out', 'engine.mjs');

export async function buildAll({ dist = true } = {}) {
  if (dist) execFileSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
  await build({
    entryPoints: [join(ROOT, 'rules', 'engine.ts')],
    outfile: ENGINE_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    sourcemap: 'linked',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildAll();
