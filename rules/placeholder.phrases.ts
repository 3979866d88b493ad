// Markers that mean "fill this in", matched as whole words in capitals only ("todo" is a word).
export const MARKERS = ['TODO', 'TBD', 'XXX'];

// Real inline HTML is markup, not a slot: <br>, <b>, <span> ...
export const HTML_TAGS = [
  'a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'div', 'em', 'hr', 'i', 'img', 'ins', 'kbd', 'mark', 'p', 'q', 's',
  'small', 'span', 'strong', 'sub', 'sup', 'u', 'wbr',
];

// Verbs that open an instruction to the writer in parentheses: "(insert day)", "(add company)".
// A parenthesis that opens with anything else ("(sorry!)", "(UK)") is prose.
export const INSTRUCTION_VERBS = [
  'insert', 'add', 'enter', 'fill', 'put', 'type', 'include', 'paste', 'specify', 'replace', 'mention', 'name', 'write',
  'choose', 'pick', 'select', 'describe', 'state', 'update', 'edit', 'change', 'customise', 'customize', 'personalise',
  'personalize', 'list', 'give', 'use',
];

// Words that make a parenthesis a remark to the reader, not an instruction to the writer:
// "(add me on GitHub too)", "(write me any time)".
export const NOT_AN_INSTRUCTION = ['me', 'us', 'you', 'him', 'her', 'them', 'i', 'we'];
