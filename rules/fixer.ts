// The one fixer: every caller (CLI --fix, the server's fix-all, tests) applies fixes here.
import type { Fix, LintOptions, Finding } from './types.js';

export const MAX_FIX_PASSES = 10;

/** Applies non-overlapping fixes in offset order; a fix overlapping an earlier one waits for the next pass. */
export function applyFixes(text: string, fixes: readonly Fix[]): { output: string; applied: Fix[] } {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Fix[] = [];
  let output = '';
  let cursor = 0;
  for (const fix of sorted) {
    if (fix.start < cursor || fix.end < fix.start || fix.end > text.length) continue;
    output += text.slice(cursor, fix.start) + fix.text;
    cursor = fix.end;
    applied.push(fix);
  }
  return { output: output + text.slice(cursor), applied };
}

export interface FixAllResult {
  output: string;
  /** Passes that changed the text. */
  passes: number;
  /** Findings left in the final text. */
  findings: Finding[];
  /** How many fixes were applied over all passes. */
  fixed: number;
}

/** Lints, applies the safe fixes, and repeats until nothing changes (at most MAX_FIX_PASSES). */
export function fixAll(
  text: string,
  lintText: (text: string, options?: LintOptions) => { findings: Finding[] },
  options?: LintOptions,
): FixAllResult {
  const seen = new Set([text]);
  let output = text;
  let passes = 0;
  let fixed = 0;
  let findings = lintText(output, options).findings;
  while (passes < MAX_FIX_PASSES) {
    const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
    if (fixes.length === 0) break;
    const next = applyFixes(output, fixes);
    // A fix that brings back an earlier text is circular: stop rather than loop.
    if (next.applied.length === 0 || seen.has(next.output)) break;
    seen.add(next.output);
    output = next.output;
    fixed += next.applied.length;
    passes++;
    findings = lintText(output, options).findings;
  }
  return { output, passes, findings, fixed };
}
