// The engine's elements summary (rules/elements.ts) in the editor: a code lens with the summary
// line, highlights of the sentences taken as elements, the message of `invitelint.showElements`
// and a hover on those sentences. Pure: elements in, LSP values out.
import { DocumentHighlightKind, MarkupKind, type CodeLens, type DocumentHighlight, type Hover, type Position } from 'vscode-languageserver';
import { elementsLine, type ElementMatch, type Elements } from '../rules/engine.js';
import { COMMANDS } from './code-actions.js';
import { rangeContains, toRange, type PositionSource } from './positions.js';

/** What one lint pass keeps for the editor beside its diagnostics. */
export interface ElementsState {
  elements: Elements;
  /** The line the lens sits on (see lensLine). */
  lensLine: number;
}

/**
 * The lens sits on the first non-blank line of the body: the greeting, just below the
 * frontmatter (line 0 when there is none). It reads as the label of the message itself (the
 * count is of the body), not of the `to:`/`relationship:` header; in VS Code it shows between the
 * closing `---` and the greeting, in Neovim at the end of the greeting line. An empty body keeps
 * the line right after the frontmatter (or its last line).
 */
export function lensLine(document: PositionSource & { getText(): string }, bodyStart: number): number {
  const text = document.getText();
  const first = text.slice(bodyStart).search(/\S/);
  return document.positionAt(first < 0 ? bodyStart : bodyStart + first).line;
}

/**
 * The lens: `elementsLine` as its title; clicking it runs invitelint.showElements(uri, version),
 * `version` being the one the summary was computed for. A summary of an older text keeps its line
 * within the document as it is now.
 */
export function elementsLens(state: ElementsState, document: { uri: string; lineCount: number }, version: number): CodeLens {
  const at = { line: Math.max(0, Math.min(state.lensLine, document.lineCount - 1)), character: 0 };
  return {
    range: { start: at, end: at },
    command: { title: elementsLine(state.elements), command: COMMANDS.showElements, arguments: [document.uri, version] },
  };
}

type Element = 'context' | 'invitation' | 'nextAction';
const ELEMENTS: Element[] = ['context', 'invitation', 'nextAction'];

/**
 * LSP gives a server three highlight kinds and editors colour each its own way (VS Code:
 * editor.wordHighlightTextBackground, wordHighlightBackground, wordHighlightStrongBackground;
 * Neovim: LspReferenceText, LspReferenceRead, LspReferenceWrite), so each element gets one:
 * Text for the context (or a stranger's reason), Read for the invitation, and Write, the
 * strongest, for the next action, the element that asks the recipient to do something.
 */
export const HIGHLIGHT_KIND: Record<Element, DocumentHighlightKind> = {
  context: DocumentHighlightKind.Text,
  invitation: DocumentHighlightKind.Read,
  nextAction: DocumentHighlightKind.Write,
};

/** The sentences taken as elements, in reading order, one highlight per sentence and element. */
export function elementHighlights(document: PositionSource, elements: Elements): DocumentHighlight[] {
  const seen = new Set<string>();
  const found: Array<{ start: number; end: number; kind: DocumentHighlightKind }> = [];
  for (const element of ELEMENTS) {
    for (const { sentence } of elements[element].matches) {
      const kind = HIGHLIGHT_KIND[element];
      const key = `${sentence.start}:${sentence.end}:${kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ ...sentence, kind });
    }
  }
  found.sort((a, b) => a.start - b.start || a.kind - b.kind);
  return found.map(({ start, end, kind }) => ({ range: toRange(document, start, end), kind }));
}

/** What the first element is called: a stranger gets reasons to accept, others context. */
const labelOf = (elements: Elements, element: Element) =>
  element === 'context' ? (elements.relationship.value === 'stranger' ? 'reason' : 'context') : element === 'invitation' ? 'invitation' : 'next action';

const MAX_QUOTE = 72;

/** A sentence or cue between guillemets, on one line; a long one is cut at a word boundary (never inside a surrogate pair). */
export function quote(text: string): string {
  let flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length > MAX_QUOTE) {
    let cut = flat.lastIndexOf(' ', MAX_QUOTE - 1);
    if (cut < MAX_QUOTE / 2) cut = /[\uDC00-\uDFFF]/.test(flat[MAX_QUOTE - 1]) ? MAX_QUOTE - 2 : MAX_QUOTE - 1;
    flat = `${flat.slice(0, cut).trimEnd()}…`;
  }
  return `«${flat}»`;
}

/** The matches of one element grouped by sentence, with the cues found in each. */
function bySentence(matches: readonly ElementMatch[]): Array<{ match: ElementMatch; cues: string[] }> {
  const groups = new Map<string, { match: ElementMatch; cues: string[] }>();
  for (const match of matches) {
    const key = `${match.sentence.start}:${match.sentence.end}`;
    const group = groups.get(key) ?? { match, cues: [] };
    const cue = `${match.label}, cue ${match.cue}`;
    if (!group.cues.includes(cue)) group.cues.push(cue);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function relationshipText(elements: Elements): string {
  const { value, source, cue } = elements.relationship;
  if (source === 'frontmatter') return `${value} (given in the frontmatter)`;
  if (source === 'inferred' && cue) return `${value} (inferred from ${quote(cue.text)}, cue ${cue.id})`;
  return `${value} (no cue found: treated as a contact)`;
}

/**
 * The `invitelint.showElements` message: one line per sentence taken as an element, with the
 * cues found in it (what each recognises and its id), "none found" for a missing element, and
 * the relationship.
 */
export function elementsMessage(elements: Elements): string {
  const lines = ['invitelint elements:'];
  for (const element of ELEMENTS) {
    const label = labelOf(elements, element);
    const groups = bySentence(elements[element].matches);
    if (groups.length === 0) lines.push(`${label}: none found`);
    for (const { match, cues } of groups) lines.push(`${label}: ${quote(match.text)} (${cues.join('; ')})`);
  }
  lines.push(`relationship: ${relationshipText(elements)}`);
  return lines.join('\n');
}

/** Backslash-escapes what Markdown would otherwise read as markup inside a quoted sentence. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>~|&#]/g, '\\$&');

/** How a match was decided, as words a writer recognises: what the cue recognises, the words
 *  it matched, and its id (to look up in docs/cues.md or silence in config). */
function decided(match: ElementMatch): string {
  const id = ` (cue \`${match.cue}\`)`;
  if (match.kind === 'question') return `${match.label}: the sentence asks them something${id}`;
  const offset = match.sentence.start;
  return `${match.label}, decided by ${escapeMarkdown(quote(match.text.slice(match.start - offset, match.end - offset)))}${id}`;
}

const ELEMENT_NAMES: Record<string, string> = {
  context: 'the **context**',
  reason: 'a **reason** to accept',
  invitation: 'the **invitation**',
  'next action': 'the **next action**',
};

/**
 * Hover over a sentence taken as an element: which element, of which kind, and the cue that
 * decided it; over the phrase the relationship was inferred from, that too. Null elsewhere.
 * The caller shows diagnostic hovers first: this is for sentences without one.
 */
export function elementsHover(document: PositionSource, elements: Elements, position: Position): Hover | null {
  const items: string[] = [];
  let range: Hover['range'];
  for (const element of ELEMENTS) {
    const here = elements[element].matches.filter((m) => rangeContains(toRange(document, m.sentence.start, m.sentence.end), position));
    if (here.length === 0) continue;
    range ??= toRange(document, here[0].sentence.start, here[0].sentence.end);
    items.push(`- ${ELEMENT_NAMES[labelOf(elements, element)]}: ${[...new Set(here.map(decided))].join('; ')}`);
  }
  const { cue, value } = elements.relationship;
  if (cue && rangeContains(toRange(document, cue.start, cue.end), position)) {
    range ??= toRange(document, cue.start, cue.end);
    items.push(`- the **relationship**: ${value}, inferred from ${escapeMarkdown(quote(cue.text))} (cue \`${cue.id}\`)`);
  }
  if (items.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: ['**invitelint** takes this as', ...items].join('\n') }, range };
}
