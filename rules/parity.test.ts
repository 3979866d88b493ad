// Fails when a rule lacks any of its parts: module, registry entry, test file, docs page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsUrl, rules } from './index.js';

const root = join(import.meta.dirname, '..');
const ruleModules = readdirSync(join(root, 'rules')).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.phrases.ts') && /\bmeta:\s*\{/.test(readFileSync(join(root, 'rules', f), 'utf8')),
);

describe('rule parity', () => {
  it('registers every rule module, sorted by id, with unique ids', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ruleModules.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(ids);
  });

  it.each(rules.map((r) => [r.meta.id, r] as const))('%s has its module, test, docs page and complete metadata', (id, rule) => {
    expect(existsSync(join(root, 'rules', `${id}.ts`)), `rules/${id}.ts`).toBe(true);
    expect(existsSync(join(root, 'rules', `${id}.test.ts`)), `rules/${id}.test.ts`).toBe(true);
    const docs = join(root, 'docs', 'rules', `${id}.md`);
    expect(existsSync(docs), `docs/rules/${id}.md`).toBe(true);
    expect(readFileSync(docs, 'utf8')).toMatch(new RegExp(`^# ${id}\\b`));
    expect(docsUrl(id)).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
    expect(rule.meta.description).toMatch(/\S/);
    expect(rule.meta.rationale).toMatch(/\S/);
    expect(rule.meta.example.bad).not.toBe(rule.meta.example.good);
    expect(['fix', 'suggestion', 'none']).toContain(rule.meta.fixKind);
  });

  it('has no docs page without a rule', () => {
    const pages = readdirSync(join(root, 'docs', 'rules')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(pages.map((f) => f.replace(/\.md$/, '')).sort()).toEqual(rules.map((r) => r.meta.id));
  });

  it('covers the seven core rules of the contract', () => {
    expect(rules.filter((r) => r.meta.core).map((r) => r.meta.id)).toEqual([
      'name-mismatch', 'no-context', 'no-next-action', 'placeholder', 'stock-phrase-alone', 'stranger-no-reason', 'too-long',
    ]);
  });
});
