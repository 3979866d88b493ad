// File discovery: explicit files, folders walked for *.invite.md, and globs, honouring
// .gitignore and .invitelintignore files like git does (nested files apply below their
// folder, a deeper file can re-include, nothing inside an ignored folder comes back).
// Returns absolute paths only; reading is the caller's business, one file at a time.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { FileRefusedError, readBoundedFile } from '../workspace/bounded-read.js';
import { CliError, displayPath, fsError } from './errors.js';

export const DRAFT_SUFFIX = '.invite.md';
const IGNORE_FILES = ['.gitignore', '.invitelintignore'];
/** The largest ignore file read. */
export const MAX_IGNORE_FILE_BYTES = 1024 * 1024;
/** The ignore matcher compiles patterns to regexes that backtrack over path segments: each
 *  `**` multiplies the cost by the depth. Bounded so that a match always costs little: */
export const MAX_GLOBSTARS = 3; // per pattern, after a run of them counts as one
export const MAX_IGNORE_DEPTH = 64; // folders between an ignore file and a draft
/** Brace expansion makes one pattern per alternative before any file is looked at. */
export const MAX_BRACE_EXPANSION = 1024;
// Never drafts, often huge: not even entered.
const SKIPPED_FOLDERS = ['node_modules', '.git'];
const ALWAYS_SKIPPED = SKIPPED_FOLDERS.map((name) => `**/${name}/**`);

export interface DiscoverOptions {
  cwd: string;
  /** false with --no-ignore: .gitignore and .invitelintignore are not read. */
  ignore: boolean;
}

const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
const toPosix = (path: string) => path.split(sep).join('/');

/** The ignore files that apply to a path, read lazily and cached per folder. */
export class IgnoreFiles {
  private readonly matchers = new Map<string, Ignore | null>();
  private readonly folders = new Map<string, boolean>();
  private readonly roots = new Map<string, string | null>();

  constructor(private readonly cwd: string) {}

  private matcher(folder: string): Ignore | null {
    if (this.matchers.has(folder)) return this.matchers.get(folder)!;
    let matcher: Ignore | null = null;
    for (const name of IGNORE_FILES) {
      const file = join(folder, name);
      let text: string;
      try {
        text = readBoundedFile(file, MAX_IGNORE_FILE_BYTES).bytes.toString('utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') continue;
        if (error instanceof FileRefusedError) throw new CliError(`${displayPath(file, this.cwd)}: cannot read ignore file: ${error.message}`);
        throw fsError(displayPath(file, this.cwd), error, 'cannot read ignore file: ');
      }
      // .invitelintignore comes second, so its `!pattern` can re-include what git ignores.
      matcher = (matcher ?? ignore()).add(boundedPatterns(text, displayPath(file, this.cwd)));
    }
    this.matchers.set(folder, matcher);
    return matcher;
  }

  private gitRoot(folder: string): string | null {
    if (this.roots.has(folder)) return this.roots.get(folder)!;
    let root: string | null;
    try {
      statSync(join(folder, '.git')); // a folder, or a file in worktrees and submodules
      root = folder;
    } catch {
      const parent = dirname(folder);
      root = parent === folder ? null : this.gitRoot(parent);
    }
    this.roots.set(folder, root);
    return root;
  }

  /** The outermost folder whose ignore files count: the git root, else cwd, else `fallback`. */
  private boundary(folder: string, fallback: string): string {
    return this.gitRoot(folder) ?? (isInside(folder, this.cwd) ? this.cwd : fallback);
  }

  private folderIgnored(folder: string, top: string): boolean {
    let ignored = this.folders.get(folder);
    if (ignored === undefined) {
      ignored = this.test(folder, true, top);
      this.folders.set(folder, ignored);
    }
    return ignored;
  }

  private test(path: string, isFolder: boolean, top: string): boolean {
    const parent = dirname(path);
    if (path === top || !isInside(parent, top)) return false;
    // git never looks inside an ignored folder, so nothing below it can be re-included.
    if (parent !== top && this.folderIgnored(parent, top)) return true;
    const chain: string[] = [];
    for (let folder = parent; ; folder = dirname(folder)) {
      chain.unshift(folder);
      if (folder === top || dirname(folder) === folder) break;
    }
    let ignored = false;
    for (const folder of chain) {
      const result = this.matcher(folder)?.test(toPosix(relative(folder, path)) + (isFolder ? '/' : ''));
      if (result?.ignored) ignored = true;
      else if (result?.unignored) ignored = false;
    }
    return ignored;
  }

  /** Whether a file found under `walkRoot` is ignored. */
  ignores(file: string, walkRoot: string): boolean {
    const top = this.boundary(dirname(file), walkRoot);
    if (relative(top, file).split(sep).length - 1 > MAX_IGNORE_DEPTH && this.anyMatcher(dirname(file), top)) {
      throw new CliError(
        `${displayPath(file, this.cwd)}: more than ${MAX_IGNORE_DEPTH} folders deep below ${displayPath(top, this.cwd) || '.'}; too deep to check against ${IGNORE_FILES.join(' and ')} (use --no-ignore)`,
      );
    }
    return this.test(file, false, top);
  }

  private anyMatcher(folder: string, top: string): boolean {
    for (let at = folder; isInside(at, top); at = dirname(at)) {
      if (this.matcher(at)) return true;
      if (at === top || dirname(at) === at) break;
    }
    return false;
  }
}

/**
 * Ignore-file text as the matcher may take it: a run of `**` segments is one (`a`, `**`, `**`,
 * `b` is `a`, `**`, `b`), and a pattern with more than MAX_GLOBSTARS of them is refused, naming
 * its line.
 */
export function boundedPatterns(text: string, file: string): string {
  const lines = text.split(/\r?\n/);
  return lines
    .map((line, index) => {
      if (line.startsWith('#') || !line.includes('**')) return line;
      const negated = line.startsWith('!') ? '!' : '';
      const segments: string[] = [];
      for (const segment of line.slice(negated.length).split('/')) {
        const globstar = /^\*{2,}$/.test(segment);
        if (globstar && segments.at(-1) === '**') continue;
        segments.push(globstar ? '**' : segment);
      }
      if (segments.filter((segment) => segment === '**').length > MAX_GLOBSTARS) {
        throw new CliError(`${file}:${index + 1}: more than ${MAX_GLOBSTARS} \`**\` in one pattern; the ignore matcher is bounded (use fewer, or --no-ignore)`);
      }
      return negated + segments.join('/');
    })
    .join('\n');
}

/** How many patterns brace expansion makes of `pattern` (`{a,b}{a,b}` makes 4), counted without
 *  making them: fast-glob expands all of them before it reads a folder. Ranges count their
 *  steps; an unclosed brace counts as if it were closed (an over-count is safe). */
export function braceExpansions(pattern: string): number {
  const cap = (n: number) => Math.min(n, Number.MAX_SAFE_INTEGER);
  const groups: Array<{ before: number; sum: number; alternatives: number; start: number }> = [];
  let product = 1; // of the sequence being read, inside the innermost open group
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{') {
      groups.push({ before: product, sum: 0, alternatives: 1, start: i + 1 });
      product = 1;
    } else if (c === ',' && groups.length > 0) {
      const group = groups.at(-1)!;
      group.sum = cap(group.sum + product);
      group.alternatives++;
      product = 1;
    } else if (c === '}' && groups.length > 0) {
      const group = groups.pop()!;
      const count = group.alternatives > 1 ? group.sum + product : (rangeSize(pattern.slice(group.start, i)) ?? product);
      product = cap(group.before * count);
    }
  }
  while (groups.length > 0) {
    const group = groups.pop()!;
    product = cap(group.before * (group.sum + product));
  }
  return product;
}

/** Steps of a brace range (`1..10`, `a..e`, `0..100..5`), or undefined when `body` is none. */
function rangeSize(body: string): number | undefined {
  const numbers = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  if (numbers) {
    const step = Math.abs(Number(numbers[3] ?? 1)) || 1;
    return Math.floor(Math.abs(Number(numbers[2]) - Number(numbers[1])) / step) + 1;
  }
  const letters = /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
  return letters ? Math.abs(letters[2].charCodeAt(0) - letters[1].charCodeAt(0)) + 1 : undefined;
}

/** fast-glob's `ignore` cannot see a pattern starting with `../`; this catches what it misses. */
function inSkippedFolder(file: string, bases: readonly string[]): boolean {
  const base = bases.find((b) => isInside(file, b));
  return base !== undefined && relative(base, dirname(file)).split(sep).some((segment) => SKIPPED_FOLDERS.includes(segment));
}

async function glob(pattern: string, cwd: string): Promise<string[]> {
  const bases = fg.generateTasks([pattern]).map((task) => resolve(cwd, task.base));
  // Symlinked folders are not followed (as git and ripgrep do), so a symlink loop cannot make
  // the walk endless; a symlinked draft is kept and read through its link.
  const entries = fg.sync(pattern, { cwd, dot: false, onlyFiles: false, followSymbolicLinks: false, objectMode: true, ignore: ALWAYS_SKIPPED, suppressErrors: false });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.name.endsWith(DRAFT_SUFFIX) || entry.dirent.isDirectory()) continue;
    const path = resolve(cwd, entry.path);
    if (inSkippedFolder(path, bases)) continue;
    if (isDraftEntry(entry.dirent, path)) files.push(path);
  }
  return files.sort();
}

/** A draft's directory entry: anything but a folder or a link to one. A special file (a FIFO, a
 *  device) or a broken or looping link is kept: reading it reports what it is, in one line. */
function isDraftEntry(dirent: { isDirectory(): boolean; isSymbolicLink(): boolean }, path: string): boolean {
  if (dirent.isDirectory()) return false;
  if (!dirent.isSymbolicLink()) return true;
  try {
    return !statSync(path).isDirectory();
  } catch {
    return true;
  }
}

/**
 * The drafts under a folder, walked rather than globbed: a glob's regexes never match a name
 * with a line break in it. As with the globs, hidden entries and SKIPPED_FOLDERS are not
 * entered and symlinked folders are not followed (a link loop cannot make the walk endless).
 */
function walk(root: string, cwd: string): string[] {
  const files: string[] = [];
  const folders = [root];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    let entries;
    try {
      entries = readdirSync(onDiskPath(folder), { withFileTypes: true });
    } catch (error) {
      throw fsError(displayPath(folder, cwd), error);
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.includes(entry.name)) folders.push(path);
      } else if (entry.name.endsWith(DRAFT_SUFFIX) && isDraftEntry(entry, path)) {
        files.push(path);
      }
    }
  }
  return files.sort();
}

/**
 * The path to hand the file system for a path found by walking. A name that is not valid UTF-8
 * comes back from the file system with U+FFFD in it, and that string names no file; such a
 * path is resolved, segment by segment, to the bytes of the one entry that reads that way.
 */
export function onDiskPath(path: string): string | Buffer {
  if (!path.includes('\uFFFD') || existsSync(path)) return path;
  // Bytes as latin1 text: path.join keeps them as they are.
  let bytes = isAbsolute(path) ? sep : '';
  for (const segment of path.split(sep)) {
    if (segment === '') continue;
    let name = Buffer.from(segment).toString('latin1');
    if (segment.includes('\uFFFD')) {
      let matches: Buffer[];
      try {
        matches = readdirSync(Buffer.from(bytes || '.', 'latin1'), { encoding: 'buffer' }).filter((entry) => entry.toString('utf8') === segment);
      } catch {
        return path;
      }
      if (matches.length !== 1) return path; // none, or two that read the same: the read reports it
      name = matches[0].toString('latin1');
    }
    bytes = join(bytes, name);
  }
  return Buffer.from(bytes, 'latin1');
}

async function expand(pattern: string, cwd: string, what: string): Promise<string[]> {
  const expansions = braceExpansions(pattern);
  if (expansions > MAX_BRACE_EXPANSION) {
    const count = (n: number) => n.toLocaleString('en-US');
    throw new CliError(`invalid glob pattern "${what}": it expands to ${count(expansions)} patterns (at most ${count(MAX_BRACE_EXPANSION)})`);
  }
  try {
    return await glob(pattern, cwd);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code && e.path) throw fsError(displayPath(e.path, cwd), e);
    throw new CliError(`invalid glob pattern "${what}": ${e.message.split(/(?<=\.)\s/)[0]}`);
  }
}

/** Expands the command line's paths and globs to the drafts to lint, in a stable order. */
export async function findDrafts(patterns: readonly string[], options: DiscoverOptions): Promise<string[]> {
  const { cwd } = options;
  const ignores = options.ignore ? new IgnoreFiles(cwd) : undefined;
  const found = new Set<string>();

  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    let kind: 'file' | 'folder' | 'missing';
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) kind = 'folder';
      else if (stat.isFile()) kind = 'file';
      else throw new CliError(`${pattern}: not a regular file`);
    } catch (error) {
      if (error instanceof CliError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw fsError(pattern, error);
      kind = 'missing';
    }

    if (kind === 'file') {
      // Named explicitly: linted whatever its extension and whatever the ignore files say.
      found.add(path);
      continue;
    }

    let files: string[];
    if (kind === 'folder') {
      files = walk(path, cwd);
      if (files.length === 0) throw new CliError(`no *${DRAFT_SUFFIX} files found in ${pattern}`);
    } else if (fg.isDynamicPattern(pattern)) {
      files = await expand(pattern, cwd, pattern);
      if (files.length === 0) throw new CliError(`no files matching the pattern "${pattern}" were found`);
    } else {
      throw new CliError(`${pattern}: no such file or directory`);
    }

    const walkRoot = kind === 'folder' ? path : cwd;
    const kept = ignores ? files.filter((file) => !ignores.ignores(file, walkRoot)) : files;
    if (kept.length === 0) throw new CliError(`all files matched by "${pattern}" are ignored (see --no-ignore)`);
    for (const file of kept) found.add(file);
  }
  return [...found];
}
