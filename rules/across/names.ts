// How across findings name the other drafts: a few by name, then a count, so a sentence in
// 400 drafts does not make each message 400 names long.
/** "a, b, c and 4 more": the names of other drafts, as messages list them. */
export function listNames(names: readonly string[], shown = 3): string {
  if (names.length <= shown) return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
