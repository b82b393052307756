// Placeholder until the screen is built.
export function ProjectList() {
  return null;
}
