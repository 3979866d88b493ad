// The cross-draft layer above the per-draft engine: printDraft keeps what the across rules
// need of one draft (compact, so 10,000 drafts fit in little memory), judgeAcross judges the
// set in time linear in its size. Callers convert anchors to positions while they have the text.
import { disabledAt } from '../inline-config.js';
import { rules } from '../index.js';
import type { Draft, Span } from '../draft/model.js';
import type { ResolvedConfig, Rule } from '../types.js';
import type { AcrossCheck, AcrossFinding, AcrossLocation, AcrossReport, DraftPrint } from './types.js';

export type { AcrossFinding, AcrossLocation, DraftPrint } from './types.js';

type AcrossRule = Rule & { across: AcrossCheck<Record<string, unknown>, unknown> };
let acrossList: AcrossRule[] | undefined;
const acrossRules = () => (acrossList ??= rules.filter((rule): rule is AcrossRule => rule.across !== undefined));

/** Whether any across rule is on in `config`: if none, drafts need no print. */
export function acrossEnabled(config: ResolvedConfig): boolean {
  return acrossRules().some((rule) => (config.rules[rule.meta.id]?.severity ?? rule.meta.defaultSeverity) !== 'off');
}

/** The draft's print, or undefined when no across rule is on or none kept anything. */
export function printDraft(draft: Draft, config: ResolvedConfig): DraftPrint | undefined {
  const anchors: number[] = [];
  const anchor = (span: Span) => {
    anchors.push(span.start, span.end);
    return anchors.length / 2 - 1;
  };
  let isDisabled: ReturnType<typeof disabledAt> | undefined;
  const kept: DraftPrint['rules'] = [];
  for (const rule of acrossRules()) {
    const { id } = rule.meta;
    const setting = config.rules[id];
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    // Resolved configs carry every option, defaults included.
    const options = setting?.options ?? rule.meta.defaultOptions ?? {};
    const data = rule.across.collect({ draft, options, config, anchor, disabledAt: (offset) => (isDisabled ??= disabledAt(draft))(id, offset) !== undefined });
    if (data !== undefined) kept.push({ id, severity, options, data });
  }
  return kept.length ? { anchors: Int32Array.from(anchors), rules: kept } : undefined;
}

/** Judges a set of drafts; `entries[i].name` names the draft in messages. Findings per entry, in order. */
export function judgeAcross(entries: ReadonlyArray<{ name: string; print: DraftPrint | undefined }>): AcrossFinding[][] {
  const out: AcrossFinding[][] = entries.map(() => []);
  for (const rule of acrossRules()) {
    const { id } = rule.meta;
    const members: number[] = [];
    const drafts: Array<{ name: string; data: unknown; options: Record<string, unknown>; severity: DraftPrint['rules'][number]['severity'] }> = [];
    entries.forEach((entry, index) => {
      const kept = entry.print?.rules.find((r) => r.id === id);
      if (!kept) return;
      members.push(index);
      drafts.push({ name: entry.name, data: kept.data, options: kept.options, severity: kept.severity });
    });
    if (drafts.length < 2) continue;
    const anchorsOf = (entry: number) => entries[entry].print!.anchors;
    // A rule may hand the same related list to many findings: it is converted once.
    const converted = new WeakMap<AcrossReport['related'], AcrossLocation[]>();
    const locate = (related: AcrossReport['related']) => {
      let list = converted.get(related);
      if (!list) {
        list = related.map((r) => {
          const entry = members[r.draft];
          return { draft: entry, anchor: r.anchor, start: anchorsOf(entry)[2 * r.anchor], end: anchorsOf(entry)[2 * r.anchor + 1] };
        });
        converted.set(related, list);
      }
      return list;
    };
    rule.across.judge({
      drafts,
      report(draft, report) {
        const entry = members[draft];
        const anchors = anchorsOf(entry);
        out[entry].push({ ruleId: id, severity: drafts[draft].severity, message: report.message, anchor: report.anchor, start: anchors[2 * report.anchor], end: anchors[2 * report.anchor + 1], related: locate(report.related) });
      },
    });
  }
  for (const findings of out) findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return out;
}
