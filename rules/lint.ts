// The engine: parse once, run every enabled rule, then apply inline disables and subsumption.
import { parseDraft } from './draft/parse.js';
import { disabledAt } from './inline-config.js';
import { resolveConfig } from './config.js';
import { ruleById } from './index.js';
import type { Draft } from './draft/model.js';
import type { Finding, LintOptions, LintResult, Report } from './types.js';

let defaultConfig: ReturnType<typeof resolveConfig> | undefined;

export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintDraft(parseDraft(text), options);
}

/** Runs the rules on a parsed draft (the tests compare drafts parsed along both paths). */
export function lintDraft(draft: Draft, options: LintOptions = {}): LintResult {
  const config = options.config ?? (defaultConfig ??= resolveConfig(ruleById));
  const isDisabled = disabledAt(draft);
  const findings: Finding[] = [];

  for (const [id, rule] of ruleById) {
    const setting = config.rules[id];
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    const reports: Report[] = [];
    rule.check({
      draft,
      options: { ...(rule.meta.defaultOptions ?? {}), ...(setting?.options ?? {}) },
      report: (report) => reports.push(report),
    });
    for (const report of reports) {
      if (!isDisabled(id, report.start)) findings.push({ ruleId: id, severity, ...report });
    }
  }

  const fired = new Set(findings.map((f) => f.ruleId));
  const kept = findings.filter((f) => !(ruleById.get(f.ruleId)?.meta.subsumedBy ?? []).some((other) => fired.has(other)));
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings: kept, draft };
}
