// npm's prepare script: bundles with esbuild.mjs. npm runs it after `npm ci` in a checkout,
// and when it installs this repository as a git dependency, as pre-commit's node hooks do
// (`npm install -g git+file://...`). There npm should first install the devDependencies into
// its clone, but with a prefix in the environment (pre-commit sets NPM_CONFIG_PREFIX) that
// install lands in the prefix instead, and the clone has no esbuild. Then install them into
// the clone here, from the lockfile, and build.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(resolve(root, 'package.json'));
const hasBuildTools = () => {
  try {
    require.resolve('esbuild');
    return true;
  } catch {
    return false;
  }
};

if (!hasBuildTools()) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(prefix|global|location)$/i.test(key)));
  console.error('invitelint prepare: installing the build tools into this clone (npm ci --include=dev)');
  const install = spawnSync('npm', ['ci', '--prefix', root, '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, env, stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const build = spawnSync(process.execPath, [resolve(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
process.exit(build.status ?? 1);
