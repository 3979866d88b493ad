// The registry: one line per rule, sorted by id. Everything else (docs URLs, config
// validation, the CLI's SARIF rules, the parity test) is derived from this list.
import { duplicateRecipient } from './duplicate-recipient.js';
import { invalidDisableComment } from './invalid-disable-comment.js';
import { invalidFrontmatter } from './invalid-frontmatter.js';
import { nameMismatch } from './name-mismatch.js';
import { noContext } from './no-context.js';
import { noNextAction } from './no-next-action.js';
import { nonEnglish } from './non-english.js';
import { placeholder } from './placeholder.js';
import { reusedText } from './reused-text.js';
import { stockPhraseAlone } from './stock-phrase-alone.js';
import { strangerNoReason } from './stranger-no-reason.js';
import { tooLong } from './too-long.js';
import type { Rule } from './types.js';
import { unusedDisableDirective } from './unused-disable-directive.js';

export const rules: readonly Rule[] = [
  duplicateRecipient,
  invalidDisableComment,
  invalidFrontmatter,
  nameMismatch,
  noContext,
  noNextAction,
  nonEnglish,
  placeholder,
  reusedText,
  stockPhraseAlone,
  strangerNoReason,
  tooLong,
  unusedDisableDirective,
] as unknown as Rule[];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));

export const DOCS_BASE = 'https://github.com/invitelint/invitelint/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
