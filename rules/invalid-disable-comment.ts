import { closestMatch } from 'leven';
import { DIRECTIVE_KINDS, readDirectives } from './inline-config.js';
import type { Rule } from './types.js';

const closest = (name: string, known: readonly string[]) => closestMatch(name, [...known], { maxDistance: Math.max(2, Math.floor(name.length / 2)) });

export const invalidDisableComment: Rule = {
  meta: {
    id: 'invalid-disable-comment',
    description: 'An invitelint comment names a rule that does not exist, or is not a kind of comment invitelint knows.',
    defaultSeverity: 'warning',
    fixKind: 'suggestion',
    core: false,
    rationale:
      'A disable comment with a misspelt rule id switches nothing off, so the warning it was meant to silence stays, or worse, the one you meant to keep is the one silenced. The closest known id is suggested.',
    example: {
      bad: '---\nto: Hannah Okafor\n---\nHi Hannah, great to see you at the summit yesterday. Coffee next week?\n<!-- invitelint-disable-line no-contxt -->\n\n- Sam',
      good: '---\nto: Hannah Okafor\n---\nHi Hannah, great to see you at the summit yesterday. Coffee next week?\n\n- Sam',
    },
  },
  check({ draft, ruleIds, report }) {
    const { directives, malformed } = readDirectives(draft);
    for (const comment of malformed) {
      const match = closest(comment.name, DIRECTIVE_KINDS);
      report({
        message: `"invitelint-${comment.name}" is not an invitelint comment${match ? `: did you mean "invitelint-${match}"?` : ` (known: ${DIRECTIVE_KINDS.map((k) => `invitelint-${k}`).join(', ')})`}`,
        start: comment.start,
        end: comment.end,
        ...(match ? { suggestions: [{ title: `Change to "invitelint-${match}"`, fix: { start: comment.start, end: comment.end, text: `invitelint-${match}` } }] } : {}),
      });
    }
    for (const directive of directives) {
      for (const span of directive.idSpans) {
        if (ruleIds.includes(span.id)) continue;
        const match = closest(span.id, ruleIds);
        report({
          message: `Unknown rule "${span.id}" in an invitelint-${directive.kind} comment${match ? `: did you mean "${match}"?` : ''}`,
          start: span.start,
          end: span.end,
          ...(match ? { suggestions: [{ title: `Change to "${match}"`, fix: { start: span.start, end: span.end, text: match } }] } : {}),
        });
      }
    }
  },
};
