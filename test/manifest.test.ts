// The extension manifest (client/manifest.json) against what it describes: the server's
// settings and commands, the config schema; and the .vsix built from it, which ships only
// what the extension runs. (The manifest's rule list is generated: test/generated.test.ts.)
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { rules } from '../rules/engine.js';
import { COMMANDS } from '../server/code-actions.js';
import { DEFAULT_SETTINGS } from '../server/settings.js';
import { packageExtension } from '../scripts/package-vsix.mjs';
import { ROOT } from './support/built-server.js';

const manifest = JSON.parse(readFileSync(join(ROOT, 'client', 'manifest.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const settings = manifest.contributes.configuration.properties;

describe('extension manifest', () => {
  it('offers a severity override for every registered rule', () => {
    const overrides = settings['invitelint.rules'].properties;
    expect(Object.keys(overrides)).toEqual(rules.map((r) => r.meta.id));
    for (const schema of Object.values(overrides)) expect((schema as { enum: string[] }).enum).toEqual(['off', 'info', 'warning', 'error']);
  });

  it("declares the server's settings with the server's defaults", () => {
    expect(settings['invitelint.enable'].default).toBe(DEFAULT_SETTINGS.enable);
    expect(settings['invitelint.run'].default).toBe(DEFAULT_SETTINGS.run);
    expect(settings['invitelint.run'].enum).toEqual(['onType', 'onSave']);
    expect(settings['invitelint.rules'].default).toEqual(DEFAULT_SETTINGS.rules);
    // vscode-languageclient reads `<client id>.trace.server` by itself.
    expect(settings['invitelint.trace.server'].enum).toEqual(['off', 'messages', 'verbose']);
    for (const [key, schema] of Object.entries(settings)) expect((schema as { description?: string; markdownDescription?: string }).description ?? (schema as { markdownDescription?: string }).markdownDescription, key).toMatch(/\S{3}/);
  });

  it('contributes the commands: the server executes some, the client registers the others', () => {
    const commands = manifest.contributes.commands.map((c: { command: string; title: string; category: string }) => `${c.category}: ${c.title} (${c.command})`);
    expect(commands).toEqual([
      'invitelint: Lint all drafts in the workspace (invitelint.lintWorkspace)',
      'invitelint: Copy note for LinkedIn (invitelint.copyNote)',
      'invitelint: Create a config file (invitelint.createConfig)',
      'invitelint: Fix all problems (invitelint.fixAll)',
      'invitelint: Restart server (invitelint.restart)',
    ]);
    expect([COMMANDS.fixAll, COMMANDS.lintWorkspace]).toEqual(['invitelint.fixAll', 'invitelint.lintWorkspace']);
    const client = readFileSync(join(ROOT, 'client', 'extension.ts'), 'utf8');
    for (const id of ['invitelint.restart', 'invitelint.copyNote', 'invitelint.createConfig', COMMANDS.noteText]) expect(client).toContain(`'${id}'`);
  });

  it('validates .invitelintrc.json against the schema, as JSON with comments', () => {
    expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: '.invitelintrc.json', url: './schema/invitelintrc.schema.json' }]);
    expect(manifest.contributes.languages).toEqual([{ id: 'jsonc', filenames: ['.invitelintrc.json'] }]);
  });

  it('offers snippets only in drafts: no snippet file for all of Markdown', () => {
    expect(manifest.contributes.snippets).toBeUndefined();
    expect(readFileSync(join(ROOT, 'client', 'extension.ts'), 'utf8')).toContain('registerCompletionItemProvider(DOCUMENT_SELECTOR');
  });

  it('is the extension, apart from the npm package: its own main, VS Code 1.100, Marketplace fields', () => {
    expect(manifest.main).toBe('./dist/extension.cjs');
    expect(pkg.main).toBe('./dist/api.cjs');
    expect(manifest.engines.vscode).toBe('^1.100.0');
    expect(pkg.devDependencies['@types/vscode']).toBe('1.100.0');
    expect(manifest.categories).toEqual(['Linters', 'Snippets']);
    expect(manifest.keywords.length).toBeGreaterThanOrEqual(3);
    expect(manifest.icon).toBe('images/icon.png');
  });
});

/** The entries of a zip file, with their sizes. */
function zipEntries(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.readEntry();
    });
  });
}

describe('the .vsix', () => {
  let dir: string;
  let vsix: string;
  let entries: Map<string, Buffer>;
  const text = (name: string) => entries.get(name)!.toString('utf8');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'invitelint-vsix-test-'));
    vsix = await packageExtension(join(dir, 'invitelint.vsix'), join(dir, 'stage'));
    entries = await zipEntries(vsix);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ships only what the extension runs and what the Marketplace shows', () => {
    const files = [...entries.keys()].sort();
    expect(files).toEqual(
      [
        '[Content_Types].xml',
        'extension.vsixmanifest',
        'extension/LICENSE.txt',
        'extension/THIRD-PARTY-NOTICES.txt',
        'extension/dist/extension.cjs',
        'extension/dist/index-worker.mjs',
        'extension/dist/server.mjs',
        'extension/images/icon.png',
        'extension/images/vscode-problems.png',
        'extension/package.json',
        'extension/readme.md',
        'extension/schema/invitelintrc.schema.json',
      ].sort(),
    );
    console.log(`vsix: ${statSync(vsix).size} bytes, ${files.length} entries: ${files.join(', ')}`);
  });

  it('carries minified bundles and the notices of the packages in them', () => {
    for (const bundle of ['extension/dist/extension.cjs', 'extension/dist/server.mjs', 'extension/dist/index-worker.mjs']) {
      const code = text(bundle);
      expect(code.length / code.split('\n').length, `${bundle}: characters per line`).toBeGreaterThan(1000);
    }
    const notices = text('extension/THIRD-PARTY-NOTICES.txt');
    for (const name of ['vscode-languageclient', 'vscode-languageserver', 'unified', 'yaml', 'jsonc-parser']) expect(notices).toMatch(new RegExp(`^${name} \\S+ \\(`, 'm'));
    expect(notices).toContain('Permission is hereby granted');
  });

  it('has the Marketplace README, not the developer one, with its screenshot beside it', () => {
    const readme = text('extension/readme.md');
    expect(readme).toMatch(/^# invitelint for VS Code/);
    expect(readme).not.toContain('## Two commands');
    expect(readme).toContain('](images/vscode-problems.png)');
    expect(readme.split('\n').length).toBeLessThan(80);
  });

  it("has the extension's manifest with the package's version and the schema it validates with", () => {
    const packaged = JSON.parse(text('extension/package.json'));
    expect(packaged).toMatchObject({ name: pkg.name, version: pkg.version, license: pkg.license, main: './dist/extension.cjs', icon: 'images/icon.png' });
    expect(packaged.scripts).toBeUndefined();
    expect(packaged.devDependencies).toBeUndefined();
    expect(text('extension/schema/invitelintrc.schema.json')).toBe(readFileSync(join(ROOT, 'schema', 'invitelintrc.schema.json'), 'utf8'));
  });
});
