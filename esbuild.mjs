// Bundles the CLI, the language server and the VS Code client, so nothing at run time needs
// TypeScript or resolves packages: `npm ci` runs this through the `prepare` script.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

// Prefer ESM entry points (jsonc-parser's UMD build requires files at run time).
// Some dependencies are CommonJS and call require(); ESM bundles get a real one.
const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

const common = { bundle: true, platform: 'node', mainFields: ['module', 'main'], target: 'node20', sourcemap: 'linked', logLevel: 'warning', legalComments: 'none' };

const entries = [
  { entryPoints: ['cli/main.ts'], outfile: 'dist/cli.mjs', format: 'esm', banner: { js: requireShim } },
  { entryPoints: ['server/main.ts'], outfile: 'dist/server.mjs', format: 'esm', banner: { js: requireShim } },
  // The server's workspace indexer runs on a worker thread (server/index-worker.ts).
  { entryPoints: ['server/index-worker.ts'], outfile: 'dist/index-worker.mjs', format: 'esm', banner: { js: requireShim } },
  // VS Code loads extensions as CommonJS and provides the `vscode` module itself.
  { entryPoints: ['client/extension.ts'], outfile: 'dist/extension.cjs', format: 'cjs', external: ['vscode'] },
  ...(process.argv[2] ? [{ entryPoints: [process.argv[2]], outfile: process.argv[3], format: 'esm', banner: { js: requireShim } }] : []),
];

await Promise.all(entries.filter((e) => existsSync(e.entryPoints[0])).map((e) => build({ ...common, ...e })));
