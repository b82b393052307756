// Placeholder until the screen is built.
export function ProblemList() {
  return null;
}
