// The engine's public surface for the CLI, the server and tests. Pure: no I/O here.
import { fixAll as fixAllWith, type FixAllResult } from './fixer.js';
import { lint } from './lint.js';
import type { LintOptions, LintResult } from './types.js';

export { lint } from './lint.js';
export { applyFixes, MAX_FIX_PASSES, type FixAllResult } from './fixer.js';
export { rules, ruleById, docsUrl } from './index.js';
export { CONFIG_KEYS, ConfigError, configToJson, didYouMean, matchSignature, OPTION_TYPES, optionType, parseConfigText, parseConfigValue, resolveConfig, SEVERITY_WORDS, validateRuleSettings, type ConfigKey, type ConfigLayer, type ConfigOverride, type OptionType } from './config.js';
export type * from './types.js';
export type { Draft, Span } from './draft/model.js';
export { parseDraft } from './draft/parse.js';
export { noteText, type NoteText } from './note-text.js';
export { acrossEnabled, judgeAcross, printDraft, type AcrossFinding, type AcrossLocation, type DraftPrint } from './across/index.js';
export { elementsCells, elementsLine, summarizeElements, type Elements, type ElementMatch } from './elements.js';

/** Applies safe fixes until stable (at most MAX_FIX_PASSES passes); `draft` is the final text's. */
export function fixAll(text: string, options?: LintOptions): FixAllResult & Pick<LintResult, 'suppressed' | 'draft'> {
  let last!: LintResult;
  const result = fixAllWith(
    text,
    (current, lintOptions) => (last = lint(current, lintOptions)),
    options,
  );
  return { ...result, suppressed: last.suppressed, draft: last.draft };
}

/** The largest text analysed: 1 MiB (in bytes for the CLI's files, UTF-16 units for the editor's
 *  documents). An invitation note is at most 300 characters; past this, nothing is linted. */
export const MAX_DRAFT_SIZE = 1024 * 1024;
