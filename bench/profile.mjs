// CPU profiles for the bench's figures, summarized by function (mapped back to the TypeScript
// sources and packages through the bundles' source maps).
//
//   node bench/profile.mjs cli DIR|FILE          the CLI on DIR (node --cpu-prof bin/invitelint.js)
//   node bench/profile.mjs engine DIR [ROUNDS]   the in-process engine bench over DIR's drafts
//   node bench/profile.mjs file PATH [RUNS]      the engine on one large or pathological file
//   node bench/profile.mjs summarize X.cpuprofile [TOP]
// Options (env): PROFILE_TOP=N rows per list (default 25); PROFILE_DIR=… keep the .cpuprofile there.
// Build first (npm run bench builds; or node bench/build.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH, ROOT } from './lib.mjs';

const TOP = Number(process.env.PROFILE_TOP ?? 25);
const maps = new Map();

function sourceMapFor(url) {
  if (!maps.has(url)) {
    let map;
    try {
      const path = url.startsWith('file:') ? fileURLToPath(url) : url;
      if (existsSync(`${path}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

/** "name (source:line)" for a call frame, through the source map when the bundle has one. */
function locate(frame) {
  const { functionName, url, lineNumber, columnNumber } = frame;
  const name = functionName || '(anonymous)';
  if (!url) return { name, where: '', module: `(${name})` };
  const map = sourceMapFor(url);
  let file = url.startsWith('file:') ? relative(ROOT, fileURLToPath(url)) : url;
  let line = lineNumber + 1;
  if (map) {
    const entry = map.findEntry(lineNumber, columnNumber);
    if (entry?.originalSource) {
      const bundle = url.startsWith('file:') ? fileURLToPath(url) : url;
      const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : resolve(dirname(bundle), entry.originalSource);
      file = relative(ROOT, source);
      line = entry.originalLine + 1;
    }
  }
  // The module: a package under node_modules, or the project file.
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
  return { name, where: `${file}:${line}`, module: pkg ? `pkg ${pkg}` : file.startsWith('node:') ? 'node internals' : file };
}

export function summarize(profilePath, top = TOP) {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8'));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const info = new Map(profile.nodes.map((n) => [n.id, locate(n.callFrame)]));
  const self = new Map();
  const total = new Map();
  const modules = new Map();
  let all = 0;
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    all += us;
    const leaf = info.get(id);
    add(self, `${leaf.name}  ${leaf.where}`, us);
    add(modules, leaf.module, us);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = info.get(at);
      const key = `${f.name}  ${f.where}`;
      if (!seen.has(key)) {
        seen.add(key);
        add(total, key, us);
      }
    }
  });
  const list = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, us]) => `  ${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%  ${key}`)
      .join('\n');
  // Frames that only wrap the measured code (the bench's own loop, the profiler's start).
  const skip = /^\(root\)|^\(program\)|^\(idle\)|^\(garbage collector\)|runMain|executeUserEntryPoint|^\(anonymous\)  $|  bench\/engine-bench\.mjs|  node:inspector|  node:internal\/util:|^dispatch  /;
  const totals = new Map([...total.entries()].filter(([k]) => !skip.test(k)));
  return [
    `profile ${profilePath}: ${(all / 1000).toFixed(0)} ms sampled`,
    `\nself time by module (package or project file):\n${list(modules, 15)}`,
    `\nself time by function:\n${list(self, top)}`,
    `\ninclusive time by function:\n${list(totals, top)}`,
  ].join('\n');
}

function profiled(args) {
  const dir = process.env.PROFILE_DIR ?? mkdtempSync(join(tmpdir(), 'invitelint-prof-'));
  const child = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '200', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (![0, 1].includes(child.status)) throw new Error(`node ${args.join(' ')} exited ${child.status}`);
  const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort().at(-1);
  return join(dir, file);
}

const [command, target, extra] = process.argv.slice(2);
if (command === 'summarize') {
  process.stdout.write(`${summarize(target, Number(extra ?? TOP))}\n`);
} else if (command === 'cli') {
  process.stdout.write(`${summarize(profiled([join(ROOT, 'bin', 'invitelint.js'), '--format', 'json', target]))}\n`);
} else if (command === 'engine' || command === 'file') {
  // The measured part only: engine-bench starts and stops the profiler around it.
  const out = join(process.env.PROFILE_DIR ?? mkdtempSync(join(tmpdir(), 'invitelint-prof-')), `${command}.cpuprofile`);
  const mode = command === 'engine' ? 'drafts' : 'file';
  const child = spawnSync(process.execPath, [join(BENCH, 'engine-bench.mjs'), mode, target, extra ?? '1'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, BENCH_CPU_PROFILE: out } });
  if (child.status !== 0) throw new Error(`engine-bench exited ${child.status}`);
  process.stdout.write(`${summarize(out)}\n`);
} else {
  process.stderr.write('usage: node bench/profile.mjs cli DIR | engine DIR [ROUNDS] | file PATH [RUNS] | summarize X.cpuprofile [TOP]\n');
  process.exit(2);
}
