// Shared helpers for rule tests: a draft in, findings out as short readable strings.
import { expect } from 'vitest';
import { fixAll, lint, resolveConfig, ruleById, type Finding, type ResolvedConfig } from './engine.js';
import { applyFixes } from './fixer.js';

export { lint };

/** `rule-id «covered text»` for each finding (of one rule, when given). */
export function findings(text: string, ruleId?: string, config?: ResolvedConfig): string[] {
  return lint(text, { config })
    .findings.filter((f) => !ruleId || f.ruleId === ruleId)
    .map((f) => `${f.ruleId} «${text.slice(f.start, f.end)}»`);
}

export function only(text: string, ruleId: string): Finding {
  const found = lint(text).findings.filter((f) => f.ruleId === ruleId);
  expect(found, `expected exactly one ${ruleId}`).toHaveLength(1);
  return found[0];
}

/** Rule ids that fire, sorted (for judgement rules, where the range is the sentence). */
export function ruleIds(text: string): string[] {
  return [...new Set(lint(text).findings.map((f) => f.ruleId))].sort();
}

/** Applies the safe fixes until stable and checks the fixed rule no longer fires. */
export function fixed(text: string, ruleId: string): string {
  const result = fixAll(text);
  expect(result.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
  return result.output;
}

/** Applies one suggestion of the only finding of `ruleId`. */
export function withSuggestion(text: string, ruleId: string, index: number): string {
  const suggestion = only(text, ruleId).suggestions?.[index];
  expect(suggestion, `suggestion ${index} of ${ruleId}`).toBeDefined();
  return applyFixes(text, [suggestion!.fix]).output;
}

export function configWith(rules: Record<string, unknown>): ResolvedConfig {
  const base = resolveConfig(ruleById);
  for (const [id, setting] of Object.entries(rules)) {
    const [severity, options] = Array.isArray(setting) ? setting : [setting, {}];
    base.rules[id] = { severity, options: { ...base.rules[id].options, ...options } };
  }
  return base;
}
