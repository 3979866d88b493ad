// Config files on disk: the search upward, `extends` (a relative path or an installed
// package), overrides and ignores relative to the file that was found.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../rules/engine.js';
import { ConfigResolver } from './config-files.js';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const at = (path: string) => join(root, path);
const severity = (resolver: ConfigResolver, path: string, id: string) => resolver.configFor(at(path)).rules[id].severity;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'invitelint-config-files-'));
  // An installed shareable config: a package whose main is JSON, and one more file in it.
  write('repo/node_modules/@acme/invitelint-config/package.json', JSON.stringify({ name: '@acme/invitelint-config', version: '1.0.0', main: 'invitelint.json' }));
  write('repo/node_modules/@acme/invitelint-config/invitelint.json', '{ // the team\'s defaults\n "rules": { "no-next-action": "error", "too-long": ["error", { "limit": 200 }] }, "overrides": [{ "files": "templates/**", "rules": { "placeholder": "off" } }] }');
  write('repo/node_modules/@acme/invitelint-config/strict.json', '{ "extends": "./invitelint.json", "rules": { "no-context": "error" } }');
  write('repo/node_modules/js-config/package.json', JSON.stringify({ name: 'js-config', version: '1.0.0', main: 'index.js' }));
  write('repo/node_modules/js-config/index.js', 'throw new Error("never run")');
  write('repo/.invitelintrc.json', '{ "root": true, "extends": ["@acme/invitelint-config", "./base.json"], "rules": { "too-long": "warn" }, "ignores": ["archive/**", "*.wip.invite.md"] }');
  write('repo/base.json', '{ "rules": { "stranger-no-reason": "info" } }');
  write('repo/strict/.invitelintrc.json', '{ "extends": "@acme/invitelint-config/strict.json" }');
  write('repo/sent/.invitelintrc.json', '{ "overrides": [{ "files": ["*.invite.md"], "rules": { "no-next-action": "off" } }] }');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('config files', () => {
  it('extends an installed package and a relative path, the extending file winning', () => {
    const resolver = new ConfigResolver();
    expect(severity(resolver, 'repo/a.invite.md', 'no-next-action')).toBe('error'); // from the package
    expect(severity(resolver, 'repo/a.invite.md', 'stranger-no-reason')).toBe('info'); // from ./base.json
    expect(resolver.configFor(at('repo/a.invite.md')).rules['too-long']).toEqual({ severity: 'warning', options: { limit: 200 } });
  });

  it("applies an extended config's overrides relative to the file that extends it", () => {
    const resolver = new ConfigResolver();
    expect(severity(resolver, 'repo/templates/t.invite.md', 'placeholder')).toBe('off');
    expect(severity(resolver, 'repo/a.invite.md', 'placeholder')).toBe('error');
  });

  it('extends a file inside a package, which extends another', () => {
    const resolver = new ConfigResolver();
    expect(severity(resolver, 'repo/strict/a.invite.md', 'no-context')).toBe('error');
    expect(severity(resolver, 'repo/strict/a.invite.md', 'no-next-action')).toBe('error');
  });

  it('applies overrides of a nested config file relative to its own folder', () => {
    const resolver = new ConfigResolver();
    expect(severity(resolver, 'repo/sent/x.invite.md', 'no-next-action')).toBe('off');
    expect(severity(resolver, 'repo/x.invite.md', 'no-next-action')).toBe('error');
  });

  it('says which drafts `ignores` covers, relative to the config file', () => {
    const resolver = new ConfigResolver();
    expect(resolver.ignores(at('repo/archive/old.invite.md'))).toBe(true);
    expect(resolver.ignores(at('repo/deep/a.wip.invite.md'))).toBe(true);
    expect(resolver.ignores(at('repo/a.invite.md'))).toBe(false);
  });

  it.each([
    ['a missing path', '{ "extends": "./nope.json" }', /extends: cannot find "\.\/nope\.json"/],
    ['a missing package', '{ "extends": "@acme/nope" }', /extends: cannot find "@acme\/nope": not a path \(start it with \.\/ or \.\.\/\) and no installed package of that name/],
    ['a package whose config is code', '{ "extends": "js-config" }', /extends: "js-config" resolves to .*index\.js, not a \.json file \(invitelint reads configs as data and never runs code\)/],
    ['itself', '{ "extends": "./.invitelintrc.json" }', /extends: circular/],
  ])('reports extending %s in one line naming the file', (_, text, message) => {
    write('bad/.invitelintrc.json', `{ "root": true, ${text.slice(1)}`);
    write('bad/node_modules/js-config/package.json', JSON.stringify({ name: 'js-config', main: 'index.js' }));
    write('bad/node_modules/js-config/index.js', 'throw new Error("never run")');
    const error = (() => {
      try {
        new ConfigResolver().configFor(at('bad/a.invite.md'));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(at('bad/.invitelintrc.json'));
  });

  it('reports a cycle through two files', () => {
    write('cycle/.invitelintrc.json', '{ "root": true, "extends": "./a.json" }');
    write('cycle/a.json', '{ "extends": "./b.json" }');
    write('cycle/b.json', '{ "extends": "./a.json" }');
    expect(() => new ConfigResolver().configFor(at('cycle/x.invite.md'))).toThrow(/extends: circular: .*a\.json -> .*b\.json -> .*a\.json/);
  });

  it('takes a config object instead of files, its globs and extends relative to cwd', () => {
    const resolver = new ConfigResolver({ cwd: at('repo'), config: { extends: '@acme/invitelint-config', overrides: [{ files: 'drafts/**', rules: { 'no-context': 'off' } }] } });
    expect(severity(resolver, 'repo/drafts/a.invite.md', 'no-context')).toBe('off');
    expect(severity(resolver, 'repo/drafts/a.invite.md', 'no-next-action')).toBe('error');
    // The files on disk are not read: repo/.invitelintrc.json sets too-long to "warn".
    expect(severity(resolver, 'repo/drafts/a.invite.md', 'too-long')).toBe('error');
  });
});
