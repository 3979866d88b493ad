// The engine's public contract: what a rule sees, what it reports, and what callers get back.
// Every offset is a UTF-16 code-unit index into the original text (BOM and CRLF included),
// so the CLI and the server convert positions once, in their own position module.

export type Severity = 'info' | 'warning' | 'error';
export type SeveritySetting = Severity | 'off';
export type Relationship = 'contact' | 'acquaintance' | 'stranger' | 'unknown';

/** A fix is data: replace text[start, end) with `text`. One fixer applies them all. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

/** An alternative repair the writer picks in the editor; never applied automatically. */
export interface Suggestion {
  title: string;
  fix: Fix;
}

/** What a rule reports; the engine adds ruleId and severity. */
export interface Report {
  message: string;
  start: number;
  end: number;
  fix?: Fix;
  suggestions?: Suggestion[];
}

export interface Finding extends Report {
  ruleId: string;
  severity: Severity;
}

/** `fix`: has a safe automatic fix; `suggestion`: offers alternatives only; `none`. */
export type FixKind = 'fix' | 'suggestion' | 'none';

export interface RuleMeta<Options = Record<string, unknown>> {
  id: string;
  description: string;
  /** "off" for rules that only report when asked to (unused-disable-directive). */
  defaultSeverity: SeveritySetting;
  fixKind: FixKind;
  /** Core rules are the seven of the contract; others are extras. */
  core: boolean;
  /** Default options; config values are validated against their types. */
  defaultOptions?: Options;
  /** Options whose strings are patterns (docs/cues.md), compiled with bounds when config is read. */
  patternOptions?: string[];
  /** One line per option, for the docs header and the config schema. */
  optionDescriptions?: { [K in keyof Options]: string };
  /** Rules whose finding on the same draft suppresses this one (one problem, one diagnostic). */
  subsumedBy?: string[];
  /** The rule's explanation in the seed's terms and a better example, for hover and docs. */
  rationale: string;
  example: { bad: string; good: string };
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta<Options>;
  /** Judges one draft. */
  check?(context: RuleContext<Options>): void;
  /** Judges the drafts linted together instead (rules/across/): a compact print of each, then the set. */
  across?: import('./across/types.js').AcrossCheck<Options, unknown>;
}

export interface RuleContext<Options = Record<string, unknown>> {
  draft: import('./draft/model.js').Draft;
  /** What the prose says: every cue of the catalogue, evaluated once for this draft. */
  signals: import('./signals.js').SignalTable;
  options: Options;
  /** The ids of every registered rule, for rules about comments that name rules. */
  ruleIds: readonly string[];
  report(report: Report): void;
}

export interface RuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

/** Config after merging defaults, files and overrides, for one draft: one entry per known rule. */
export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  /** The list keys of the config (CONFIG_KEYS of kind `list`), merged. */
  lists: Record<string, string[]>;
  /** For each glob key (kind `globs`, e.g. `ignores`): true when the draft matches it. */
  matched: Record<string, boolean>;
}

export interface LintOptions {
  config?: ResolvedConfig;
  /** The draft is a template (matched by a `templates` glob); frontmatter `template: true` also says so. */
  template?: boolean;
}

/** A finding switched off by an inline comment; `justification` is the comment's text after `--`. */
export interface SuppressedFinding extends Finding {
  justification: string;
}

export interface LintResult {
  findings: Finding[];
  /** What inline disable comments switched off (findings subsumed by another rule are not here). */
  suppressed: SuppressedFinding[];
  draft: import('./draft/model.js').Draft;
  signals: import('./signals.js').SignalTable;
}
