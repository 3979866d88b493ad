import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundedPatterns, braceExpansions, findDrafts, MAX_GLOBSTARS } from './files.js';

let root: string;
const write = (path: string, text = 'Hi there.\n') => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const found = async (patterns: string[], cwd = root, ignore = true) => (await findDrafts(patterns, { cwd, ignore })).map((p) => p.slice(root.length + 1));
const failure = (patterns: string[], cwd = root) => findDrafts(patterns, { cwd, ignore: true }).then(() => 'no error', (e: Error) => e.message);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'invitelint-files-'));
  mkdirSync(join(root, '.git'));
  write('.gitignore', 'build/\n*.tmp.invite.md\n');
  write('drafts/a.invite.md');
  write('drafts/notes.md');
  write('drafts/x.tmp.invite.md');
  write('drafts/.invitelintignore', 'old/\nskip.invite.md\n!keep.tmp.invite.md\n');
  write('drafts/keep.tmp.invite.md');
  write('drafts/skip.invite.md');
  write('drafts/old/b.invite.md');
  write('drafts/deep/c.invite.md');
  write('drafts/deep/.gitignore', '*.invite.md\n!c.invite.md\n');
  write('drafts/deep/d.invite.md');
  write('build/e.invite.md');
  write('build/.gitignore', '!e.invite.md\n'); // cannot re-include: build/ itself is ignored
  write('node_modules/pkg/f.invite.md');
  write('empty/readme.md');
  mkdirSync(join(root, 'drafts/folder.invite.md'));
  // A symlinked folder pointing back up must not make the walk endless.
  symlinkSync('..', join(root, 'drafts/deep/up'));
  symlinkSync('a.invite.md', join(root, 'drafts/link.invite.md'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('findDrafts', () => {
  it('walks folders for *.invite.md, honouring nested .gitignore and .invitelintignore like git', async () => {
    expect(await found(['.'])).toEqual(['drafts/a.invite.md', 'drafts/deep/c.invite.md', 'drafts/keep.tmp.invite.md', 'drafts/link.invite.md']);
  });

  it('applies ignore files above the walked folder, up to the git root', async () => {
    expect(await found(['deep'], join(root, 'drafts'))).toEqual(['drafts/deep/c.invite.md']);
    expect(await failure(['build'])).toBe('all files matched by "build" are ignored (see --no-ignore)');
  });

  it('lints everything but node_modules with --no-ignore', async () => {
    expect(await found(['drafts', 'build'], root, false)).toEqual([
      'drafts/a.invite.md',
      'drafts/deep/c.invite.md',
      'drafts/deep/d.invite.md',
      'drafts/keep.tmp.invite.md',
      'drafts/link.invite.md',
      'drafts/old/b.invite.md',
      'drafts/skip.invite.md',
      'drafts/x.tmp.invite.md',
      'build/e.invite.md',
    ]);
  });

  it('lints an explicitly named file whatever its extension or the ignore files', async () => {
    expect(await found(['drafts/notes.md', 'build/e.invite.md', 'drafts/a.invite.md', 'drafts/a.invite.md'])).toEqual(['drafts/notes.md', 'build/e.invite.md', 'drafts/a.invite.md']);
  });

  it('expands globs to drafts only, with the same ignores', async () => {
    expect(await found(['drafts/*'])).toEqual(['drafts/a.invite.md', 'drafts/keep.tmp.invite.md', 'drafts/link.invite.md']);
    expect(await found(['../**/*.invite.md'], join(root, 'drafts'))).toEqual(['drafts/a.invite.md', 'drafts/deep/c.invite.md', 'drafts/keep.tmp.invite.md', 'drafts/link.invite.md']);
  });

  it('explains what was not found', async () => {
    expect(await failure(['nope.invite.md'])).toBe('nope.invite.md: no such file or directory');
    expect(await failure(['empty'])).toBe('no *.invite.md files found in empty');
    expect(await failure(['none/**/*.invite.md'])).toBe('no files matching the pattern "none/**/*.invite.md" were found');
    expect(await failure(['{1..100000000}.invite.md'])).toMatch(/^invalid glob pattern "\{1\.\.100000000\}\.invite\.md": /);
  });
});

describe('bounds on what the matchers get (issue 13)', () => {
  it.each([
    ['*.invite.md', 1],
    ['{a,b}.invite.md', 2],
    ['{a,b}{a,b,c}.invite.md', 6],
    ['{a,{b,c}}x', 3],
    ['{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}{s,t}{u,v}{w,x}{y,z}{0,1}{2,3}{4,5}{6,7}{8,9}{A,B}{C,D}', 2 ** 20],
    ['{1..100000}', 100_000],
    ['{0..100..10}', 11],
    ['{a..e}{1..2}', 10],
    ['{x}{y}', 1],
    ['\\{a,b\\}', 1],
    ['{a,b', 2],
  ])('braceExpansions(%j) is %d, counted without expanding', (pattern, count) => {
    expect(braceExpansions(pattern)).toBe(count);
  });

  it('counts a million nested braces without a stack to overflow', () => {
    expect(braceExpansions(`${'{a,'.repeat(1_000_000)}b${'}'.repeat(1_000_000)}`)).toBe(1_000_001);
  });

  it('hands the ignore matcher one globstar for a run of them, and refuses a pattern with too many', () => {
    expect(boundedPatterns('# a/**/**/b\na/**/**/***/b\n!**/**/x/**/**\nplain/*.md\n', '.gitignore')).toBe('# a/**/**/b\na/**/b\n!**/x/**\nplain/*.md\n');
    const many = Array.from({ length: MAX_GLOBSTARS + 1 }, (_, i) => `d${i}`).join('/**/');
    expect(() => boundedPatterns(`ok\n${many}/**/x\n`, 'sub/.gitignore')).toThrow(`sub/.gitignore:2: more than ${MAX_GLOBSTARS} \`**\` in one pattern`);
  });
});
