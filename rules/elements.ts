// Where a draft stands on the seed's three elements, for the editor's code lens and the
// CLI's summary and JSON: read from the same signal table the rules decide by, so the
// summary shows exactly what decided each rule, down to the cue id.
import { isEnglish, type Language } from './draft/language.js';
import type { Draft, Span } from './draft/model.js';
import { signalOptions, signalsOf, type Signal } from './signals.js';
import { bodyLength, limitOf } from './too-long.js';
import type { Relationship, ResolvedConfig } from './types.js';

export interface ElementMatch extends Span {
  kind: string;
  /** The catalogue cue that matched (rules/cues), and what it recognises. */
  cue: string;
  label: string;
  /** The sentence that was taken as this element. */
  sentence: Span;
  text: string;
}

export interface Elements {
  /** Drafts not in English are not judged for the elements (RULES.md). */
  language: Language;
  relationship: { value: Relationship; source: 'frontmatter' | 'inferred' | 'default'; cue?: Span & { text: string; id: string } };
  /** Context for contacts and acquaintances; for strangers, the reasons to accept. */
  context: { found: boolean; matches: ElementMatch[] };
  invitation: { found: boolean; matches: ElementMatch[] };
  nextAction: { found: boolean; matches: ElementMatch[] };
  stockOnly: boolean;
  length: { count: number; limit: number };
}

function toElement(draft: Draft, signal: Signal): ElementMatch {
  const start = signal.sentence.tokens[0]?.start ?? signal.sentence.start;
  return {
    kind: signal.cue.kind,
    cue: signal.cue.id,
    label: signal.cue.label,
    start: signal.start,
    end: signal.end,
    sentence: { start, end: signal.sentence.end },
    text: draft.text.slice(start, signal.sentence.end),
  };
}

const found = (matches: ElementMatch[]) => ({ found: matches.length > 0, matches });

export function summarizeElements(draft: Draft, config?: ResolvedConfig): Elements {
  const signals = signalsOf(draft, signalOptions(config));
  const stranger = signals.relationship.value === 'stranger';
  // For contacts a reason (a name-drop, appreciation, a concrete reason) is context too.
  const context = (stranger ? signals.of('reason') : [...signals.of('context'), ...signals.of('reason')].sort((a, b) => a.start - b.start)).map((s) => toElement(draft, s));
  const configuredLimit = Number(config?.rules['too-long']?.options.limit ?? 300);
  const { count, limit } = bodyLength(draft, limitOf(draft, configuredLimit));
  const { value, source, cue } = signals.relationship;
  return {
    language: draft.language,
    relationship: { value, source, ...(cue ? { cue: { start: cue.start, end: cue.end, id: cue.id, text: draft.text.slice(cue.start, cue.end) } } : {}) },
    context: found(context),
    invitation: found(signals.of('invitation').map((s) => toElement(draft, s))),
    nextAction: found(signals.of('next-action').map((s) => toElement(draft, s))),
    stockOnly: signals.stockOnly,
    length: { count, limit },
  };
}

const mark = (found: boolean) => (found ? '✓' : '✗');

/** The facts an elements summary shows, structurally, so the CLI's JSON form serves too. */
export interface ElementsFacts {
  language?: { value: string; name: string; source: string };
  relationship: { value: string; source: 'frontmatter' | 'inferred' | 'default' };
  context: { found: boolean; matches: ReadonlyArray<{ kind: string }> };
  invitation: { found: boolean };
  nextAction: { found: boolean };
  length: { count: number; limit: number };
}

/** The summary as cells: relationship, context (or a stranger's reason), invitation, next action, length. */
export function elementsCells(elements: ElementsFacts): string[] {
  const { language, relationship, context, invitation, nextAction, length } = elements;
  if (language && !isEnglish(language as Language)) {
    const how = language.source === 'frontmatter' ? 'given' : 'detected';
    return [`${language.name} (${how}): not judged`, '', '', '', `${length.count}/${length.limit}`];
  }
  const source = relationship.source === 'frontmatter' ? 'given' : relationship.source === 'inferred' ? 'inferred' : 'no cue';
  const kinds = [...new Set(context.matches.map((m) => m.kind))].join(', ');
  const first = relationship.value === 'stranger' ? `reason${kinds ? `: ${kinds}` : ''} ${mark(context.found)}` : `context ${mark(context.found)}`;
  return [`${relationship.value} (${source})`, first, `invitation ${mark(invitation.found)}`, `next action ${mark(nextAction.found)}`, `${length.count}/${length.limit}`];
}

/** One line, e.g. `stranger (inferred) · reason: appreciation ✓ · invitation ✓ · next action ✗ · 212/300`. */
export function elementsLine(elements: ElementsFacts): string {
  return elementsCells(elements).filter(Boolean).join(' · ');
}
