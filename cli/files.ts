// File discovery: explicit files, folders walked for *.invite.md, and globs, honouring
// .gitignore and .invitelintignore files like git does (nested files apply below their
// folder, a deeper file can re-include, nothing inside an ignored folder comes back).
// Returns absolute paths only; reading is the caller's business, one file at a time.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { CliError, displayPath, fsError } from './errors.js';

export const DRAFT_SUFFIX = '.invite.md';
const IGNORE_FILES = ['.gitignore', '.invitelintignore'];
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
        text = readFileSync(file, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') continue;
        throw fsError(displayPath(file, this.cwd), error, 'cannot read ignore file: ');
      }
      // .invitelintignore comes second, so its `!pattern` can re-include what git ignores.
      matcher = (matcher ?? ignore()).add(text);
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
    return this.test(file, false, this.boundary(dirname(file), walkRoot));
  }
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
    if (entry.dirent.isSymbolicLink()) {
      try {
        if (statSync(path).isDirectory()) continue;
      } catch {
        // A broken or looping link is kept: reading it reports the problem in one line.
      }
    } else if (!entry.dirent.isFile()) continue;
    files.push(path);
  }
  return files.sort();
}

async function expand(pattern: string, cwd: string, what: string): Promise<string[]> {
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
      files = await expand(`**/*${DRAFT_SUFFIX}`, path, pattern);
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
