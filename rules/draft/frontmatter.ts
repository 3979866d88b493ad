// Reads the YAML frontmatter with a real YAML parser. Bad values become problems on their
// own line (reported by the invalid-frontmatter rule) and the defaults apply in their place.
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Frontmatter, FrontmatterProblem, Span } from './model.js';

const RELATIONSHIPS = ['contact', 'acquaintance', 'stranger'] as const;
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A BCP 47 tag in canonical form ("pt-br" gives "pt-BR"), or undefined when it is not one, or
 *  names no language known to the platform's locale data ("english", "xx"). */
export function canonicalLanguageTag(value: string): string | undefined {
  try {
    const [tag] = Intl.getCanonicalLocales(value);
    return tag !== undefined && LANGUAGE_NAMES.of(new Intl.Locale(tag).language) !== undefined ? tag : undefined;
  } catch {
    return undefined; // RangeError: not a well-formed tag
  }
}

/** A value as the user wrote it, near enough: JSON, except numbers JSON has no word for (`.inf` is not "null"). */
const shown = (value: unknown) => (typeof value === 'number' ? String(value) : JSON.stringify(value));

/** The longest frontmatter looked for: a closing fence further in is not searched for. */
export const MAX_FRONTMATTER = 65_536;

/** Where the frontmatter's fences put it, as offsets into the text searched. */
export interface Fences {
  /** Just past the closing `---` and its trailing spaces (before its line ending). */
  end: number;
  /** The YAML between the fences: from after the opening line to the closing fence. */
  content: Span;
}

const isSpace = (code: number) => code === 0x20 || code === 0x09;
const isLineEnding = (code: number) => code === 0x0a || code === 0x0d;

/** Past the line ending at `at` (CRLF, LF or a lone CR, as CommonMark counts them). */
function afterLineEnding(text: string, at: number): number {
  return text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
}

/** If a `---` fence line (trailing spaces allowed) starts at `at`, the offset just past its spaces. */
function fenceLine(text: string, at: number): number | undefined {
  if (!text.startsWith('---', at)) return undefined;
  let end = at + 3;
  while (isSpace(text.charCodeAt(end))) end++;
  return end === text.length || isLineEnding(text.charCodeAt(end)) ? end : undefined;
}

/**
 * Finds YAML frontmatter by its fences alone, before any parser runs: `---` on the very first
 * line, and a closing `---` line within MAX_FRONTMATTER (the grammar of
 * micromark-extension-frontmatter, which the Markdown path used to apply).
 */
export function findFences(text: string): Fences | undefined {
  const open = fenceLine(text, 0);
  if (open === undefined || open === text.length) return undefined;
  const contentStart = afterLineEnding(text, open);
  const limit = Math.min(text.length, MAX_FRONTMATTER);
  for (let line = contentStart; line < limit; ) {
    const close = fenceLine(text, line);
    if (close !== undefined) return { end: close, content: { start: contentStart, end: line } };
    let next = line;
    while (next < text.length && !isLineEnding(text.charCodeAt(next))) next++;
    if (next >= text.length) return undefined;
    line = afterLineEnding(text, next);
  }
  return undefined;
}

/** `content` is the YAML between the fences; `offset` is where it starts in the text. */
export function readFrontmatter(span: Span, content: string, offset: number): Frontmatter {
  const problems: FrontmatterProblem[] = [];
  const frontmatter: Frontmatter = { ...span, content: { start: offset, end: offset + content.length }, data: {}, problems };
  // YAML reports ranges in UTF-16 units that may fall inside a surrogate pair: widen to whole characters.
  const isLow = (i: number) => i > 0 && i < content.length && content.charCodeAt(i) >= 0xdc00 && content.charCodeAt(i) <= 0xdfff;
  const at = (range: readonly number[] | null | undefined): Span => {
    if (!range) return { start: span.start, end: span.start + 3 };
    let start = Math.min(Math.max(range[0], 0), content.length);
    let end = Math.min(Math.max(range[1], start), content.length);
    if (isLow(start)) start--;
    if (isLow(end)) end++;
    return { start: offset + start, end: offset + end };
  };

  const doc = parseDocument(content, { prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    problems.push({ message: `Frontmatter is not valid YAML: ${error.message.split('\n')[0]}`, ...at(error.pos) });
  }
  if (doc.errors.length > 0 || doc.contents === null) return frontmatter;
  if (!isMap(doc.contents)) {
    problems.push({ message: 'Frontmatter must be a mapping of keys to values (e.g. "to: Jane Doe").', ...at(doc.contents.range) });
    return frontmatter;
  }

  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const valueNode = pair.value;
    const value: unknown = isScalar(valueNode) ? valueNode.value : valueNode === null ? null : (valueNode as { toJSON(): unknown }).toJSON();
    frontmatter.data[key] = value;
    const where = at((valueNode as { range?: number[] } | null)?.range ?? pair.key.range);

    if (key === 'to') {
      if (typeof value === 'string' && value.trim() !== '') frontmatter.to = { value: value.trim(), span: where };
      else problems.push({ message: '`to` must be the recipient\'s name, e.g. "to: Jane Doe".', ...where });
    } else if (key === 'relationship') {
      if (typeof value === 'string' && (RELATIONSHIPS as readonly string[]).includes(value.trim().toLowerCase())) {
        frontmatter.relationship = { value: value.trim().toLowerCase() as (typeof RELATIONSHIPS)[number], span: where };
      } else {
        problems.push({ message: `\`relationship\` must be one of ${RELATIONSHIPS.join(', ')}; got ${shown(value)}. Inferring it from the text instead.`, ...where });
      }
    } else if (key === 'lang') {
      if (typeof value === 'string' && value.trim().toLowerCase() === 'und') continue; // "undetermined": as if not given
      const tag = typeof value === 'string' ? canonicalLanguageTag(value.trim()) : undefined;
      if (tag) frontmatter.lang = { value: tag, span: where };
      else problems.push({ message: `\`lang\` must be a BCP 47 language tag such as en, es or pt-BR; got ${JSON.stringify(value)}. Detecting the language instead.`, ...where });
    } else if (key === 'limit') {
      if (typeof value === 'number' && Number.isInteger(value) && value > 0) frontmatter.limit = { value, span: where };
      else problems.push({ message: `\`limit\` must be a positive whole number of characters; got ${shown(value)}. Using the default instead.`, ...where });
    } else if (key === 'template') {
      if (typeof value === 'boolean') frontmatter.template = { value, span: where };
      else problems.push({ message: `\`template\` must be true or false; got ${shown(value)}. Treating the draft as a template only if config says so.`, ...where });
    }
  }
  return frontmatter;
}
