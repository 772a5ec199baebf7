/**
 * Maps `items` through `task` with at most `limit` tasks in flight, returning results in the
 * items' order. Rendering every card at once would hold every SVG and bitmap in memory together;
 * one at a time would leave sharp's threads idle while satori lays out the next card.
 */
export async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
