// Placeholder until the screen is built.
export function ClusterList() {
  return null;
}
