/** A database value as JSON carries it: instants as ISO strings, everything else as it is. */
export function toJsonValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
