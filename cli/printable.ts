// Text from drafts, file names and config files reaches terminals and CI logs. In the human
// formats (stylish, github, summary, the error line) control characters are shown as escapes,
// never sent raw: a draft must not retitle (ESC ] 0 ; ... BEL) or clear (ESC [ 2 J) a reviewer's
// terminal. JSON and SARIF escape for themselves.

// C0, DEL and C1 controls; Unicode line separators; the bidi embeddings, overrides and
// isolates that reorder the rest of a line as displayed.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escape(character: string): string {
  const code = character.charCodeAt(0);
  return NAMED[character] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** `text` with every control character written as an escape (`\x1b`, `\n`, `\u202e`);
 *  `keepLineBreaks` leaves CR and LF for a format that encodes them itself. */
export function printable(text: string, { keepLineBreaks = false } = {}): string {
  return text.replace(CONTROL, (character) => (keepLineBreaks && (character === '\r' || character === '\n') ? character : escape(character)));
}

/** Each run of whitespace holding a line break becomes one space, so a message is one line.
 *  One match per run: a long run of spaces costs its length, not its square. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, (run) => (/[\r\n]/.test(run) ? ' ' : run));
}
