/** One `detail` reference: journey `from` has a touchpoint (at `field`) that zooms into journey `to`. */
export interface DetailEdge {
  from: string;
  to: string;
  field: string;
}

/**
 * The cycles among `detail` references, each once: for every group of journeys that lead back to
 * one another (a strongly connected component), one loop through it, starting at its first
 * journey in the order of `edges` and following, at each journey, its first edge that stays on a
 * way back. Every edge of a returned cycle is one of `edges`, in the order the loop takes them.
 */
export function findDetailCycles<E extends DetailEdge>(edges: readonly E[]): E[][] {
  const order: string[] = [];
  const outgoing = new Map<string, E[]>();
  for (const edge of edges) {
    for (const node of [edge.from, edge.to]) {
      if (!outgoing.has(node)) {
        outgoing.set(node, []);
        order.push(node);
      }
    }
    outgoing.get(edge.from)!.push(edge);
  }
  const position = new Map(order.map((node, index) => [node, index]));
  const cycles: E[][] = [];
  for (const component of stronglyConnected(order, outgoing)) {
    const start = component.reduce((first, node) => (position.get(node)! < position.get(first)! ? node : first));
    const selfLoop = outgoing.get(start)!.find((edge) => edge.to === start);
    if (component.length === 1 && !selfLoop) continue;
    cycles.push(selfLoop ? [selfLoop] : loopThrough(start, new Set(component), outgoing));
  }
  return cycles.sort((a, b) => position.get(a[0]!.from)! - position.get(b[0]!.from)!);
}

/**
 * A simple loop from `start` back to it, inside one strongly connected component: depth first,
 * with an explicit stack so a loop through thousands of journeys cannot overflow the call stack.
 */
function loopThrough<E extends DetailEdge>(start: string, members: ReadonlySet<string>, outgoing: ReadonlyMap<string, E[]>): E[] {
  const path: E[] = [];
  const next: number[] = [0];
  const visited = new Set<string>([start]);
  while (next.length > 0) {
    const node = path.length === 0 ? start : path.at(-1)!.to;
    const edges = outgoing.get(node)!;
    const index = next[next.length - 1]!;
    if (index >= edges.length) {
      next.pop();
      path.pop();
      continue;
    }
    next[next.length - 1] = index + 1;
    const edge = edges[index]!;
    if (!members.has(edge.to)) continue;
    if (edge.to === start) return [...path, edge];
    if (visited.has(edge.to)) continue;
    visited.add(edge.to);
    path.push(edge);
    next.push(0);
  }
  return path;
}

/** Tarjan's algorithm, iterative so a long chain of sub-journeys cannot overflow the stack. */
function stronglyConnected<E extends DetailEdge>(nodes: readonly string[], outgoing: ReadonlyMap<string, E[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const frames: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames.at(-1)!;
      const edges = outgoing.get(frame.node)!;
      if (frame.next < edges.length) {
        const target = edges[frame.next++]!.to;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          frames.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      frames.pop();
      const parent = frames.at(-1);
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}
