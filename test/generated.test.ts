// What is generated from the rules' meta and the config key table (scripts/artifacts.ts) must
// be what is checked in: a rule added to the registry without `npm run generate` fails here,
// naming the file to regenerate and the command.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/engine.js';
import { artifacts, docsHeader, GENERATE_COMMAND, MANIFEST_PATH, SCHEMA_PATH, UNWRITTEN } from '../scripts/artifacts.js';
import { copyRepo } from './support/repo-copy.js';
import { ROOT } from './support/built-server.js';

const onDisk = (path: string) => {
  try {
    return readFileSync(join(ROOT, path), 'utf8');
  } catch {
    return undefined;
  }
};

describe('generated files', () => {
  it.each(artifacts(ROOT).map((a) => [a.path, a] as const))('%s is up to date', (path, artifact) => {
    const actual = onDisk(path);
    if (actual !== artifact.content) expect.fail(`${path} is out of date with the rules' meta: run \`${GENERATE_COMMAND}\` and commit the result`);
  });

  it('covers the schema, every rule page, both rules tables and the manifest', () => {
    const paths = artifacts(ROOT).map((a) => a.path);
    expect(paths).toEqual(expect.arrayContaining([SCHEMA_PATH, 'README.md', 'docs/rules/README.md', MANIFEST_PATH, ...rules.map((r) => `docs/rules/${r.meta.id}.md`)]));
  });

  it.each(rules.map((r) => [r.meta.id, r] as const))('docs/rules/%s.md has every section written', (id, rule) => {
    const page = onDisk(`docs/rules/${id}.md`) ?? '';
    expect(page.startsWith(docsHeader(rule)), `docs/rules/${id}.md: header`).toBe(true);
    const unwritten = [...page.matchAll(/^## (.+)\n\n\(to be written\)$/gm)].map((m) => m[1]);
    if (unwritten.length) expect.fail(`docs/rules/${id}.md: write the sections ${unwritten.join(', ')} (they still say "${UNWRITTEN}")`);
  });

  it('a rule added to the registry without regenerating is caught, naming each file and the command', () => {
    // In a copy of the tree: register a new rule (a copy of too-long under another id) and check.
    const copy = copyRepo('invitelint-generate-');
    try {
      const source = readFileSync(join(copy.dir, 'rules', 'too-long.ts'), 'utf8').replace("id: 'too-long'", "id: 'brand-new-rule'").replace('export const tooLong', 'export const brandNewRule');
      writeFileSync(join(copy.dir, 'rules', 'brand-new-rule.ts'), source);
      const index = readFileSync(join(copy.dir, 'rules', 'index.ts'), 'utf8');
      writeFileSync(join(copy.dir, 'rules', 'index.ts'), index.replace("import { invalidDisableComment }", "import { brandNewRule } from './brand-new-rule.js';\nimport { invalidDisableComment }").replace('export const rules: readonly Rule[] = [', 'export const rules: readonly Rule[] = [\n  brandNewRule,'));
      const check = spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], { cwd: copy.dir, encoding: 'utf8' });
      expect(check.status, check.stderr).toBe(1);
      const stale = check.stdout.trim().split('\n').sort();
      expect(stale).toEqual([MANIFEST_PATH, 'README.md', 'docs/rules/README.md', 'docs/rules/brand-new-rule.md', SCHEMA_PATH].sort().map((path) => `${path}: out of date; run ${GENERATE_COMMAND}`));
      // Regenerated, the new page starts with its header and asks for its sections.
      expect(spawnSync(process.execPath, ['scripts/generate.mjs'], { cwd: copy.dir, encoding: 'utf8' }).status).toBe(0);
      expect(readFileSync(join(copy.dir, 'docs', 'rules', 'brand-new-rule.md'), 'utf8')).toContain(`## Why\n\n${UNWRITTEN}`);
      expect(spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], { cwd: copy.dir, encoding: 'utf8' }).status).toBe(0);
    } finally {
      copy.remove();
    }
  }, 120_000);
});
