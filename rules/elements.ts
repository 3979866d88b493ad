// Where a draft stands on the seed's three elements, for the editor's code lens and the
// CLI's summary and JSON: the same decisions the rules make, exposed with their ranges.
import type { CueMatch } from './draft/cues.js';
import type { Draft, Span } from './draft/model.js';
import { compilePatterns, findPhrases } from './draft/phrase-match.js';
import { findContext } from './no-context.js';
import { findNextActions } from './no-next-action.js';
import { INVITATION_CUES } from './stock-phrase-alone.phrases.js';
import { isStockOnly } from './stock-phrase-alone.js';
import { findReasons } from './stranger-no-reason.js';
import { bodyLength, limitOf } from './too-long.js';
import type { Relationship, ResolvedConfig } from './types.js';

const INVITATION = compilePatterns(INVITATION_CUES);

export interface ElementMatch extends Span {
  kind: string;
  /** The sentence that was taken as this element. */
  sentence: Span;
  text: string;
}

export interface Elements {
  relationship: { value: Relationship; source: 'frontmatter' | 'inferred' | 'default'; cue?: Span & { text: string } };
  /** Context for contacts and acquaintances; for strangers, the reasons to accept. */
  context: { found: boolean; matches: ElementMatch[] };
  invitation: { found: boolean; matches: ElementMatch[] };
  nextAction: { found: boolean; matches: ElementMatch[] };
  stockOnly: boolean;
  length: { count: number; limit: number };
}

function toElement(draft: Draft, match: CueMatch): ElementMatch {
  return {
    kind: match.kind,
    start: match.start,
    end: match.end,
    sentence: { start: match.sentence.tokens[0]?.start ?? match.sentence.start, end: match.sentence.end },
    text: draft.text.slice(match.sentence.tokens[0]?.start ?? match.sentence.start, match.sentence.end),
  };
}

export function summarizeElements(draft: Draft, config?: ResolvedConfig): Elements {
  const stranger = draft.relationship.value === 'stranger';
  const context = (stranger ? findReasons(draft) : findContext(draft)).map((m) => toElement(draft, m));
  const invitation: ElementMatch[] = [];
  for (const sentence of draft.sentences) {
    const match = findPhrases(sentence.tokens, INVITATION)[0];
    if (match) invitation.push(toElement(draft, { kind: 'invitation', phrase: match.phrase, start: match.start, end: match.end, sentence }));
  }
  const nextAction = findNextActions(draft).map((m) => toElement(draft, m));
  const configuredLimit = Number(config?.rules['too-long']?.options.limit ?? 300);
  const extraPhrases = (config?.rules['stock-phrase-alone']?.options.extraPhrases as string[] | undefined) ?? [];
  const { count, limit } = bodyLength(draft, limitOf(draft, configuredLimit));
  const { cue } = draft.relationship;
  return {
    relationship: { value: draft.relationship.value, source: draft.relationship.source, ...(cue ? { cue: { start: cue.start, end: cue.end, text: draft.text.slice(cue.start, cue.end) } } : {}) },
    context: { found: context.length > 0, matches: context },
    invitation: { found: invitation.length > 0, matches: invitation },
    nextAction: { found: nextAction.length > 0, matches: nextAction },
    stockOnly: isStockOnly(draft, extraPhrases),
    length: { count, limit },
  };
}

const mark = (found: boolean) => (found ? '✓' : '✗');

/** The facts an elements summary shows, structurally, so the CLI's JSON form serves too. */
export interface ElementsFacts {
  relationship: { value: string; source: 'frontmatter' | 'inferred' | 'default' };
  context: { found: boolean; matches: ReadonlyArray<{ kind: string }> };
  invitation: { found: boolean };
  nextAction: { found: boolean };
  length: { count: number; limit: number };
}

/** The summary as cells: relationship, context (or a stranger's reason), invitation, next action, length. */
export function elementsCells(elements: ElementsFacts): string[] {
  const { relationship, context, invitation, nextAction, length } = elements;
  const source = relationship.source === 'frontmatter' ? 'given' : relationship.source === 'inferred' ? 'inferred' : 'no cue';
  const kinds = [...new Set(context.matches.map((m) => m.kind))].join(', ');
  const first = relationship.value === 'stranger' ? `reason${kinds ? `: ${kinds}` : ''} ${mark(context.found)}` : `context ${mark(context.found)}`;
  return [`${relationship.value} (${source})`, first, `invitation ${mark(invitation.found)}`, `next action ${mark(nextAction.found)}`, `${length.count}/${length.limit}`];
}

/** One line, e.g. `stranger (inferred) · reason: appreciation ✓ · invitation ✓ · next action ✗ · 212/300`. */
export function elementsLine(elements: ElementsFacts): string {
  return elementsCells(elements).join(' · ');
}
