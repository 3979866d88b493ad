// The engine's public surface for the CLI, the server and tests. Pure: no I/O here.
import { fixAll as fixAllWith, type FixAllResult } from './fixer.js';
import { lint } from './lint.js';
import type { LintOptions } from './types.js';

export { lint } from './lint.js';
export { applyFixes, MAX_FIX_PASSES, type FixAllResult } from './fixer.js';
export { rules, ruleById, docsUrl } from './index.js';
export { ConfigError, parseConfigText, resolveConfig, validateRuleSettings, type ConfigLayer } from './config.js';
export type * from './types.js';
export type { Draft, Span } from './draft/model.js';
export { parseDraft } from './draft/parse.js';
export { elementsLine, summarizeElements, type Elements, type ElementMatch } from './elements.js';

/** Applies safe fixes until stable (at most MAX_FIX_PASSES passes). */
export function fixAll(text: string, options?: LintOptions): FixAllResult {
  return fixAllWith(text, lint, options);
}
