// Placeholder until the screen is built.
export function FirmList() {
  return null;
}
