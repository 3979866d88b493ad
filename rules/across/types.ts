// The contract of rules judged across drafts: each draft leaves a compact print (no text, no
// trees), and the set of prints is judged at once. Pure: drafts in, findings out.
import type { Draft, Span } from '../draft/model.js';
import type { ResolvedConfig, Severity } from '../types.js';

export interface CollectContext<Options> {
  draft: Draft;
  options: Options;
  /** The whole config of the draft (reused-text reads stock-phrase-alone's extra phrases). */
  config: ResolvedConfig;
  /** Registers a range a finding may point at, and returns its number. */
  anchor(span: Span): number;
  /** Whether an inline comment switches this rule off at `offset`. */
  disabledAt(offset: number): boolean;
}

export interface AcrossReport {
  /** The anchor (of the reported draft) the finding covers. */
  anchor: number;
  message: string;
  /** The same thing in other drafts, by their number in `drafts` and their anchor. */
  related: Array<{ draft: number; anchor: number }>;
}

export interface JudgeContext<Options, Data> {
  /** The drafts this rule collected something from, with their names (paths, for messages). */
  drafts: ReadonlyArray<{ name: string; data: Data; options: Options }>;
  report(draft: number, report: AcrossReport): void;
}

export interface AcrossCheck<Options, Data> {
  /** What the rule keeps of one draft, or undefined when there is nothing to judge. */
  collect(context: CollectContext<Options>): Data | undefined;
  judge(context: JudgeContext<Options, Data>): void;
}

/** What the across rules keep of one draft. */
export interface DraftPrint {
  /** Anchor ranges as [start, end) offset pairs into the draft's text. */
  anchors: Int32Array;
  /** One entry per across rule that is on for the draft. */
  rules: Array<{ id: string; severity: Severity; options: Record<string, unknown>; data: unknown }>;
}

export interface AcrossLocation extends Span {
  /** The entry's index in the list given to judgeAcross. */
  draft: number;
  anchor: number;
}

export interface AcrossFinding extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  anchor: number;
  related: AcrossLocation[];
}
