// Placeholder until the screen is built.
export function ClusterDetail() {
  return null;
}
