// Bundles the CLI, the language server and the Node API (ESM and CommonJS), so nothing at
// run time needs TypeScript or resolves packages: `npm ci` runs this through the `prepare`
// script. Writes dist/THIRD-PARTY-NOTICES.txt for the packages the bundles carry.
// `node esbuild.mjs ENTRY OUTFILE` also bundles one more entry (used by tests).
import { build } from 'esbuild';
import { existsSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { thirdPartyNotices } from './scripts/lib/notices.mjs';

// Prefer ESM entry points (jsonc-parser's UMD build requires files at run time).
// Some dependencies are CommonJS and call require(); ESM bundles get a real one.
export const REQUIRE_SHIM = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export const COMMON = { bundle: true, platform: 'node', mainFields: ['module', 'main'], target: 'node20', logLevel: 'warning', legalComments: 'none', metafile: true };

const esm = (entry, outfile) => ({ entryPoints: [entry], outfile, format: 'esm', banner: { js: REQUIRE_SHIM } });

const entries = [
  esm('cli/main.ts', 'dist/cli.mjs'),
  esm('server/main.ts', 'dist/server.mjs'),
  // The server's workspace indexer runs on a worker thread (server/index-worker.ts).
  esm('server/index-worker.ts', 'dist/index-worker.mjs'),
  esm('api/index.ts', 'dist/api.mjs'),
  // For `require('invitelint')` on every Node 20 (require of ESM is not there on all of them).
  { entryPoints: ['api/index.ts'], outfile: 'dist/api.cjs', format: 'cjs' },
  ...(process.argv[2] ? [esm(process.argv[2], process.argv[3])] : []),
];

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await Promise.all(entries.filter((e) => existsSync(e.entryPoints[0])).map((e) => build({ ...COMMON, sourcemap: 'linked', ...e })));
  writeFileSync('dist/THIRD-PARTY-NOTICES.txt', thirdPartyNotices(results.map((r) => r.metafile), { root: process.cwd(), product: 'invitelint' }));
}
