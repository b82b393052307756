/**
 * Runs `work` on slices of at most `size` items, one after another: a statement with one
 * parameter per value stays well under PostgreSQL's 65,535 parameters.
 */
export async function inChunks<T>(
  items: readonly T[],
  size: number,
  work: (chunk: T[]) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await work(items.slice(start, start + size));
  }
}
