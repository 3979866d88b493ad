#!/usr/bin/env node
// The CLI is bundled into dist/ by `npm ci` (the prepare script runs esbuild.mjs).
import('../dist/cli.mjs').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.mjs')) {
    process.stderr.write('invitelint: the CLI is not built; run `npm ci` (or `npm run build`) first\n');
  } else {
    process.stderr.write(`invitelint: ${error && error.message ? error.message : String(error)}\n`);
  }
  process.exit(2);
});
