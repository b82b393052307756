// Placeholder until the screen is built.
export function ProjectDetail() {
  return null;
}
