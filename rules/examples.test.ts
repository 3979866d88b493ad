// Each rule's meta.example, as the hover and the docs show it: the bad one fires its rule,
// the good one is a clean draft (no rule fires on it).
import { describe, expect, it } from 'vitest';
import { lint, resolveConfig, ruleById, rules } from './engine.js';

/** Every rule on, at least as a warning, so rules that are off by default show their example too. */
const allOn = resolveConfig(ruleById, [{ rules: Object.fromEntries(rules.filter((r) => r.meta.defaultSeverity === 'off').map((r) => [r.meta.id, { severity: 'warning' as const }])) }]);
const fired = (text: string) => lint(text, { config: allOn }).findings.map((f) => `${f.ruleId} «${text.slice(f.start, f.end)}»`);

describe('rule examples (meta.example)', () => {
  // Rules judged across drafts (reused-text, duplicate-recipient) have no per-draft check: their
  // examples describe several drafts and are tested in their own files.
  it.each(rules.filter((r) => r.check).map((r) => [r.meta.id, r.meta.example] as const))('%s: the bad example fires it, the good one is clean', (id, example) => {
    expect(fired(example.bad).some((f) => f.startsWith(`${id} «`)), `the bad example of ${id} should fire it; it fired: ${fired(example.bad).join(', ')}`).toBe(true);
    expect(fired(example.good), `the good example of ${id}`).toEqual([]);
  });
});
