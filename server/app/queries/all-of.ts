/** `Promise.all` over an object: every key gets its awaited value, so results are named, not numbered. */
export async function allOf<Pending extends Record<string, unknown>>(
  pending: Pending,
): Promise<{ [Key in keyof Pending]: Awaited<Pending[Key]> }> {
  const entries = await Promise.all(
    Object.entries(pending).map(async ([key, value]) => [key, await value] as const),
  );
  return Object.fromEntries(entries) as { [Key in keyof Pending]: Awaited<Pending[Key]> };
}
