// Packages the VS Code extension: only what it runs, minified. In a staging folder it writes
// the extension manifest (client/manifest.json with the package's name, version and license),
// the minified client and server bundles, the config schema, the icon and screenshot, the
// Marketplace README (client/README.md, not the developer README), LICENSE and the
// third-party notices of what the bundles carry, then runs vsce there.
//   node scripts/package-vsix.mjs [OUT.vsix] [--stage DIR]      (npm run package)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { COMMON, REQUIRE_SHIM } from '../esbuild.mjs';
import { thirdPartyNotices } from './lib/notices.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Builds the staging folder; returns its path. */
export async function stageExtension(stage) {
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(join(stage, 'dist'), { recursive: true });
  const minified = { ...COMMON, absWorkingDir: ROOT, minify: true, sourcemap: false };
  const results = await Promise.all([
    // VS Code loads extensions as CommonJS and provides the `vscode` module itself.
    build({ ...minified, entryPoints: ['client/extension.ts'], outfile: join(stage, 'dist', 'extension.cjs'), format: 'cjs', external: ['vscode'] }),
    build({ ...minified, entryPoints: ['server/main.ts'], outfile: join(stage, 'dist', 'server.mjs'), format: 'esm', banner: { js: REQUIRE_SHIM } }),
    // The server's workspace indexer, which it starts on a worker thread beside itself.
    build({ ...minified, entryPoints: ['server/index-worker.ts'], outfile: join(stage, 'dist', 'index-worker.mjs'), format: 'esm', banner: { js: REQUIRE_SHIM } }),
  ]);
  writeFileSync(join(stage, 'THIRD-PARTY-NOTICES.txt'), thirdPartyNotices(results.map((r) => r.metafile), { root: ROOT, product: 'The invitelint extension' }));

  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(ROOT, 'client', 'manifest.json'), 'utf8'));
  const identity = Object.fromEntries(['name', 'version', 'license', 'repository', 'homepage', 'bugs'].map((key) => [key, pkg[key]]));
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify({ ...identity, ...manifest }, null, 2)}\n`);

  const copy = (from, to = from) => {
    mkdirSync(dirname(join(stage, to)), { recursive: true });
    copyFileSync(join(ROOT, from), join(stage, to));
  };
  copy('LICENSE');
  copy('schema/invitelintrc.schema.json');
  copy('client/images/icon.png', 'images/icon.png');
  copy('docs/images/vscode-problems.png', 'images/vscode-problems.png');
  // The README's image paths point into the repository; in the package the image sits beside it.
  writeFileSync(join(stage, 'README.md'), readFileSync(join(ROOT, 'client', 'README.md'), 'utf8').replaceAll('../docs/images/', 'images/'));
  return stage;
}

/** Stages and packages; returns the .vsix path. */
export async function packageExtension(out, stage = mkdtempSync(join(tmpdir(), 'invitelint-vsix-stage-'))) {
  await stageExtension(stage);
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  // Dependencies are bundled; relative links stay relative (the images ship in the package).
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', out], { cwd: stage, stdio: ['ignore', 'pipe', 'pipe'] });
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const stageAt = args.indexOf('--stage');
  const stage = stageAt >= 0 ? resolve(args[stageAt + 1]) : undefined;
  const out = resolve(args.find((arg, i) => !arg.startsWith('--') && i !== stageAt + 1) ?? 'invitelint.vsix');
  await packageExtension(out, stage);
  console.log(`wrote ${out}`);
}
