// Placeholder until the screen is built.
export function ParkDetail() {
  return null;
}
