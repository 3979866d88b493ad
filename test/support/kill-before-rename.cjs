// Preloaded into the CLI under test (`node --require THIS ...`): the first rename (the atomic
// step of --fix) kills the process with SIGKILL instead, leaving what a `kill -9` at the worst
// moment leaves: the fixed text in its temp file, the original untouched.
'use strict';
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');
fs.renameSync = () => process.kill(process.pid, 'SIGKILL');
syncBuiltinESMExports();
