// Placeholder until the screen is built.
export function ProblemDetail() {
  return null;
}
