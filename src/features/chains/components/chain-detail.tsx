// Placeholder until the screen is built.
export function ChainDetail() {
  return null;
}
