// A plain depth-first walk over unist trees. unist-util-visit builds an ancestor list per
// node and was the largest cost of parsing a typical draft in a CPU profile; these trees
// never change while walked, so the draft model walks them directly. Iterative, so a hostile
// document nested thousands deep cannot overflow the stack.
interface UnistLike {
  type: string;
  children?: UnistLike[];
}

/** Calls `enter` for every node in document order; returning false skips its children. */
export function walk<Node extends UnistLike>(root: Node, enter: (node: Node) => boolean | void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (enter(node) === false || !node.children) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Node);
  }
}

/** The leaves under `node` in document order (iteratively). */
export function leaves<Node extends UnistLike>(node: Node): Node[] {
  const found: Node[] = [];
  walk(node, (n) => {
    if (!n.children) found.push(n);
  });
  return found;
}
