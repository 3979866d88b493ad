// How across findings name the other drafts: a few by name, then a count, so a sentence in
// 400 drafts does not make each message 400 names long.
/** "a, b, c and 4 more": the other drafts of `total`, as messages list them, from the first of `names`. */
export function listNames(names: readonly string[], total = names.length, shown = 3): string {
  if (total <= shown) return total > 1 ? `${names.slice(0, total - 1).join(', ')} and ${names[total - 1]}` : (names[0] ?? '');
  return `${names.slice(0, shown).join(', ')} and ${total - shown} more`;
}

/** Up to `max` members of `group` other than `self`, in order: linear in `max`, not in the group's size. */
export function othersOf<T>(group: readonly T[], self: (member: T) => boolean, max: number): T[] {
  const others: T[] = [];
  for (const member of group) {
    if (others.length >= max) break;
    if (!self(member)) others.push(member);
  }
  return others;
}
