// The engine: parse once, run every enabled rule, then apply inline disables and subsumption.
import { parseDraft } from './draft/parse.js';
import { disabledAt, readDirectives, type Directive } from './inline-config.js';
import { resolveConfig } from './config.js';
import { ruleById } from './index.js';
import { signalOptions, signalsOf } from './signals.js';
import { isEnglish, languageOf } from './draft/language.js';
import type { Draft } from './draft/model.js';
import { JUDGED_IN_ENGLISH_ONLY } from './non-english.js';
import { UNUSED_DIRECTIVE, unusedDirectiveReports } from './unused-disable-directive.js';
import type { Finding, LintOptions, LintResult, Report, SuppressedFinding } from './types.js';

let defaultConfig: ReturnType<typeof resolveConfig> | undefined;
let ruleIds: readonly string[] | undefined;

export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintDraft(parseDraft(text), options);
}

/** Runs the rules on a parsed draft (the tests compare drafts parsed along both paths). */
export function lintDraft(draft: Draft, options: LintOptions = {}): LintResult {
  const config = options.config ?? (defaultConfig ??= resolveConfig(ruleById));
  ruleIds ??= [...ruleById.keys()];
  const { directives } = readDirectives(draft);
  const disabledBy = disabledAt(draft, directives);
  if (options.template) draft.template = true;
  const findings: Finding[] = [];
  const signals = signalsOf(draft, signalOptions(config));
  const suppressed: SuppressedFinding[] = [];
  // What each directive switched off, by rule id: the directives that switched off nothing are "unused".
  const used = new Map<Directive, Set<string>>();

  const severityOf = (id: string) => config.rules[id]?.severity ?? ruleById.get(id)!.meta.defaultSeverity;
  for (const [id, rule] of ruleById) {
    const severity = severityOf(id);
    if (severity === 'off' || !rule.check) continue;
    const reports: Report[] = [];
    rule.check({
      draft,
      signals,
      options: { ...(rule.meta.defaultOptions ?? {}), ...(config.rules[id]?.options ?? {}) },
      ruleIds,
      report: (report) => reports.push(report),
    });
    // A draft not in English is not judged; its language is worked out only when a judgement rule fires.
    if (reports.length > 0 && JUDGED_IN_ENGLISH_ONLY.has(id) && !isEnglish(languageOf(draft))) continue;
    for (const report of reports) {
      const finding: Finding = { ruleId: id, severity, ...report };
      const directive = disabledBy(id, report.start);
      if (!directive) {
        findings.push(finding);
        continue;
      }
      suppressed.push({ ...finding, justification: directive.justification });
      const ids = used.get(directive) ?? new Set<string>();
      used.set(directive, ids.add(id));
    }
  }

  // Reported only when switched on; never itself switched off by a comment.
  const unusedSeverity = severityOf(UNUSED_DIRECTIVE);
  if (unusedSeverity !== 'off') {
    for (const report of unusedDirectiveReports(draft.text, directives, used, ruleById)) findings.push({ ruleId: UNUSED_DIRECTIVE, severity: unusedSeverity, ...report });
  }

  const fired = new Set(findings.map((f) => f.ruleId));
  const kept = findings.filter((f) => !(ruleById.get(f.ruleId)?.meta.subsumedBy ?? []).some((other) => fired.has(other)));
  const order = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
  kept.sort(order);
  suppressed.sort(order);
  return { findings: kept, suppressed, draft, signals };
}
