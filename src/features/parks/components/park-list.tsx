// Placeholder until the screen is built.
export function ParkList() {
  return null;
}
