// Markers that mean "fill this in", matched as whole words in capitals only ("todo" is a word).
export const MARKERS = ['TODO', 'TBD', 'XXX'];

// Real inline HTML is markup, not a slot: <br>, <b>, <span> ...
export const HTML_TAGS = [
  'a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'div', 'em', 'hr', 'i', 'img', 'ins', 'kbd', 'mark', 'p', 'q', 's',
  'small', 'span', 'strong', 'sub', 'sup', 'u', 'wbr',
];
