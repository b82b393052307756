// Placeholder until the screen is built.
export function FirmDetail() {
  return null;
}
