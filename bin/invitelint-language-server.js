#!/usr/bin/env node
// The language server is bundled into dist/ by `npm ci`; `--stdio` serves any LSP client.
import('../dist/server.mjs').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/server.mjs')) {
    process.stderr.write('invitelint-language-server: not built; run `npm ci` (or `npm run build`) first\n');
  } else {
    process.stderr.write(`invitelint-language-server: ${error && error.message ? error.message : String(error)}\n`);
  }
  process.exit(2);
});
