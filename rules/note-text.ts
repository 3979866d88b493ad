// The note as it goes out: what "Copy note for LinkedIn" puts on the clipboard. Pure.
import type { Draft } from './draft/model.js';
import { limitOf, tooLong } from './too-long.js';
import type { ResolvedConfig } from './types.js';

export interface NoteText {
  /** The body without frontmatter and comments, LF line breaks, trimmed. */
  text: string;
  /** Its length as LinkedIn counts it: code points, a line break being one. */
  length: number;
  /** The draft's character limit (its frontmatter's, else the configured one). */
  limit: number;
}

/** A comment on a line of its own goes with its line; one inside a line leaves the rest of it. */
export function noteText(draft: Draft, config?: ResolvedConfig): NoteText {
  const { text } = draft;
  let out = '';
  let at = draft.body.start;
  for (const comment of draft.comments) {
    if (comment.start < at || comment.end > draft.body.end) continue;
    const lineStart = text.lastIndexOf('\n', comment.start - 1) + 1;
    const newline = text.indexOf('\n', comment.end);
    const lineEnd = newline < 0 ? draft.body.end : newline + 1;
    const alone = lineStart >= at && text.slice(lineStart, comment.start).trim() === '' && text.slice(comment.end, lineEnd).trim() === '';
    out += text.slice(at, alone ? lineStart : comment.start);
    at = alone ? lineEnd : comment.end;
  }
  out += text.slice(at, draft.body.end);
  const note = out.replace(/\r\n?/g, '\n').trim();
  const configured = (config?.rules[tooLong.meta.id]?.options.limit as number | undefined) ?? tooLong.meta.defaultOptions!.limit;
  return { text: note, length: [...note].length, limit: limitOf(draft, configured) };
}
