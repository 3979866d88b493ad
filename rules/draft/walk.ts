// A plain depth-first walk over unist trees. unist-util-visit builds an ancestor list per
// node and was the largest cost of parsing a typical draft in a CPU profile; these trees
// are small and never change while walked, so the draft model walks them directly.
interface UnistLike {
  type: string;
  children?: UnistLike[];
}

/** Calls `enter` for every node in document order; returning false skips its children. */
export function walk<Node extends UnistLike>(node: Node, enter: (node: Node) => boolean | void): void {
  if (enter(node) === false || !node.children) return;
  for (const child of node.children) walk(child as Node, enter);
}
